package id.kube.seeds.importing;

/** Per table: rows read, imported (new), unchanged (already there, same content) and rejected. */
public record SheetCounts(long read, long imported, long unchanged, long rejected) {

    public static final SheetCounts ZERO = new SheetCounts(0, 0, 0, 0);

    public SheetCounts plus(SheetCounts other) {
        return new SheetCounts(read + other.read, imported + other.imported, unchanged + other.unchanged,
                rejected + other.rejected);
    }
}
