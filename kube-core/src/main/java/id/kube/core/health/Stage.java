package id.kube.core.health;

/** Development stage of a KUBE group, in order. */
public enum Stage {
    TUMBUH("tumbuh", "growing"),
    BERKEMBANG("berkembang", "developing"),
    MAJU("maju", "advanced");

    private final String nameId;
    private final String nameEn;

    Stage(String nameId, String nameEn) {
        this.nameId = nameId;
        this.nameEn = nameEn;
    }

    public String nameId() {
        return nameId;
    }

    public String nameEn() {
        return nameEn;
    }
}
