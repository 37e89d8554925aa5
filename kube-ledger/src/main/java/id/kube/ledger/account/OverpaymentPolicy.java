package id.kube.ledger.account;

/** What a group does with a repayment larger than what the loan still owes. */
public enum OverpaymentPolicy {
    /** Refuse the repayment; the treasurer records the right amount. */
    REJECT,
    /** Take what the loan owes and keep the rest as the member's voluntary savings. */
    HOLD_AS_SAVINGS
}
