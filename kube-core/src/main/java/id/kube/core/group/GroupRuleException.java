package id.kube.core.group;

import id.kube.core.rule.RuleViolation;

/** A refused group operation: the named reason and a message in Bahasa Indonesia. Nothing was written. */
public final class GroupRuleException extends RuleViolation {

    public enum Reason {
        GROUP_NOT_FOUND,
        PROFILE_INVALID,
        VILLAGE_UNKNOWN,
        REGISTRATION_NUMBER_TAKEN,
        DATE_IN_FUTURE,
        DATE_BEFORE_FORMATION,
        DATE_BEFORE_LAST_CHANGE,
        REASON_REQUIRED,
        TRANSITION_NOT_ALLOWED,
        TOO_FEW_MEMBERS,
        NO_CHAIR,
        NO_TREASURER,
        GROUP_CLOSED,
        CONSTITUTION_INVALID,
        STAGE_UNCHANGED,
        FACILITATOR_NOT_FOUND,
        FACILITATOR_ALREADY_ASSIGNED,
        FACILITATOR_NOT_ASSIGNED
    }

    private final Reason reason;

    public GroupRuleException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
