package id.kube.core.indicator;

/** What an indicator's number means; {@link #columnType()} is the documented type of its export column. */
public enum Unit {
    /** A share between 0 and 1 (numerator ÷ denominator), 6 decimal places. */
    RATIO("rasio 0–1", "ratio 0–1", "decimal(9,6)"),
    /** A multiple of something (e.g. equity ÷ stimulus), may exceed 1, 6 decimal places. */
    MULTIPLE("kelipatan", "multiple", "decimal(12,6)"),
    /** Whole rupiah. */
    RUPIAH("rupiah", "rupiah", "integer"),
    /** Months, 2 decimal places. */
    MONTHS("bulan", "months", "decimal(9,2)"),
    /** A count of people, partners or events. */
    COUNT("jumlah", "count", "integer");

    private final String labelId;
    private final String labelEn;
    private final String columnType;

    Unit(String labelId, String labelEn, String columnType) {
        this.labelId = labelId;
        this.labelEn = labelEn;
        this.columnType = columnType;
    }

    public String labelId() {
        return labelId;
    }

    public String labelEn() {
        return labelEn;
    }

    public String columnType() {
        return columnType;
    }

    /** Decimal places the value is given with. */
    public int scale() {
        return switch (this) {
            case RATIO, MULTIPLE -> 6;
            case MONTHS -> 2;
            case RUPIAH, COUNT -> 0;
        };
    }
}
