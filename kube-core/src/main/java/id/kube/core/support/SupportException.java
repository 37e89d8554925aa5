package id.kube.core.support;

import id.kube.core.rule.RuleViolation;

/** A refused record of support, SWOT, digital adoption or referral; the message is in Bahasa Indonesia. */
public final class SupportException extends RuleViolation {

    public enum Reason {
        INVALID_INPUT,
        DATE_IN_FUTURE,
        UNKNOWN_GROUP,
        MEMBER_NOT_IN_GROUP,
        UNKNOWN_FACILITATOR,
        ALREADY_RECORDED,
        UNKNOWN_REFERRAL,
        ALREADY_COMPLETED
    }

    private final Reason reason;

    public SupportException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    @Override
    public Reason reason() {
        return reason;
    }

    static void check(boolean ok, String message) {
        if (!ok) {
            throw new SupportException(Reason.INVALID_INPUT, message);
        }
    }
}
