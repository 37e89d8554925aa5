package id.kube.ledger.loan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A repayment schedule generated from {@link LoanTerms}, in whole rupiah, summing exactly to principal + fee.
 *
 * <p>Rounding rule (stated, never silent): principal is split into equal installments rounded down to the
 * rupiah and the remainder is added to the last installment. With a {@link FeeMethod#FLAT} fee the total fee
 * {@code principal × rate × months} is rounded down to the rupiah (in the member's favour) and split the same
 * way. With a {@link FeeMethod#DECLINING} fee each installment's fee is {@code balance before it × rate ×
 * months of one period}, rounded down to the rupiah. Due dates are the start date plus (grace + n) periods.
 */
public record Schedule(LoanTerms terms, List<Installment> installments) {

    public Schedule {
        installments = List.copyOf(installments);
    }

    public static Schedule of(LoanTerms terms) {
        int n = terms.installments();
        long principalEach = terms.principal() / n;
        long principalRest = terms.principal() - principalEach * n;
        BigDecimal rate = terms.monthlyFeeRatePercent().movePointLeft(2);
        List<Installment> list = new ArrayList<>(n);
        switch (terms.feeMethod()) {
            case FLAT -> {
                long totalFee = terms.frequency().perPeriod(BigDecimal.valueOf(terms.principal()).multiply(rate))
                        .multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.FLOOR).longValueExact();
                long feeEach = totalFee / n;
                long feeRest = totalFee - feeEach * n;
                for (int i = 1; i <= n; i++) {
                    boolean last = i == n;
                    list.add(new Installment(i, terms.frequency().plusPeriods(terms.startsOn(), terms.gracePeriods() + i),
                            principalEach + (last ? principalRest : 0), feeEach + (last ? feeRest : 0)));
                }
            }
            case DECLINING -> {
                long balance = terms.principal();
                for (int i = 1; i <= n; i++) {
                    boolean last = i == n;
                    long fee = terms.frequency().perPeriod(BigDecimal.valueOf(balance).multiply(rate))
                            .setScale(0, RoundingMode.FLOOR).longValueExact();
                    long principal = principalEach + (last ? principalRest : 0);
                    list.add(new Installment(i, terms.frequency().plusPeriods(terms.startsOn(), terms.gracePeriods() + i), principal, fee));
                    balance -= principal;
                }
            }
        }
        return new Schedule(terms, list);
    }

    public long totalPrincipal() {
        return installments.stream().mapToLong(Installment::principalDue).sum();
    }

    public long totalFee() {
        return installments.stream().mapToLong(Installment::feeDue).sum();
    }

    public long total() {
        return totalPrincipal() + totalFee();
    }
}
