package id.kube.ledger.account;

/**
 * What the library itself needs an account for. Each role is held by at most one account of a group; the
 * template gives every role an account, a group may add more accounts without a role.
 */
public enum AccountRole {
    CASH, BANK, LOANS_RECEIVABLE, INVENTORY,
    VOLUNTARY_SAVINGS, SURPLUS_PAYABLE,
    GRANT_CAPITAL, PRINCIPAL_CONTRIBUTIONS, MANDATORY_CONTRIBUTIONS, IKS_FUND, RESERVE, RETAINED_SURPLUS,
    SALES, LOAN_FEES, OTHER_INCOME,
    PURCHASES, OPERATING_EXPENSES, LOAN_WRITE_OFFS
}
