package id.kube.admin.approval;

import java.io.Serial;

/**
 * A refused workflow step, with a named reason; the screen shows {@code approval.error.<REASON>} in the user's
 * language (the message here is the Indonesian text, for logs and tests).
 */
public final class ApprovalException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The user's role may not take this step. */
        WRONG_ROLE,
        /** The group is outside the user's scope (or does not exist). */
        GROUP_NOT_VISIBLE,
        /** The step does not fit the month's current state. */
        NOT_ALLOWED_IN_STATE,
        /** A month is reported once it has ended. */
        MONTH_NOT_ENDED,
        /** The group did not exist yet in that month. */
        MONTH_BEFORE_FORMATION,
        /** Sending back needs a comment saying what to correct. */
        COMMENT_REQUIRED,
        /** The books of the month changed after the treasurer submitted: the treasurer must submit again. */
        FIGURES_CHANGED
    }

    private final Reason reason;

    public ApprovalException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
