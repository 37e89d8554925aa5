package id.kube.core.health;

/** A refused health configuration or request, with a named reason and a message in Bahasa Indonesia. */
public final class HealthException extends RuntimeException {

    public enum Reason {
        INVALID_CONFIG,
        WEIGHTS_DO_NOT_SUM_TO_100,
        DUPLICATE_ITEM
    }

    private final Reason reason;

    public HealthException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
