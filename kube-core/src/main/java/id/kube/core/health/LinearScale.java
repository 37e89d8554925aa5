package id.kube.core.health;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Scores a value linearly: no points at or beyond {@code zeroAt}, full points at or beyond {@code fullAt},
 * in proportion in between. Works in both directions: PAR30 has {@code zeroAt 0.20, fullAt 0.05} (lower is
 * better), repayment {@code zeroAt 0.70, fullAt 0.95} (higher is better).
 */
public record LinearScale(BigDecimal zeroAt, BigDecimal fullAt) {

    public LinearScale {
        Objects.requireNonNull(zeroAt, "zeroAt");
        Objects.requireNonNull(fullAt, "fullAt");
        if (zeroAt.compareTo(fullAt) == 0) {
            throw new HealthException(HealthException.Reason.INVALID_CONFIG,
                    "Ambang nol dan ambang penuh tidak boleh sama (" + zeroAt.toPlainString() + ")");
        }
    }

    public static LinearScale of(String zeroAt, String fullAt) {
        return new LinearScale(new BigDecimal(zeroAt), new BigDecimal(fullAt));
    }

    public boolean higherIsBetter() {
        return fullAt.compareTo(zeroAt) > 0;
    }

    /** The share of full points earned, 0..1, 6 decimal places (half-even). */
    public BigDecimal fraction(BigDecimal value) {
        BigDecimal f = value.subtract(zeroAt).divide(fullAt.subtract(zeroAt), 6, RoundingMode.HALF_EVEN);
        if (f.signum() < 0) {
            return BigDecimal.ZERO.setScale(6);
        }
        return f.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE.setScale(6) : f;
    }

    /** "0,05 → penuh; 0,20 → nol" style text for the dashboard and the codebook. */
    public String describe() {
        return "nol pada " + zeroAt.toPlainString() + ", penuh pada " + fullAt.toPlainString()
                + (higherIsBetter() ? " (makin tinggi makin baik)" : " (makin rendah makin baik)");
    }
}
