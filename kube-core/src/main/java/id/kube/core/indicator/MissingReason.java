package id.kube.core.indicator;

/** Why an indicator has no value. A missing value is never shown or aggregated as zero. */
public enum MissingReason {
    NO_DATA("Data belum dicatat", "No data recorded"),
    ZERO_DENOMINATOR("Penyebut nol (mis. tidak ada pertemuan terjadwal)", "Denominator is zero"),
    NO_BASELINE("Tidak ada survei baseline", "No baseline survey"),
    NO_POVERTY_LINE("Garis kemiskinan periode ini belum tersedia", "No poverty line for the period"),
    NOT_YET_OBSERVABLE("Belum dapat diamati (mis. kelompok belum berumur 12 bulan)", "Not observable yet"),
    AFTER_AS_OF("Periode dimulai setelah tanggal acuan", "Period starts after the as-of date"),
    BOOKS_UNAVAILABLE("Data pembukuan tidak tersedia", "Books figures unavailable"),
    SUPPRESSED_SMALL_CELL("Disembunyikan: kurang dari 5 keluarga", "Suppressed: fewer than 5 families");

    private final String labelId;
    private final String labelEn;

    MissingReason(String labelId, String labelEn) {
        this.labelId = labelId;
        this.labelEn = labelEn;
    }

    public String labelId() {
        return labelId;
    }

    public String labelEn() {
        return labelEn;
    }
}
