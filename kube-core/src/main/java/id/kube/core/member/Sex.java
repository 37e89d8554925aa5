package id.kube.core.member;

/** Sex as recorded on the KTP; in a NIK, women have 40 added to the day of birth. */
public enum Sex {
    MALE("Laki-laki"),
    FEMALE("Perempuan");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
