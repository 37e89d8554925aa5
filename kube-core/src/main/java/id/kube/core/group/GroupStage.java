package id.kube.core.group;

/** Development stage of a group as assessed by its facilitator. */
public enum GroupStage {
    TUMBUH("Tumbuh"),
    BERKEMBANG("Berkembang"),
    MAJU("Maju");

    private final String label;

    GroupStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
