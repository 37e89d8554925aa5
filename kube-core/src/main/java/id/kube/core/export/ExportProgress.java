package id.kube.core.export;

/** Told how far a long export has come; called at most every {@code reportEvery} rows and at the end. */
@FunctionalInterface
public interface ExportProgress {

    void rowsWritten(long rows, long totalRows);

    static ExportProgress none() {
        return (rows, total) -> {
        };
    }
}
