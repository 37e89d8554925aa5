package id.kube.admin.facilitation;

import java.util.List;

/**
 * Why a group needs attention, with the figures that say so (shown through
 * {@code facilitation.reason.<KIND>} in the user's language).
 */
public record AttentionReason(Kind kind, List<Object> arguments) {

    public enum Kind {
        /** Loans more than 30 days past due: amount at risk. */
        ARREARS,
        /** No meeting recorded for longer than the rule allows: days since the last one (or never). */
        MISSED_MEETINGS,
        /** Last month's report not submitted, or sent back and not submitted again. */
        MONTH_NOT_SUBMITTED,
        /** No facilitator visit for longer than the rule allows: days since the last one (or never). */
        NO_RECENT_VISIT,
        /** Follow-up actions from visits not yet marked done: how many. */
        OPEN_FOLLOW_UPS
    }

    public AttentionReason {
        arguments = List.copyOf(arguments);
    }

    public static AttentionReason of(Kind kind, Object... arguments) {
        return new AttentionReason(kind, List.of(arguments));
    }
}
