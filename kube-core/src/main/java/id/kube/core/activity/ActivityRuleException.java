package id.kube.core.activity;

import id.kube.core.rule.RuleViolation;

/** A refused activity operation, with the reason and a message in Bahasa Indonesia. */
public final class ActivityRuleException extends RuleViolation {

    public enum Reason {
        GROUP_NOT_FOUND, GROUP_CLOSED, ACTIVITY_NOT_FOUND, NAME_REQUIRED, DATE_IN_FUTURE, DATE_BEFORE_FORMATION,
        DATE_BEFORE_START, ALREADY_STOPPED, STATUS_UNCHANGED
    }

    private final Reason reason;

    public ActivityRuleException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
