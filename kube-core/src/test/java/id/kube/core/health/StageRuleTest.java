package id.kube.core.health;

import id.kube.core.group.GroupStage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kube.core.health.StageAssessment.Condition;
import id.kube.core.indicator.IndicatorValue;
import id.kube.core.indicator.Indicators;

class StageRuleTest {

    private static HealthScore scoreOf(String par30) {
        var v = HealthScorerTest.healthyGroup();
        if (par30 != null) {
            v.put(Indicators.PAR30, IndicatorValue.Measured.of(new BigDecimal(par30), 10));
            v.put(Indicators.REPAYMENT_RATE, IndicatorValue.Measured.of(new BigDecimal("0.700000"), 10));
            v.put(Indicators.BOOKS_ON_TIME, IndicatorValue.Measured.of(new BigDecimal("0.500000"), 10));
        }
        return HealthScorer.score(HealthScoreConfigs.V2026_1, v);
    }

    @ParameterizedTest(name = "[{index}] months {0}, books {1}, loans {2}, IKS out {3}, partners {4}, capital growing {5}, weak {6} → {7} held by {8}")
    @CsvSource(textBlock = """
            36, 12, 5, 2, 1, true, , MAJU, ''
            36, 12, 5, 0, 1, true, , BERKEMBANG, IKS_PAID_OUT
            36, 12, 5, 2, 1, false, , BERKEMBANG, CAPITAL_GROWING
            36, 12, 5, 2, 1, , , BERKEMBANG, CAPITAL_GROWING
            36, 12, 5, 2, 0, true, , BERKEMBANG, PARTNERSHIPS
            12, 12, 5, 2, 1, true, , BERKEMBANG, MONTHS_ACTIVE
            36, 12, 5, 2, 1, true, 0.200000, BERKEMBANG, SCORE
            4, 4, 0, 0, 0, false, , TUMBUH, MONTHS_ACTIVE MONTHS_OF_BOOKS LOANS_DISBURSED MONTHS_ACTIVE IKS_PAID_OUT PARTNERSHIPS CAPITAL_GROWING
            36, 12, , 2, 1, true, , TUMBUH, LOANS_DISBURSED
            """)
    void theChecklistIsAHardGateAndTheScoreMustReachTheStageMinimum(Integer months, Integer books, Integer loans,
            Integer iks, Integer partners, Boolean growing, String weakPar30, GroupStage stage, String heldBy) {
        StageChecklist checklist = new StageChecklist(months, books, loans, iks, partners, growing);
        StageAssessment a = StageRule.assess(HealthScoreConfigs.V2026_1, checklist, scoreOf(weakPar30));
        assertThat(a.stage()).isEqualTo(stage);
        assertThat(a.configVersion()).isEqualTo("2026.1");
        assertThat(a.heldBack()).extracting(h -> h.condition().name())
                .containsExactly(heldBy.isBlank() ? new String[0] : heldBy.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            iks | Baru 0 penyaluran IKS kepada anggota/masyarakat; tahap maju memerlukan minimal 1
            loans | Data pinjaman dana bergulir kepada anggota belum ada (syarat tahap berkembang: minimal 1)
            """)
    void reasonsAreGivenInBahasaIndonesia(String which, String message) {
        StageChecklist c = "iks".equals(which) ? new StageChecklist(36, 12, 5, 0, 1, true)
                : new StageChecklist(36, 12, null, 2, 1, true);
        StageAssessment a = StageRule.assess(HealthScoreConfigs.V2026_1, c, scoreOf(null));
        assertThat(a.heldBack()).extracting(StageAssessment.HeldBack::messageId).contains(message);
        assertThat(a.heldBack()).noneMatch(h -> h.condition() == Condition.SCORE);
    }

    @ParameterizedTest(name = "equity {0}, a year ago {1}, stimulus {2} → {3}")
    @CsvSource(textBlock = """
            25000000, 22000000, 20000000, true
            25000000, 26000000, 20000000, false
            19000000, 15000000, 20000000, false
            , 15000000, 20000000,
            """)
    void capitalGrowsWhenEquityRoseAndCoversTheStimulus(Long now, Long before, Long stimulus, Boolean expected) {
        assertThat(StageChecklist.capitalGrowing(now, before, stimulus)).isEqualTo(expected);
    }
}
