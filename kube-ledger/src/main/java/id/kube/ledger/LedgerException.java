package id.kube.ledger;

/**
 * A refusal by the books, with a named reason for code and a message in Bahasa Indonesia for the treasurer.
 * When one is thrown, nothing of the operation has been written.
 */
public final class LedgerException extends RuntimeException {

    public enum Reason {
        UNBALANCED,
        TOO_FEW_LEGS,
        NON_POSITIVE_AMOUNT,
        NOT_RUPIAH,
        FRACTIONAL_RUPIAH,
        UNKNOWN_BOOK,
        BOOK_ALREADY_OPEN,
        UNKNOWN_ACCOUNT,
        FOREIGN_GROUP_ACCOUNT,
        DUPLICATE_ACCOUNT,
        CLOSED_PERIOD,
        PERIOD_ALREADY_CLOSED,
        PERIOD_NOT_CLOSED,
        IDEMPOTENCY_CONFLICT,
        INSUFFICIENT_FUNDS,
        UNKNOWN_ENTRY,
        ALREADY_REVERSED,
        OPENING_BALANCE_EXISTS,
        INVALID_INPUT,
        UNKNOWN_LOAN,
        LOAN_NOT_ACTIVE,
        OVERPAYMENT,
        INVALID_LOAN_TERMS,
        INVALID_SURPLUS_RULE,
        NO_SURPLUS
    }

    private final Reason reason;

    public LedgerException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public static LedgerException of(Reason reason, String message) {
        return new LedgerException(reason, message);
    }

    /** Refuses when {@code condition} is false. */
    public static void require(boolean condition, Reason reason, String message) {
        if (!condition) {
            throw new LedgerException(reason, message);
        }
    }
}
