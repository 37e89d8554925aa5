package id.kube.seeds.importing;

/**
 * Per table: rows read, imported (new), unchanged (already there, same content), rejected, and skipped (valid
 * rows of a table the target cannot store yet, e.g. surveys before the survey feature exists).
 */
public record SheetCounts(long read, long imported, long unchanged, long rejected, long skipped) {

    public static final SheetCounts ZERO = new SheetCounts(0, 0, 0, 0, 0);

    public SheetCounts(long read, long imported, long unchanged, long rejected) {
        this(read, imported, unchanged, rejected, 0);
    }

    public SheetCounts plus(SheetCounts other) {
        return new SheetCounts(read + other.read, imported + other.imported, unchanged + other.unchanged,
                rejected + other.rejected, skipped + other.skipped);
    }
}
