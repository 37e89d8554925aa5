package id.kube.ledger.loan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import id.kube.core.group.GroupId;

/**
 * A group's loan portfolio at a date. Portfolio at risk PAR&gt;k is the outstanding principal of loans more
 * than k days past due divided by all outstanding principal; the repayment rate is what was paid by that date
 * on amounts due by that date, divided by those amounts. Ratios are rounded half-even to 4 decimals.
 */
public record Portfolio(GroupId groupId, LocalDate asOf, List<LoanArrears> loans, long outstandingPrincipal,
                        long atRiskOver0, long atRiskOver30, long atRiskOver90, long dueToDate, long paidOnDueToDate) {

    public Portfolio {
        loans = List.copyOf(loans);
    }

    public BigDecimal par0() {
        return ratio(atRiskOver0, outstandingPrincipal);
    }

    public BigDecimal par30() {
        return ratio(atRiskOver30, outstandingPrincipal);
    }

    public BigDecimal par90() {
        return ratio(atRiskOver90, outstandingPrincipal);
    }

    /** 1 when nothing has fallen due yet. */
    public BigDecimal repaymentRate() {
        return dueToDate == 0 ? BigDecimal.ONE.setScale(4) : ratio(paidOnDueToDate, dueToDate);
    }

    private static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(4) : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN);
    }
}
