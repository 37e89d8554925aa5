package id.kube.core.health;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Facts of the programme checklist for one group at a date; null means not known (which holds a group
 * back with the reason "data belum ada", never passes the gate).
 *
 * @param monthsActive          whole months since the group became active
 * @param monthsOfBooksLast12   months of the last twelve whose books were kept and closed
 * @param loansDisbursed        revolving-fund loans disbursed to members so far
 * @param iksDisbursements      IKS disbursements actually paid out to members or the community so far
 * @param activePartnerships    external partnerships active at the date
 * @param capitalGrowing        equity now above equity twelve months earlier and at least the stimulus
 * @param meetingRegularityLast6 meetings held ÷ scheduled over the last six months, pooled
 * @param repaymentRateLast6     instalments repaid ÷ due over the last six months, pooled (null when none were due)
 */
public record StageChecklist(@Nullable Integer monthsActive, @Nullable Integer monthsOfBooksLast12,
                             @Nullable Integer loansDisbursed, @Nullable Integer iksDisbursements,
                             @Nullable Integer activePartnerships, @Nullable Boolean capitalGrowing,
                             @Nullable BigDecimal meetingRegularityLast6, @Nullable BigDecimal repaymentRateLast6) {

    /** A checklist without the six-month meeting and repayment facts (enough for configuration 2026.1). */
    public StageChecklist(@Nullable Integer monthsActive, @Nullable Integer monthsOfBooksLast12,
                          @Nullable Integer loansDisbursed, @Nullable Integer iksDisbursements,
                          @Nullable Integer activePartnerships, @Nullable Boolean capitalGrowing) {
        this(monthsActive, monthsOfBooksLast12, loansDisbursed, iksDisbursements, activePartnerships, capitalGrowing,
                null, null);
    }

    /** Capital grows when equity rose over twelve months and covers at least the stimulus received. */
    public static @Nullable Boolean capitalGrowing(@Nullable Long equityNow, @Nullable Long equityYearEarlier,
                                                   @Nullable Long stimulus) {
        if (equityNow == null || equityYearEarlier == null || stimulus == null) {
            return null;
        }
        return equityNow > equityYearEarlier && equityNow >= stimulus;
    }
}
