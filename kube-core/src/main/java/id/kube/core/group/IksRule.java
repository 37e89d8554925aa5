package id.kube.core.group;

import java.util.Objects;

import javax.money.MonetaryAmount;

import id.kube.core.money.Rupiah;

/** The solidarity fund (Iuran Kesetiakawanan Sosial): the monthly contribution and what it pays for. */
public record IksRule(MonetaryAmount monthlyContribution, String rule) {

    public IksRule {
        Objects.requireNonNull(monthlyContribution, "IKS contribution");
        Objects.requireNonNull(rule, "IKS rule");
        if (Rupiah.toLong(monthlyContribution) < 0) {
            throw LoanTerms.invalid("Iuran IKS tidak boleh negatif");
        }
        rule = rule.strip();
        if (rule.isEmpty() || rule.length() > 2000) {
            throw LoanTerms.invalid("Aturan IKS harus diisi (untuk apa dana IKS dipakai), paling banyak 2000 huruf");
        }
    }
}
