package id.kube.core.health;

/** The dimensions of the group health score, with the programme's default weights. */
public enum HealthDimension {
    MEETINGS("Pertemuan", "Meetings", 20),
    DISCIPLINE("Disiplin iuran dan IKS", "Contribution and IKS discipline", 15),
    REVOLVING_FUND("Kualitas dana bergulir", "Revolving-fund quality", 20),
    BUSINESS("Kinerja usaha", "Business performance", 20),
    BOOKS("Pembukuan dan pelaporan tepat waktu", "Books and reporting on time", 15),
    SOLIDARITY("Kesetiakawanan", "Solidarity", 10);

    private final String nameId;
    private final String nameEn;
    private final int defaultWeight;

    HealthDimension(String nameId, String nameEn, int defaultWeight) {
        this.nameId = nameId;
        this.nameEn = nameEn;
        this.defaultWeight = defaultWeight;
    }

    public String nameId() {
        return nameId;
    }

    public String nameEn() {
        return nameEn;
    }

    public int defaultWeight() {
        return defaultWeight;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
