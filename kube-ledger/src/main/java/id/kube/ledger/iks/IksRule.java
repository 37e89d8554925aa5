package id.kube.ledger.iks;

import java.math.BigDecimal;
import java.util.Objects;

import id.kube.ledger.LedgerException;

/** How a group fills its IKS fund: a percentage of each surplus, or a fixed amount per member per meeting. */
public sealed interface IksRule {

    /** {@code percent} of a surplus, rounded down to the rupiah (the rest stays in the surplus). */
    record PercentOfSurplus(BigDecimal percent) implements IksRule {
        public PercentOfSurplus {
            Objects.requireNonNull(percent);
            LedgerException.require(percent.signum() > 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0,
                    LedgerException.Reason.INVALID_INPUT, "Persentase IKS harus di atas 0% dan paling banyak 100%");
        }
    }

    /** {@code amount} whole rupiah from every member present at a meeting. */
    record FixedPerMemberPerMeeting(long amount) implements IksRule {
        public FixedPerMemberPerMeeting {
            LedgerException.require(amount > 0, LedgerException.Reason.NON_POSITIVE_AMOUNT, "Iuran IKS per anggota harus lebih dari nol");
        }
    }
}
