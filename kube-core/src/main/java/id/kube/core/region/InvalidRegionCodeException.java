package id.kube.core.region;

import id.kube.core.rule.RuleViolation;

/** A text that is not a Kemendagri region code, or a code of the wrong level for its use. */
public final class InvalidRegionCodeException extends RuleViolation {

    public enum Reason { MALFORMED, WRONG_LEVEL, UNKNOWN }

    private final Reason reason;

    public InvalidRegionCodeException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
