package id.kube.core.member;

import id.kube.core.rule.RuleViolation;

/** A refused member operation: the named reason and a message in Bahasa Indonesia. Nothing was written. */
public final class MemberRuleException extends RuleViolation {

    public enum Reason {
        NIK_MALFORMED,
        NIK_BIRTH_DATE_MISMATCH,
        NIK_SEX_MISMATCH,
        FAMILY_CARD_MALFORMED,
        PERSON_DATA_INVALID,
        DATE_IN_FUTURE,
        DATE_BEFORE_GROUP_FORMATION,
        DATE_BEFORE_JOINING,
        GROUP_NOT_FOUND,
        GROUP_CLOSED,
        MEMBER_NOT_FOUND,
        MEMBER_ALREADY_LEFT,
        NIK_ACTIVE_IN_OTHER_GROUP,
        NIK_ALREADY_IN_THIS_GROUP,
        FAMILY_ALREADY_IN_GROUP,
        GROUP_FULL,
        VILLAGE_UNKNOWN,
        VILLAGE_OUTSIDE_GROUP_DISTRICT,
        ROLE_WOULD_BE_VACANT,
        REASON_REQUIRED
    }

    private final Reason reason;

    public MemberRuleException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
