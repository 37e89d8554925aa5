package id.kube.ledger.receipt;

/** A kuitansi that cannot be made, with a named reason and a message in Bahasa Indonesia for the treasurer. */
public final class ReceiptException extends RuntimeException {

    public enum Reason {
        /** No entry of that number in the group's journal. */
        UNKNOWN_ENTRY,
        /** The entry moves no money in or out of cash or bank (e.g. a year-end closing). */
        NOT_A_CASH_ENTRY,
        /** The entry names no member and the caller gave no name of who paid or was paid. */
        COUNTERPARTY_REQUIRED,
        /** The fields of a kuitansi do not agree with each other. */
        INVALID_RECEIPT
    }

    private final Reason reason;

    public ReceiptException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
