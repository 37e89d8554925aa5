package id.kube.core.indicator;

/** The reporting periods indicators are computed for. */
public enum PeriodType {
    MONTH(1, "bulan", "month"),
    QUARTER(3, "triwulan", "quarter"),
    YEAR(12, "tahun", "year");

    private final int months;
    private final String nameId;
    private final String nameEn;

    PeriodType(int months, String nameId, String nameEn) {
        this.months = months;
        this.nameId = nameId;
        this.nameEn = nameEn;
    }

    public int months() {
        return months;
    }

    public String nameId() {
        return nameId;
    }

    public String nameEn() {
        return nameEn;
    }
}
