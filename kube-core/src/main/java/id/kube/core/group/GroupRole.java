package id.kube.core.group;

/** Roles in a group. Once active a group has exactly one chair and one treasurer; at most one secretary. */
public enum GroupRole {
    CHAIR("Ketua"),
    SECRETARY("Sekretaris"),
    TREASURER("Bendahara"),
    MEMBER("Anggota");

    private final String label;

    GroupRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Chair, secretary and treasurer are held by one member at a time. */
    public boolean isOffice() {
        return this != MEMBER;
    }
}
