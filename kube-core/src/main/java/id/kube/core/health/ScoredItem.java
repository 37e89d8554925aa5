package id.kube.core.health;

import java.math.BigDecimal;
import java.util.Objects;

import id.kube.core.indicator.IndicatorDefinition;

/** One indicator inside a health dimension: the points it can earn and the scale it is scored on. */
public record ScoredItem(HealthDimension dimension, IndicatorDefinition indicator, BigDecimal maxPoints,
                         LinearScale scale) {
    public ScoredItem {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(maxPoints, "maxPoints");
        Objects.requireNonNull(scale, "scale");
        if (maxPoints.signum() <= 0) {
            throw new HealthException(HealthException.Reason.INVALID_CONFIG,
                    "Bobot " + indicator.id() + " harus lebih dari nol");
        }
    }
}
