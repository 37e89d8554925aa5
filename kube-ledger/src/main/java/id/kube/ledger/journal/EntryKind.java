package id.kube.ledger.journal;

/** What an entry records; reports and the loan book use it, the balance rules are the same for all. */
public enum EntryKind {
    GENERAL,
    OPENING_BALANCE,
    REVERSAL,
    CONTRIBUTION,
    SALE,
    PURCHASE,
    EXPENSE,
    LOAN_DISBURSEMENT,
    LOAN_REPAYMENT,
    LOAN_RESTRUCTURING,
    LOAN_WRITE_OFF,
    IKS_CONTRIBUTION,
    IKS_DISBURSEMENT,
    YEAR_END_CLOSING,
    SURPLUS_ALLOCATION
}
