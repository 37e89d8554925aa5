package id.kube.core.export;

/** A refused or failed export, with a named reason and a message in Bahasa Indonesia. */
public final class ExportException extends RuntimeException {

    public enum Reason {
        KEY_MISSING,
        KEY_TOO_SHORT,
        PURPOSE_REQUIRED,
        REQUESTER_REQUIRED,
        INVALID_FILTER,
        TOO_MANY_ROWS_FOR_XLSX,
        WRITE_FAILED
    }

    private final Reason reason;

    public ExportException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public ExportException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
