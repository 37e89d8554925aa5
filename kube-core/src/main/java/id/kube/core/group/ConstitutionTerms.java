package id.kube.core.group;

import java.time.LocalDate;
import java.util.Objects;

import javax.money.MonetaryAmount;

import id.kube.core.money.Rupiah;

/**
 * The group's own rules (AD/ART) as agreed by the members on {@code agreedOn}: savings (simpanan pokok once,
 * simpanan wajib monthly), the IKS rule, loan terms and the surplus split.
 */
public record ConstitutionTerms(
        LocalDate agreedOn,
        MonetaryAmount principalSavings,
        MonetaryAmount mandatorySavingsMonthly,
        IksRule iks,
        LoanTerms loanTerms,
        SurplusSplit surplusSplit) {

    public ConstitutionTerms {
        Objects.requireNonNull(agreedOn, "agreed on");
        Objects.requireNonNull(principalSavings, "principal savings");
        Objects.requireNonNull(mandatorySavingsMonthly, "mandatory savings");
        Objects.requireNonNull(iks, "IKS");
        Objects.requireNonNull(loanTerms, "loan terms");
        Objects.requireNonNull(surplusSplit, "surplus split");
        if (Rupiah.toLong(principalSavings) < 0 || Rupiah.toLong(mandatorySavingsMonthly) < 0) {
            throw LoanTerms.invalid("Simpanan pokok dan simpanan wajib tidak boleh negatif");
        }
    }
}
