package id.kube.admin.users;

import java.io.Serial;

/** A refused administration step; the screen shows {@code users.error.<REASON>} next to the field concerned. */
public final class UserAdminException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public enum Reason {
        WRONG_ROLE, USERNAME_INVALID, USERNAME_TAKEN, NAME_REQUIRED, GROUP_REQUIRED, REGION_REQUIRED,
        REGION_INVALID, NO_SUCH_USER, NOT_A_DISTRICT_OFFICER, NOT_YOURSELF, FACILITATOR_ALREADY_HAS_ACCOUNT
    }

    private final Reason reason;

    public UserAdminException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
