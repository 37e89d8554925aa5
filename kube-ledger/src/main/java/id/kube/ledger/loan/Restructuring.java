package id.kube.ledger.loan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * New terms for what a member still owes (e.g. after a disaster or in a pandemic): the new schedule starts on
 * {@code on}. When {@code capitalizeOverdueFee} is set, fee already due and unpaid is added to the principal
 * (and recognised as fee income); otherwise it is forgiven. The old schedule and its payments stay on record.
 */
public record Restructuring(LocalDate on, FeeMethod feeMethod, BigDecimal monthlyFeeRatePercent, Frequency frequency,
                            int installments, int gracePeriods, boolean capitalizeOverdueFee, String reason, String approvedBy) {

    public Restructuring {
        Objects.requireNonNull(on);
        Objects.requireNonNull(feeMethod);
        Objects.requireNonNull(monthlyFeeRatePercent);
        Objects.requireNonNull(frequency);
    }
}
