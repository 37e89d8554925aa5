package id.kube.core.money;

/** An amount that KUBE books cannot hold exactly; the message is in Bahasa Indonesia for the treasurer. */
public final class RupiahAmountException extends IllegalArgumentException {

    public enum Reason { NOT_RUPIAH, FRACTIONAL_RUPIAH }

    private final Reason reason;

    public RupiahAmountException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
