package id.kube.core.group;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * How the yearly surplus (SHU) is divided, in percent with at most two decimals; the parts add up to exactly
 * 100.
 */
public record SurplusSplit(BigDecimal membersPercent, BigDecimal reservePercent, BigDecimal iksPercent,
        BigDecimal managementPercent, BigDecimal otherPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public SurplusSplit {
        List<BigDecimal> parts = List.of(
                Objects.requireNonNull(membersPercent, "members"), Objects.requireNonNull(reservePercent, "reserve"),
                Objects.requireNonNull(iksPercent, "IKS"), Objects.requireNonNull(managementPercent, "management"),
                Objects.requireNonNull(otherPercent, "other"));
        for (BigDecimal part : parts) {
            if (part.signum() < 0 || part.stripTrailingZeros().scale() > 2) {
                throw LoanTerms.invalid("Bagian SHU harus 0–100%, paling banyak dua angka desimal");
            }
        }
        BigDecimal total = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(HUNDRED) != 0) {
            throw LoanTerms.invalid("Pembagian SHU harus berjumlah 100%, bukan " + total.stripTrailingZeros()
                    .toPlainString() + "%");
        }
    }

    public static SurplusSplit of(double members, double reserve, double iks, double management, double other) {
        return new SurplusSplit(BigDecimal.valueOf(members), BigDecimal.valueOf(reserve), BigDecimal.valueOf(iks),
                BigDecimal.valueOf(management), BigDecimal.valueOf(other));
    }
}
