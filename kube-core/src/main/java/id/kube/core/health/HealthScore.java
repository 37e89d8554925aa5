package id.kube.core.health;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A group's health score for one period: 0–100 with one decimal, its grade, every contribution, the points
 * that had data behind them, and the configuration version it was made with. When the indicators with data
 * carry fewer than the configuration's minimum points, there is no score (missing), never a low one.
 */
public record HealthScore(String configVersion, @Nullable BigDecimal score, @Nullable Grade grade,
                          BigDecimal coveredPoints, List<Contribution> contributions) {

    public HealthScore {
        Objects.requireNonNull(configVersion, "configVersion");
        Objects.requireNonNull(coveredPoints, "coveredPoints");
        contributions = List.copyOf(contributions);
        if ((score == null) != (grade == null)) {
            throw new IllegalArgumentException("score and grade come together");
        }
    }

    public Optional<BigDecimal> value() {
        return Optional.ofNullable(score);
    }

    public Optional<Grade> gradeIfScored() {
        return Optional.ofNullable(grade);
    }

    /** Points earned and possible per dimension, over the items with data. */
    public Map<HealthDimension, BigDecimal[]> byDimension() {
        Map<HealthDimension, BigDecimal[]> m = new EnumMap<>(HealthDimension.class);
        for (Contribution c : contributions) {
            BigDecimal[] acc = m.computeIfAbsent(c.item().dimension(),
                    d -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
            if (c.scored()) {
                acc[0] = acc[0].add(c.points());
                acc[1] = acc[1].add(c.item().maxPoints());
            }
        }
        return m;
    }

    /** Why the group is flagged, in Bahasa Indonesia: no score, grade D, or a dimension under half its points. */
    public List<String> flags() {
        return flagReasons().stream().map(r -> r.text(java.util.Locale.forLanguageTag("id"))).toList();
    }

    /** Why the group is flagged, as reasons a screen can word in Bahasa Indonesia or English. */
    public List<HealthReason> flagReasons() {
        List<HealthReason> flags = new ArrayList<>();
        if (score == null) {
            flags.add(HealthReason.flag(HealthReason.Code.NO_SCORE, coveredPoints.toPlainString()));
        } else if (grade == Grade.D) {
            flags.add(HealthReason.flag(HealthReason.Code.GRADE_D, score.toPlainString()));
        }
        byDimension().forEach((dim, pts) -> {
            if (pts[1].signum() > 0 && pts[0].multiply(BigDecimal.TWO).compareTo(pts[1]) < 0) {
                flags.add(HealthReason.flag(HealthReason.Code.WEAK_DIMENSION, dim.name(),
                        pts[0].setScale(2, RoundingMode.HALF_EVEN).toPlainString(), pts[1].toPlainString()));
            }
        });
        return flags;
    }

    /** Contributions ordered by the points lost, largest first: where improvement pays most. */
    public List<Contribution> weakestFirst() {
        return contributions.stream().filter(Contribution::scored)
                .sorted(Comparator.comparing(Contribution::pointsLost).reversed()).toList();
    }
}
