package id.kube.core.indicator;

/** The six outcomes the programme promises KUBE families, in the programme's own order. */
public enum OutcomeGroup {
    SOLIDARITY(1, "Kesetiakawanan sosial", "Social solidarity"),
    INCOME(2, "Pendapatan anggota", "Member income"),
    INDEPENDENCE(3, "Kemandirian usaha", "Business independence"),
    ACCESS(4, "Akses layanan dasar dan sistem kesejahteraan sosial", "Access to basic services and social welfare"),
    CONCERN(5, "Kepedulian masyarakat dan dunia usaha", "Concern of community and business world"),
    RESILIENCE(6, "Ketahanan sosial terhadap kemiskinan", "Social resilience against poverty");

    private final int number;
    private final String nameId;
    private final String nameEn;

    OutcomeGroup(int number, String nameId, String nameEn) {
        this.number = number;
        this.nameId = nameId;
        this.nameEn = nameEn;
    }

    public int number() {
        return number;
    }

    public String nameId() {
        return nameId;
    }

    public String nameEn() {
        return nameEn;
    }
}
