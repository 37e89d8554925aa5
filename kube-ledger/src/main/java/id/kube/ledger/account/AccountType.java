package id.kube.ledger.account;

import id.kube.ledger.account.Side;

/** The five kinds of account; assets and expenses grow on the debit side, the others on the credit side. */
public enum AccountType {
    ASSET(Side.DEBIT), LIABILITY(Side.CREDIT), EQUITY(Side.CREDIT), INCOME(Side.CREDIT), EXPENSE(Side.DEBIT);

    private final Side normalSide;

    AccountType(Side normalSide) {
        this.normalSide = normalSide;
    }

    public Side normalSide() {
        return normalSide;
    }

    /** A debit-positive balance turned to this type's normal side (a credit balance of equity is positive). */
    public long normalBalance(long debitPositive) {
        return normalSide == Side.DEBIT ? debitPositive : -debitPositive;
    }
}
