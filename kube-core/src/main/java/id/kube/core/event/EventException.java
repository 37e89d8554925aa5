package id.kube.core.event;

import id.kube.core.rule.RuleViolation;

/** A refused group event; the message is in Bahasa Indonesia. */
public final class EventException extends RuleViolation {

    public enum Reason {
        INVALID_INPUT,
        DATE_IN_FUTURE,
        UNKNOWN_GROUP,
        MEMBER_NOT_IN_GROUP,
        UNKNOWN_PARTNERSHIP,
        PARTNERSHIP_ENDED,
        UNKNOWN_SHOCK,
        ALREADY_HELPED,
        ALREADY_RECORDED
    }

    private final Reason reason;

    public EventException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    @Override
    public Reason reason() {
        return reason;
    }

    static void check(boolean ok, String message) {
        if (!ok) {
            throw new EventException(Reason.INVALID_INPUT, message);
        }
    }

    static String text(@org.jspecify.annotations.Nullable String value, String name, int max) {
        check(value != null && !value.isBlank(), name + " harus diisi");
        String t = value.strip();
        check(t.length() <= max, name + " paling banyak " + max + " huruf");
        return t;
    }
}
