package id.kube.core.indicator;

/** A refused indicator request, with a named reason and a message in Bahasa Indonesia. */
public final class IndicatorException extends RuntimeException {

    public enum Reason {
        PERIOD_NOT_ALIGNED,
        NEGATIVE_INPUT,
        NUMERATOR_EXCEEDS_DENOMINATOR,
        UNKNOWN_INDICATOR,
        INVALID_REGION_CODE,
        INVALID_DEFINITION
    }

    private final Reason reason;

    public IndicatorException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
