package id.kube.ledger.account;

/** Debit or credit. Stored amounts are debit-positive: a credit is stored as a negative amount. */
public enum Side {
    DEBIT, CREDIT;

    public long signed(long amount) {
        return this == DEBIT ? amount : -amount;
    }

    public Side opposite() {
        return this == DEBIT ? CREDIT : DEBIT;
    }

    public static Side ofSigned(long amount) {
        return amount >= 0 ? DEBIT : CREDIT;
    }
}
