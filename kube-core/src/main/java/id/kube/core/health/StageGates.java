package id.kube.core.health;

import java.math.BigDecimal;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The programme checklist thresholds of the stage rule (a hard gate) and the minimum health scores.
 *
 * @param berkembangMinMonthsActive  months since the group became active
 * @param berkembangMinMonthsOfBooks months of books kept (closed) in the last twelve
 * @param berkembangMinLoans         revolving-fund loans disbursed to members so far
 * @param berkembangMinScore         health score needed
 * @param majuMinMonthsActive        months since the group became active
 * @param majuMinIksDisbursements    IKS disbursements actually made to members or the community
 * @param majuMinPartnerships        active external partnerships
 * @param majuMinScore               health score needed
 * @param berkembangMinMeetingRegularity meetings held ÷ scheduled over the last six months (pooled); null = not a
 *                                       condition in this configuration version (2026.1)
 * @param berkembangMinRepaymentRate     instalments repaid ÷ due over the last six months (pooled), with at least
 *                                       one instalment due; null = not a condition in this version (2026.1)
 */
public record StageGates(int berkembangMinMonthsActive, int berkembangMinMonthsOfBooks, int berkembangMinLoans,
                         BigDecimal berkembangMinScore, int majuMinMonthsActive, int majuMinIksDisbursements,
                         int majuMinPartnerships, BigDecimal majuMinScore,
                         @Nullable BigDecimal berkembangMinMeetingRegularity,
                         @Nullable BigDecimal berkembangMinRepaymentRate) {

    /** The gates of configuration 2026.1 (no meeting-regularity or repayment condition). */
    public StageGates(int berkembangMinMonthsActive, int berkembangMinMonthsOfBooks, int berkembangMinLoans,
                      BigDecimal berkembangMinScore, int majuMinMonthsActive, int majuMinIksDisbursements,
                      int majuMinPartnerships, BigDecimal majuMinScore) {
        this(berkembangMinMonthsActive, berkembangMinMonthsOfBooks, berkembangMinLoans, berkembangMinScore,
                majuMinMonthsActive, majuMinIksDisbursements, majuMinPartnerships, majuMinScore, null, null);
    }

    public StageGates {
        for (BigDecimal share : new BigDecimal[]{berkembangMinMeetingRegularity, berkembangMinRepaymentRate}) {
            if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0)) {
                throw new HealthException(HealthException.Reason.INVALID_CONFIG,
                        "Ambang rasio tahap harus antara 0 dan 1, bukan " + share.toPlainString());
            }
        }
        Objects.requireNonNull(berkembangMinScore, "berkembangMinScore");
        Objects.requireNonNull(majuMinScore, "majuMinScore");
        if (majuMinScore.compareTo(berkembangMinScore) < 0 || majuMinMonthsActive < berkembangMinMonthsActive) {
            throw new HealthException(HealthException.Reason.INVALID_CONFIG,
                    "Syarat tahap maju tidak boleh lebih ringan dari syarat tahap berkembang");
        }
    }
}
