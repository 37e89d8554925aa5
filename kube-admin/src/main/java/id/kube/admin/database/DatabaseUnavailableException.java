package id.kube.admin.database;

/** Neither the configured PostgreSQL server nor the embedded one could be used; the message says what to do. */
public final class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
