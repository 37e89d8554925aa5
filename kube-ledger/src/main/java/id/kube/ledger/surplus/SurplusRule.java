package id.kube.ledger.surplus;

import java.math.BigDecimal;
import java.util.Objects;

import id.kube.ledger.LedgerException;

/**
 * How a group shares its yearly surplus (SHU), in percent summing to exactly 100: a reserve, the IKS fund,
 * members by their capital (simpanan pokok + wajib at year end) and members by participation (e.g. meetings
 * attended or business done, as the group decides).
 */
public record SurplusRule(BigDecimal reservePercent, BigDecimal iksPercent, BigDecimal membersByCapitalPercent,
                          BigDecimal membersByParticipationPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public SurplusRule {
        Objects.requireNonNull(reservePercent);
        Objects.requireNonNull(iksPercent);
        Objects.requireNonNull(membersByCapitalPercent);
        Objects.requireNonNull(membersByParticipationPercent);
        for (BigDecimal p : new BigDecimal[] {reservePercent, iksPercent, membersByCapitalPercent, membersByParticipationPercent}) {
            LedgerException.require(p.signum() >= 0 && p.scale() <= 4, LedgerException.Reason.INVALID_SURPLUS_RULE,
                    "Persentase pembagian SHU tidak boleh negatif (paling banyak 4 desimal)");
        }
        LedgerException.require(reservePercent.add(iksPercent).add(membersByCapitalPercent).add(membersByParticipationPercent).compareTo(HUNDRED) == 0,
                LedgerException.Reason.INVALID_SURPLUS_RULE, "Jumlah persentase pembagian SHU harus tepat 100%");
    }

    /** Weights for {@link LargestRemainder}: the percentages scaled to integers. */
    long[] weights() {
        return new long[] {scaled(reservePercent), scaled(iksPercent), scaled(membersByCapitalPercent), scaled(membersByParticipationPercent)};
    }

    private static long scaled(BigDecimal percent) {
        return percent.movePointRight(4).longValueExact();
    }
}
