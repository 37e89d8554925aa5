package id.kube.admin.groupsupport;

import id.kube.core.rule.RuleViolation;

/** A refusal of the group support register that is not one of kube-core's rules: who may write, or what. */
public final class GroupSupportException extends RuleViolation {

    public enum Reason {
        /** Only the group's facilitator (and, where the record needs no facilitator, the district officer) writes. */
        WRONG_ROLE,
        /** The record named belongs to another group (or none). */
        NOT_THIS_GROUP
    }

    private final Reason reason;

    public GroupSupportException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
