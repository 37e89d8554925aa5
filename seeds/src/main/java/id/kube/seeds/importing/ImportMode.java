package id.kube.seeds.importing;

/** What happens to the valid rows when some rows are rejected. */
public enum ImportMode {
    /** Any rejected row means nothing at all is written (semua atau tidak sama sekali). */
    ALL_OR_NOTHING,
    /** Valid rows are written, rejected ones (and rows that depend on them) are reported (hanya baris valid). */
    VALID_ROWS_ONLY
}
