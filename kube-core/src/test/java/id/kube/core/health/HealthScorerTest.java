package id.kube.core.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kube.core.indicator.IndicatorDefinition;
import id.kube.core.indicator.IndicatorValue;
import id.kube.core.indicator.Indicators;
import id.kube.core.indicator.MissingReason;

class HealthScorerTest {

    private static final HealthScoreConfig CONFIG = HealthScoreConfigs.V2026_1;

    @ParameterizedTest(name = "value {2} on [{0} → {1}] earns {3}")
    @CsvSource(textBlock = """
            0.20, 0.05, 0.05, 1.000000
            0.20, 0.05, 0.00, 1.000000
            0.20, 0.05, 0.20, 0.000000
            0.20, 0.05, 0.30, 0.000000
            0.20, 0.05, 0.125, 0.500000
            0.20, 0.05, 0.08, 0.800000
            0.70, 0.95, 0.95, 1.000000
            0.70, 0.95, 0.99, 1.000000
            0.70, 0.95, 0.90, 0.800000
            0.70, 0.95, 0.70, 0.000000
            0.00, 0.20, 0.05, 0.250000
            """)
    void linearScoringBetweenThresholdsInBothDirections(String zero, String full, String value, String fraction) {
        assertThat(LinearScale.of(zero, full).fraction(new BigDecimal(value)).toPlainString()).isEqualTo(fraction);
    }

    @ParameterizedTest(name = "score {0} → grade {1}")
    @CsvSource(textBlock = """
            100.0, A
            85.0, A
            84.9, B
            75.0, B
            74.9, C
            60.0, C
            59.9, D
            0.0, D
            """)
    void gradesFollowTheProgrammeBands(String score, Grade grade) {
        assertThat(Grade.of(new BigDecimal(score))).isEqualTo(grade);
    }

    static Map<IndicatorDefinition, IndicatorValue> healthyGroup() {
        Map<IndicatorDefinition, IndicatorValue> v = new HashMap<>();
        v.put(Indicators.MEETING_REGULARITY, IndicatorValue.Measured.of(new BigDecimal("1.000000"), 10));
        v.put(Indicators.ATTENDANCE, IndicatorValue.Measured.of(new BigDecimal("0.900000"), 10));
        v.put(Indicators.CONTRIBUTION_COMPLIANCE, IndicatorValue.Measured.of(new BigDecimal("1.000000"), 10));
        v.put(Indicators.IKS_PARTICIPATION, IndicatorValue.Measured.of(new BigDecimal("1.000000"), 10));
        v.put(Indicators.PAR30, IndicatorValue.Measured.of(new BigDecimal("0.050000"), 10));
        v.put(Indicators.REPAYMENT_RATE, IndicatorValue.Measured.of(new BigDecimal("0.950000"), 10));
        v.put(Indicators.ACTIVE_MONTHS, IndicatorValue.Measured.of(new BigDecimal("1.000000"), 10));
        v.put(Indicators.PROFIT_MARGIN, IndicatorValue.Measured.of(new BigDecimal("0.250000"), 10));
        v.put(Indicators.CAPITAL_MULTIPLE, IndicatorValue.Measured.of(new BigDecimal("1.600000"), 10));
        v.put(Indicators.BOOKS_ON_TIME, IndicatorValue.Measured.of(new BigDecimal("1.000000"), 10));
        v.put(Indicators.CASH_COUNT_AGREEMENT, IndicatorValue.Measured.of(new BigDecimal("1.000000"), 10));
        v.put(Indicators.MEMBER_RETENTION, IndicatorValue.Measured.of(new BigDecimal("1.000000"), 10));
        v.put(Indicators.IKS_MUTUAL_AID, IndicatorValue.Measured.of(new BigDecimal("0.300000"), 10));
        return v;
    }

    @Test
    void aGroupAtEveryFullMarkThresholdScores100GradeA() {
        HealthScore s = HealthScorer.score(CONFIG, healthyGroup());
        assertThat(s.score()).isEqualByComparingTo("100.0");
        assertThat(s.grade()).isEqualTo(Grade.A);
        assertThat(s.configVersion()).isEqualTo("2026.1");
        assertThat(s.contributions()).hasSize(13).allMatch(Contribution::scored);
        assertThat(s.flags()).isEmpty();
    }

    @ParameterizedTest(name = "PAR30 {0}, repayment {1} → score {2} grade {3}")
    @CsvSource(textBlock = """
            0.050000, 0.950000, 100.0, A
            0.125000, 0.950000, 95.0, A
            0.200000, 0.950000, 90.0, A
            0.200000, 0.700000, 80.0, B
            0.300000, 0.500000, 80.0, B
            0.080000, 0.900000, 96.0, A
            """)
    void revolvingFundQualityScoresPar30AndRepayment(String par30, String repayment, String score, Grade grade) {
        var v = healthyGroup();
        v.put(Indicators.PAR30, IndicatorValue.Measured.of(new BigDecimal(par30), 10));
        v.put(Indicators.REPAYMENT_RATE, IndicatorValue.Measured.of(new BigDecimal(repayment), 10));
        HealthScore s = HealthScorer.score(CONFIG, v);
        assertThat(s.score()).isEqualByComparingTo(score);
        assertThat(s.grade()).isEqualTo(grade);
    }

    @Test
    void everyContributionIsVisibleAndExplained() {
        var v = healthyGroup();
        v.put(Indicators.PAR30, IndicatorValue.Measured.of(new BigDecimal("0.080000"), 10));
        HealthScore s = HealthScorer.score(CONFIG, v);
        Contribution par = s.contributions().stream()
                .filter(c -> c.item().indicator() == Indicators.PAR30).findFirst().orElseThrow();
        assertThat(par.points()).isEqualByComparingTo("8.00");
        assertThat(par.explainId()).contains("0.080000 → 8.00 dari 10 poin").contains("nol pada 0.20, penuh pada 0.05");
        assertThat(s.weakestFirst().getFirst()).isEqualTo(par);
        assertThat(s.byDimension().get(HealthDimension.REVOLVING_FUND)[0]).isEqualByComparingTo("18.00");
    }

    @Test
    void aMissingIndicatorIsLeftOutOfTheBaseNotScoredAsZero() {
        var v = healthyGroup();
        v.put(Indicators.PAR30, IndicatorValue.missing(MissingReason.ZERO_DENOMINATOR));
        v.put(Indicators.PROFIT_MARGIN, IndicatorValue.Measured.of(new BigDecimal("0.100000"), 10));
        HealthScore s = HealthScorer.score(CONFIG, v);
        // earned 90 − 10 (PAR30 left out) − 3.5 (half the margin points) = 86.5 of 90 covered points
        assertThat(s.coveredPoints()).isEqualByComparingTo("90");
        assertThat(s.score()).isEqualByComparingTo("96.1");
        assertThat(s.contributions()).filteredOn(c -> !c.scored()).singleElement()
                .satisfies(c -> assertThat(c.explainId()).contains("tidak ada data"));
    }

    @Test
    void belowTheMinimumCoverageThereIsNoScoreAndTheGroupIsFlagged() {
        Map<IndicatorDefinition, IndicatorValue> v = new HashMap<>(healthyGroup());
        for (IndicatorDefinition d : List.of(Indicators.PAR30, Indicators.REPAYMENT_RATE, Indicators.BOOKS_ON_TIME,
                Indicators.CASH_COUNT_AGREEMENT)) {
            v.remove(d);
        }
        HealthScore s = HealthScorer.score(CONFIG, v);
        assertThat(s.coveredPoints()).isEqualByComparingTo("65");
        assertThat(s.value()).isEmpty();
        assertThat(s.gradeIfScored()).isEmpty();
        assertThat(s.flags()).first().asString().contains("Skor tidak dihitung").contains("65");
    }

    @Test
    void aWeakDimensionIsFlaggedWithItsPoints() {
        var v = healthyGroup();
        v.put(Indicators.MEETING_REGULARITY, IndicatorValue.Measured.of(new BigDecimal("0.500000"), 10));
        v.put(Indicators.ATTENDANCE, IndicatorValue.Measured.of(new BigDecimal("0.600000"), 10));
        HealthScore s = HealthScorer.score(CONFIG, v);
        assertThat(s.flags()).containsExactly("Pertemuan lemah: 2.50 dari 20 poin");
    }

    @Test
    void theShippedConfigurationCarriesTheProgrammeWeights() {
        assertThat(CONFIG.weights()).containsExactlyInAnyOrderEntriesOf(Map.of(
                HealthDimension.MEETINGS, new BigDecimal("20"), HealthDimension.DISCIPLINE, new BigDecimal("15"),
                HealthDimension.REVOLVING_FUND, new BigDecimal("20"), HealthDimension.BUSINESS, new BigDecimal("20"),
                HealthDimension.BOOKS, new BigDecimal("15"), HealthDimension.SOLIDARITY, new BigDecimal("10")));
        for (HealthDimension d : HealthDimension.values()) {
            assertThat(CONFIG.weights().get(d)).isEqualByComparingTo(BigDecimal.valueOf(d.defaultWeight()));
        }
    }

    @Test
    void theConfigurationRoundTripsThroughItsCanonicalText() {
        String text = CONFIG.toText();
        HealthScoreConfig back = HealthScoreConfig.parse(text);
        assertThat(back.toText()).isEqualTo(text);
        assertThat(back.fingerprint()).isEqualTo(CONFIG.fingerprint());
        assertThat(text).contains("item.revolving_fund.par30=10;0.20;0.05\n");
    }

    @Test
    void weightsThatDoNotSumTo100AreRefused() {
        String text = CONFIG.toText().replace("item.revolving_fund.par30=10;", "item.revolving_fund.par30=11;");
        assertThatThrownBy(() -> HealthScoreConfig.parse(text)).isInstanceOf(HealthException.class)
                .hasMessage("Jumlah bobot harus 100, bukan 101")
                .extracting(e -> ((HealthException) e).reason())
                .isEqualTo(HealthException.Reason.WEIGHTS_DO_NOT_SUM_TO_100);
        assertThatThrownBy(() -> HealthScoreConfig.parse(CONFIG.toText().replace("version=2026.1\n", "")))
                .isInstanceOf(HealthException.class).hasMessage("Konfigurasi skor tanpa 'version'");
        assertThatThrownBy(() -> LinearScale.of("0.5", "0.50")).isInstanceOf(HealthException.class);
    }
}
