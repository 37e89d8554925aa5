package id.kube.core.group;

import java.math.BigDecimal;
import java.util.Objects;

import javax.money.MonetaryAmount;

import id.kube.core.money.Rupiah;

/**
 * The group's rules for loans from its revolving fund: a flat service fee in percent of the principal per
 * month (two decimals, 0–10), the allowed term in months and the largest principal.
 */
public record LoanTerms(BigDecimal feePercentPerMonth, int minTermMonths, int maxTermMonths,
        MonetaryAmount maxPrincipal) {

    public LoanTerms {
        Objects.requireNonNull(feePercentPerMonth, "fee");
        Objects.requireNonNull(maxPrincipal, "max principal");
        if (feePercentPerMonth.signum() < 0 || feePercentPerMonth.compareTo(BigDecimal.TEN) > 0
                || feePercentPerMonth.stripTrailingZeros().scale() > 2) {
            throw invalid("Jasa pinjaman harus 0–10% per bulan, paling banyak dua angka desimal");
        }
        if (minTermMonths < 1 || maxTermMonths < minTermMonths || maxTermMonths > 60) {
            throw invalid("Jangka pinjaman harus 1–60 bulan dan minimum tidak lebih dari maksimum");
        }
        if (Rupiah.toLong(maxPrincipal) <= 0) {
            throw invalid("Plafon pinjaman harus lebih dari nol");
        }
    }

    static GroupRuleException invalid(String message) {
        return new GroupRuleException(GroupRuleException.Reason.CONSTITUTION_INVALID, message);
    }
}
