package id.kube.core.meeting;

import id.kube.core.rule.RuleViolation;

/** A refused meeting record, with the reason and a message in Bahasa Indonesia. */
public final class MeetingRuleException extends RuleViolation {

    public enum Reason {
        GROUP_NOT_FOUND, GROUP_CLOSED, DATE_IN_FUTURE, DATE_BEFORE_FORMATION, NOT_A_MEMBER_ON_THAT_DAY,
        ATTENDANCE_INCOMPLETE, DECISION_INVALID, INVALID_SCHEDULE
    }

    private final Reason reason;

    public MeetingRuleException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
