package id.kube.core.health;

import java.math.BigDecimal;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import id.kube.core.indicator.IndicatorValue;

/**
 * What one indicator added to a group's score: its value, the points earned out of the points possible, or
 * no points because the value is missing (then its points are left out of the base, not counted as zero).
 */
public record Contribution(ScoredItem item, IndicatorValue value, @Nullable BigDecimal points) {
    public Contribution {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(value, "value");
    }

    public boolean scored() {
        return points != null;
    }

    /** Points a group could still gain here (0 when missing). */
    public BigDecimal pointsLost() {
        return points == null ? BigDecimal.ZERO : item.maxPoints().subtract(points);
    }

    /** e.g. "PAR30 0.080000 → 8.00 dari 10 poin (nol pada 0.20, penuh pada 0.05 …)". */
    public String explainId() {
        String head = item.indicator().nameId() + " ";
        if (points == null) {
            return head + "tidak ada data (" + ((IndicatorValue.Missing) value).detail() + ") — tidak dinilai";
        }
        return head + value.measured().orElseThrow().toPlainString() + " → " + points.toPlainString() + " dari "
                + item.maxPoints().toPlainString() + " poin (" + item.scale().describe() + ")";
    }
}
