package id.kube.core.indicator;

/**
 * The figures the indicators need from a group's books. Rupiah figures are whole rupiah; counts are counts.
 * "Period" figures are flows with value dates in the period; "end" figures are balances at the period end
 * (or the as-of date when that is earlier); "since grant" figures are cumulative from the grant to period end.
 */
public enum BooksFigure {
    /** Group equity at period end (assets − liabilities). */
    EQUITY_END,
    /** Group equity twelve months before period end (for "growing capital"). */
    EQUITY_YEAR_EARLIER,
    /** Stimulus grant received up to period end. */
    STIMULUS_RECEIVED,
    /** Members' principal and mandatory contributions + retained surplus at period end. */
    OWN_CAPITAL_END,
    REVENUE_PERIOD,
    EXPENSES_PERIOD,
    MONTHS_WITH_REVENUE_SINCE_GRANT,
    MONTHS_SINCE_GRANT,
    LOANS_OUTSTANDING_END,
    LOANS_OVER_30_DAYS_END,
    INSTALLMENTS_DUE_PERIOD,
    INSTALLMENTS_REPAID_PERIOD,
    SHU_PAID_PERIOD,
    IKS_COLLECTED_SINCE_GRANT,
    IKS_PAID_OUT_SINCE_GRANT,
    /** Number of IKS disbursements ever made to a member or a community need (for the "maju" gate). */
    IKS_DISBURSEMENTS_SINCE_GRANT,
    IKS_BALANCE_END,
    EMERGENCY_FUND_END,
    MEMBERS_WHO_PAID_IKS_PERIOD,
    CONTRIBUTIONS_DUE_PERIOD,
    CONTRIBUTIONS_PAID_PERIOD,
    MONTHS_CLOSED_ON_TIME_PERIOD,
    CASH_COUNTS_PERIOD,
    CASH_COUNTS_AGREEING_PERIOD
}
