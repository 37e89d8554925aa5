package id.kube.core.health;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.kube.core.indicator.IndicatorDefinition;
import id.kube.core.indicator.IndicatorValue;
import id.kube.core.indicator.MissingReason;

/**
 * Scores a group's indicator values with a configuration. Each item earns
 * {@code maxPoints × fraction} (fraction from its {@link LinearScale}, 2 decimals half-even); the score is
 * {@code Σ earned ÷ Σ points of items with data × 100}, one decimal half-even, so a missing indicator neither
 * drags the score down nor lifts it; below the minimum coverage there is no score.
 */
public final class HealthScorer {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private HealthScorer() {
    }

    public static HealthScore score(HealthScoreConfig config, Map<IndicatorDefinition, IndicatorValue> values) {
        List<Contribution> contributions = new ArrayList<>();
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal covered = BigDecimal.ZERO;
        for (ScoredItem item : config.items()) {
            IndicatorValue v = values.getOrDefault(item.indicator(), IndicatorValue.missing(MissingReason.NO_DATA));
            switch (v) {
                case IndicatorValue.Measured m -> {
                    BigDecimal points = item.maxPoints().multiply(item.scale().fraction(m.value()))
                            .setScale(2, RoundingMode.HALF_EVEN);
                    contributions.add(new Contribution(item, v, points));
                    earned = earned.add(points);
                    covered = covered.add(item.maxPoints());
                }
                case IndicatorValue.Missing ignored -> contributions.add(new Contribution(item, v, null));
            }
        }
        if (covered.compareTo(config.minCoveragePoints()) < 0) {
            return new HealthScore(config.version(), null, null, covered, contributions);
        }
        BigDecimal score = earned.multiply(HUNDRED).divide(covered, 1, RoundingMode.HALF_EVEN);
        return new HealthScore(config.version(), score, Grade.of(score), covered, contributions);
    }
}
