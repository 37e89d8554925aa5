package id.kube.core.health;

import static id.kube.core.health.HealthDimension.BOOKS;
import static id.kube.core.health.HealthDimension.BUSINESS;
import static id.kube.core.health.HealthDimension.DISCIPLINE;
import static id.kube.core.health.HealthDimension.MEETINGS;
import static id.kube.core.health.HealthDimension.REVOLVING_FUND;
import static id.kube.core.health.HealthDimension.SOLIDARITY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import id.kube.core.indicator.IndicatorDefinition;
import id.kube.core.indicator.Indicators;

/**
 * The shipped configurations. {@code 2026.1} follows the programme's weights: meetings 20, contribution and
 * IKS discipline 15, revolving fund 20 (PAR30 ≤ 5 % full marks, ≥ 20 % none; repayment ≥ 95 % full), business
 * 20, books on time 15, solidarity 10. Thresholds not fixed by the programme are stated here and in
 * docs/indicators.md.
 */
public final class HealthScoreConfigs {

    public static final HealthScoreConfig V2026_1 = new HealthScoreConfig("2026.1", LocalDate.of(2026, 1, 1),
            List.of(
                    item(MEETINGS, Indicators.MEETING_REGULARITY, "10", "0.50", "1.00"),
                    item(MEETINGS, Indicators.ATTENDANCE, "10", "0.50", "0.90"),
                    item(DISCIPLINE, Indicators.CONTRIBUTION_COMPLIANCE, "8", "0.50", "0.95"),
                    item(DISCIPLINE, Indicators.IKS_PARTICIPATION, "7", "0.50", "0.95"),
                    item(REVOLVING_FUND, Indicators.PAR30, "10", "0.20", "0.05"),
                    item(REVOLVING_FUND, Indicators.REPAYMENT_RATE, "10", "0.70", "0.95"),
                    item(BUSINESS, Indicators.ACTIVE_MONTHS, "7", "0.50", "0.90"),
                    item(BUSINESS, Indicators.PROFIT_MARGIN, "7", "0.00", "0.20"),
                    item(BUSINESS, Indicators.CAPITAL_MULTIPLE, "6", "0.80", "1.50"),
                    item(BOOKS, Indicators.BOOKS_ON_TIME, "10", "0.50", "1.00"),
                    item(BOOKS, Indicators.CASH_COUNT_AGREEMENT, "5", "0.50", "1.00"),
                    item(SOLIDARITY, Indicators.MEMBER_RETENTION, "5", "0.70", "0.95"),
                    item(SOLIDARITY, Indicators.IKS_MUTUAL_AID, "5", "0.00", "0.30")),
            BigDecimal.valueOf(70),
            new StageGates(6, 6, 1, BigDecimal.valueOf(60), 24, 1, 1, BigDecimal.valueOf(75)));

    /**
     * {@code 2026.2}: the weights and thresholds of 2026.1, and the berkembang gate also needs regular meetings
     * (≥ 75 % of scheduled meetings held over the last six months) and revolving loans repaid (≥ 90 % of the
     * instalments due over the last six months, at least one due).
     */
    public static final HealthScoreConfig V2026_2 = new HealthScoreConfig("2026.2", LocalDate.of(2026, 7, 1),
            V2026_1.items(), V2026_1.minCoveragePoints(),
            new StageGates(6, 6, 1, BigDecimal.valueOf(60), 24, 1, 1, BigDecimal.valueOf(75),
                    new BigDecimal("0.75"), new BigDecimal("0.90")));

    /** The configuration the batch uses unless told otherwise. */
    public static final HealthScoreConfig CURRENT = V2026_2;

    /** The shipped configuration with this version. */
    public static HealthScoreConfig byVersion(String version) {
        for (HealthScoreConfig c : java.util.List.of(V2026_1, V2026_2)) {
            if (c.version().equals(version)) {
                return c;
            }
        }
        throw new HealthException(HealthException.Reason.INVALID_CONFIG, "Versi konfigurasi tidak dikenal: " + version);
    }

    private HealthScoreConfigs() {
    }

    private static ScoredItem item(HealthDimension dim, IndicatorDefinition d, String points, String zero,
                                   String full) {
        return new ScoredItem(dim, d, new BigDecimal(points), LinearScale.of(zero, full));
    }
}
