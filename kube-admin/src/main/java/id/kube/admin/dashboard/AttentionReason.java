package id.kube.admin.dashboard;

/**
 * Why a group needs attention. Thresholds follow common microfinance practice (PAR30 above 10 %, repayment
 * below 90 %) and kube-core's health grades (grade D: score under 60).
 */
public enum AttentionReason {
    /** More than 10 % of the outstanding principal is over 30 days late. */
    PAR30_ABOVE_10_PERCENT,
    /** Less than 90 % of what fell due has been paid. */
    REPAYMENT_BELOW_90_PERCENT,
    /** An active group that has booked nothing for 60 days (or ever). */
    NO_POSTING_FOR_60_DAYS,
    /** The group is suspended. */
    SUSPENDED,
    /** The latest stored health score is grade D. */
    HEALTH_GRADE_D
}
