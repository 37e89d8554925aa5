package id.kube.core.visit;

import id.kube.core.rule.RuleViolation;

/** A refused visit record, with the reason and a message in Bahasa Indonesia. */
public final class VisitRuleException extends RuleViolation {

    public enum Reason {
        GROUP_NOT_FOUND, DATE_IN_FUTURE, DATE_BEFORE_FORMATION, FACILITATOR_NOT_ASSIGNED, FINDINGS_REQUIRED,
        NEXT_VISIT_NOT_AFTER_VISIT
    }

    private final Reason reason;

    public VisitRuleException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
