package id.kube.core.survey;

/** A refused survey, with a named reason and a message in Bahasa Indonesia. */
public final class SurveyException extends RuntimeException {

    public enum Reason {
        INVALID_ANSWER,
        DATE_IN_FUTURE,
        MEMBER_NOT_IN_GROUP,
        BASELINE_MISSING,
        WAVE_ALREADY_RECORDED
    }

    private final Reason reason;

    public SurveyException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
