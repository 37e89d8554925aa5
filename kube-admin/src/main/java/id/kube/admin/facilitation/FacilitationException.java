package id.kube.admin.facilitation;

import java.io.Serial;

/** A refused facilitation step; the screen shows {@code facilitation.error.<REASON>}. */
public final class FacilitationException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public enum Reason {
        WRONG_ROLE, GROUP_NOT_VISIBLE, VISIT_NOT_FOUND, NO_FOLLOW_UP, ALREADY_DONE, DONE_BEFORE_VISIT, DONE_IN_FUTURE
    }

    private final Reason reason;

    public FacilitationException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
