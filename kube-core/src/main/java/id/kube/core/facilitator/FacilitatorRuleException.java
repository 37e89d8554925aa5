package id.kube.core.facilitator;

import id.kube.core.rule.RuleViolation;

/** Refused facilitator data, with the reason and a message in Bahasa Indonesia. */
public final class FacilitatorRuleException extends RuleViolation {

    public enum Reason { NAME_REQUIRED, PHONE_INVALID }

    private final Reason reason;

    public FacilitatorRuleException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
