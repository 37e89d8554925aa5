package id.kube.core.health;

import static id.kube.core.persistence.jooq.Tables.GROUP_HEALTH_SCORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import id.kube.core.audit.Actor;
import id.kube.core.group.GroupId;
import id.kube.core.group.GroupService;
import id.kube.core.group.GroupSizePolicy;
import id.kube.core.group.GroupStage;
import id.kube.core.indicator.AsOf;
import id.kube.core.indicator.GroupPeriodSnapshot;
import id.kube.core.indicator.IndicatorFixtures;
import id.kube.core.indicator.Period;
import id.kube.testing.TestDatabase;

@TestDatabase
class HealthAssessmentsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-10T02:00:00Z"), ZoneOffset.UTC);
    private static final Actor SYSTEM = new Actor("penilai-otomatis");

    @Test
    void aScoreIsStoredWithItsConfigVersionAndAStageChangeGoesIntoTheGroupsHistory(DSLContext dsl) {
        GroupId g = IndicatorFixtures.activeGroup(dsl, java.util.UUID.randomUUID(), "51.04.01.2001",
                LocalDate.of(2023, 1, 10));
        GroupService groups = new GroupService(dsl, CLOCK, GroupSizePolicy.DEFAULT);
        HealthAssessments assessments = new HealthAssessments(dsl, groups, CLOCK);
        Period q2 = Period.quarter(2025, 2);
        var snapshot = new GroupPeriodSnapshot(g, q2, new AsOf(LocalDate.of(2025, 7, 5)), "51.04.01.2001", 10, 8,
                HealthScorerTest.healthyGroup());

        var result = assessments.assess(HealthScoreConfigs.V2026_1, snapshot,
                new StageChecklist(30, 12, 4, 0, 1, true), SYSTEM);

        assertThat(result.stage().stage()).isEqualTo(GroupStage.BERKEMBANG);
        assertThat(result.stageChanged()).isTrue();
        var row = dsl.selectFrom(GROUP_HEALTH_SCORE).where(GROUP_HEALTH_SCORE.GROUP_ID.eq(g.value())).fetchSingle();
        assertThat(row.getConfigVersion()).isEqualTo("2026.1");
        assertThat(row.getScore()).isEqualByComparingTo("100.0");
        assertThat(row.getGrade()).isEqualTo("A");
        assertThat(row.getStage()).isEqualTo("BERKEMBANG");
        assertThat(row.getHeldBack()).contains("MAJU/IKS_PAID_OUT");
        assertThat(row.getContributions()).contains("Portofolio berisiko > 30 hari 0.050000 → 10.00 dari 10 poin");
        assertThat(groups.require(g).stage()).isEqualTo(GroupStage.BERKEMBANG);
        assertThat(groups.stageHistory(g)).last().satisfies(c -> {
            assertThat(c.effectiveOn()).isEqualTo(LocalDate.of(2025, 6, 30));
            assertThat(c.reason()).contains("konfigurasi 2026.1").contains("tertahan");
        });

        // the same assessment again: stored once more (same key), no new stage change
        var again = assessments.assess(HealthScoreConfigs.V2026_1, snapshot,
                new StageChecklist(30, 12, 4, 0, 1, true), SYSTEM);
        assertThat(again.stageChanged()).isFalse();
        assertThat(dsl.fetchCount(GROUP_HEALTH_SCORE)).isEqualTo(1);
    }

    @Test
    void aConfigVersionCannotBeReusedForOtherRules(DSLContext dsl) {
        GroupService groups = new GroupService(dsl, CLOCK, GroupSizePolicy.DEFAULT);
        HealthAssessments assessments = new HealthAssessments(dsl, groups, CLOCK);
        assessments.recordConfig(HealthScoreConfigs.V2026_1, SYSTEM);
        HealthScoreConfig changed = HealthScoreConfig.parse(HealthScoreConfigs.V2026_1.toText()
                .replace("stage.maju.min_score=75", "stage.maju.min_score=80"));
        assertThatThrownBy(() -> assessments.recordConfig(changed, SYSTEM))
                .isInstanceOf(HealthException.class).hasMessageContaining("sudah dipakai untuk aturan lain");
    }
}
