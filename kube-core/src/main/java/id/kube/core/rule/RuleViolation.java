package id.kube.core.rule;

/**
 * A business rule refused an operation. Each feature names its reasons in its own enum; the message is in
 * Bahasa Indonesia and can be shown to the user as is. Nothing was written when this is thrown.
 */
public abstract class RuleViolation extends RuntimeException {

    protected RuleViolation(String message) {
        super(message);
    }

    protected RuleViolation(String message, Throwable cause) {
        super(message, cause);
    }

    /** The named reason, e.g. {@code GroupRuleException.Reason.NO_TREASURER}. */
    public abstract Enum<?> reason();
}
