package id.kube.core.export;

/** What one row of a research export is. */
public enum ExportGrain {
    /** One group in one period, with every indicator (the panel). */
    GROUP_PERIOD("panel"),
    /** One member household in one survey wave (microdata: pseudonyms, age bands, no identifiers). */
    HOUSEHOLD_WAVE("households");

    private final String fileStem;

    ExportGrain(String fileStem) {
        this.fileStem = fileStem;
    }

    /** Name of the data file without extension: {@code panel} or {@code households}. */
    public String fileStem() {
        return fileStem;
    }
}
