package id.kube.core.health;

import java.math.BigDecimal;
import java.util.Objects;

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
 */
public record StageGates(int berkembangMinMonthsActive, int berkembangMinMonthsOfBooks, int berkembangMinLoans,
                         BigDecimal berkembangMinScore, int majuMinMonthsActive, int majuMinIksDisbursements,
                         int majuMinPartnerships, BigDecimal majuMinScore) {
    public StageGates {
        Objects.requireNonNull(berkembangMinScore, "berkembangMinScore");
        Objects.requireNonNull(majuMinScore, "majuMinScore");
        if (majuMinScore.compareTo(berkembangMinScore) < 0 || majuMinMonthsActive < berkembangMinMonthsActive) {
            throw new HealthException(HealthException.Reason.INVALID_CONFIG,
                    "Syarat tahap maju tidak boleh lebih ringan dari syarat tahap berkembang");
        }
    }
}
