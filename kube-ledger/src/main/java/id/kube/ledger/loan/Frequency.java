package id.kube.ledger.loan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

/** How often installments fall due, and what fraction of a month one period is (12/52, 12/26, 1). */
public enum Frequency {
    WEEKLY(new BigDecimal(12), new BigDecimal(52)),
    FORTNIGHTLY(new BigDecimal(12), new BigDecimal(26)),
    MONTHLY(BigDecimal.ONE, BigDecimal.ONE);

    private final BigDecimal monthsNumerator;
    private final BigDecimal monthsDenominator;

    Frequency(BigDecimal monthsNumerator, BigDecimal monthsDenominator) {
        this.monthsNumerator = monthsNumerator;
        this.monthsDenominator = monthsDenominator;
    }

    /** {@code amount × months-per-period}, exact until the division, which keeps 34 significant digits. */
    BigDecimal perPeriod(BigDecimal monthlyAmount) {
        return monthlyAmount.multiply(monthsNumerator).divide(monthsDenominator, MathContext.DECIMAL128);
    }

    public LocalDate plusPeriods(LocalDate start, int periods) {
        return switch (this) {
            case WEEKLY -> start.plusWeeks(periods);
            case FORTNIGHTLY -> start.plusWeeks(2L * periods);
            case MONTHLY -> start.plusMonths(periods);
        };
    }
}
