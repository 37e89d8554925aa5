package id.kube.admin.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import id.kube.admin.security.GroupAccessDeniedException;
import id.kube.admin.security.KubeUser;
import id.kube.admin.support.AdminApplicationTest;
import id.kube.admin.support.TestUsers;
import id.kube.admin.support.TwoFacilitatedGroups;
import id.kube.core.KubeCore;
import id.kube.core.audit.Actor;
import id.kube.core.group.GroupId;
import id.kube.core.group.GroupStage;
import id.kube.core.health.Contribution;
import id.kube.core.health.HealthAssessments;
import id.kube.core.health.HealthScoreConfigs;
import id.kube.core.health.StageAssessment.Condition;
import id.kube.core.health.StageChecklist;
import id.kube.core.indicator.AsOf;
import id.kube.core.indicator.GroupPeriodSnapshot;
import id.kube.core.indicator.IndicatorDefinition;
import id.kube.core.indicator.IndicatorSnapshots;
import id.kube.core.indicator.IndicatorValue;
import id.kube.core.indicator.Indicators;
import id.kube.core.indicator.Period;
import id.kube.core.indicator.PeriodType;
import id.kube.testing.KubeFixtures;

/**
 * The indicators &amp; health tab's reader against a stored monthly assessment: score, grade and configuration
 * version, every contribution with its points (a missing indicator not scored, never zero), the stage gates passed
 * and failed with their reasons, the trend and the history; and nobody outside the group's scope reads any of it.
 */
public class HealthReaderTest extends AdminApplicationTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    KubeCore core;
    @Autowired
    Clock clock;
    @Autowired
    HealthReader reader;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A month's indicators: every health input measured except member retention and IKS mutual aid. */
    static Map<IndicatorDefinition, IndicatorValue> lastMonthsValues() {
        Map<IndicatorDefinition, IndicatorValue> v = new HashMap<>();
        v.put(Indicators.MEETING_REGULARITY, measured("1"));
        v.put(Indicators.ATTENDANCE, measured("0.7"));
        v.put(Indicators.CONTRIBUTION_COMPLIANCE, measured("0.95"));
        v.put(Indicators.IKS_PARTICIPATION, measured("0.95"));
        v.put(Indicators.PAR30, measured("0.05"));
        v.put(Indicators.REPAYMENT_RATE, measured("0.95"));
        v.put(Indicators.ACTIVE_MONTHS, measured("0.9"));
        v.put(Indicators.PROFIT_MARGIN, measured("0.2"));
        v.put(Indicators.CAPITAL_MULTIPLE, measured("1.5"));
        v.put(Indicators.BOOKS_ON_TIME, measured("1"));
        v.put(Indicators.CASH_COUNT_AGREEMENT, measured("1"));
        return v;
    }

    private static IndicatorValue measured(String value) {
        return IndicatorValue.Measured.of(new BigDecimal(value), 10);
    }

    /** Stores last month's snapshot and its assessment for the group, as the monthly batch does. */
    public static Period assessLastMonth(DSLContext dsl, KubeCore core, Clock clock, GroupId group) {
        LocalDate today = LocalDate.now(clock);
        Period lastMonth = Period.containing(PeriodType.MONTH, today).previous();
        GroupPeriodSnapshot snapshot = new GroupPeriodSnapshot(group, lastMonth, new AsOf(today), "51.04.05.2002", 10,
                0, lastMonthsValues());
        new IndicatorSnapshots(dsl).save(snapshot);
        new HealthAssessments(dsl, core.groups(), clock).assess(HealthScoreConfigs.CURRENT, snapshot,
                new StageChecklist(22, 10, 1, 0, 0, null, new BigDecimal("0.9"), new BigDecimal("0.95")),
                Actor.of("penilai-otomatis"));
        return lastMonth;
    }

    @Test
    void theLatestScoreWithEachContributionTheGatesAndMissingDataShownAsMissing() {
        TwoFacilitatedGroups g = TwoFacilitatedGroups.create(KubeFixtures.core(dsl), "Sehat");
        Period lastMonth = assessLastMonth(dsl, core, clock, g.group());

        TestUsers.signIn(g.facilitator());
        HealthReader.Assessment a = reader.latest(g.group()).orElseThrow();
        assertThat(a.status().period()).isEqualTo(lastMonth);
        assertThat(a.status().configVersion()).isEqualTo(HealthScoreConfigs.CURRENT.version());
        // 85 of the 90 points with data (attendance 0.7 earns half its 10), retention and mutual aid left out
        assertThat(a.status().score()).isEqualByComparingTo("94.4");
        assertThat(a.status().grade()).hasToString("A");
        assertThat(a.status().stage()).isEqualTo(GroupStage.BERKEMBANG);

        assertThat(a.contributions()).hasSize(HealthScoreConfigs.CURRENT.items().size());
        Contribution attendance = a.contributions().stream()
                .filter(c -> c.item().indicator().equals(Indicators.ATTENDANCE)).findFirst().orElseThrow();
        assertThat(attendance.points()).isEqualByComparingTo("5");
        assertThat(attendance.item().maxPoints()).isEqualByComparingTo("10");
        assertThat(attendance.item().scale().zeroAt()).isEqualByComparingTo("0.5");
        Contribution retention = a.contributions().stream()
                .filter(c -> c.item().indicator().equals(Indicators.MEMBER_RETENTION)).findFirst().orElseThrow();
        assertThat(retention.scored()).isFalse();
        assertThat(retention.value()).isInstanceOf(IndicatorValue.Missing.class);

        assertThat(a.gates()).filteredOn(gate -> gate.target() == GroupStage.BERKEMBANG)
                .allMatch(HealthReader.Gate::passed);
        assertThat(a.gates()).filteredOn(gate -> !gate.passed()).extracting(HealthReader.Gate::condition)
                .containsExactlyInAnyOrder(Condition.MONTHS_ACTIVE, Condition.IKS_PAID_OUT, Condition.PARTNERSHIPS,
                        Condition.CAPITAL_GROWING);
        assertThat(a.gates()).filteredOn(gate -> gate.condition() == Condition.IKS_PAID_OUT).singleElement()
                .satisfies(gate -> assertThat(gate.reason().text(java.util.Locale.forLanguageTag("id")))
                        .contains("penyaluran IKS").contains("maju"));

        assertThat(reader.trend(g.group())).singleElement().satisfies(p -> {
            assertThat(p.period()).isEqualTo(lastMonth);
            assertThat(p.score()).isEqualByComparingTo("94.4");
        });
        assertThat(reader.stageHistory(g.group())).last()
                .satisfies(change -> assertThat(change.stage()).isEqualTo(GroupStage.BERKEMBANG));
        List<GroupPeriodSnapshot> values = reader.latestSnapshots(g.group(), 3);
        assertThat(values).singleElement().satisfies(s -> {
            assertThat(s.value(Indicators.MEMBER_RETENTION)).isInstanceOf(IndicatorValue.Missing.class);
            assertThat(s.value(Indicators.PAR30).measured()).hasValueSatisfying(
                    x -> assertThat(x).isEqualByComparingTo("0.05"));
        });
    }

    @Test
    void aGroupNeverAssessedHasNoScoreRatherThanAZero() {
        TwoFacilitatedGroups g = TwoFacilitatedGroups.create(KubeFixtures.core(dsl), "Baru");
        TestUsers.signIn(g.districtOfficer());
        assertThat(reader.latest(g.group())).isEmpty();
        assertThat(reader.trend(g.group())).isEmpty();
        assertThat(reader.latestSnapshots(g.group(), 3)).isEmpty();
    }

    @Test
    void nobodyOutsideTheGroupsScopeReadsItsHealth() {
        TwoFacilitatedGroups g = TwoFacilitatedGroups.create(KubeFixtures.core(dsl), "Tertutup");
        assessLastMonth(dsl, core, clock, g.group());
        for (KubeUser outsider : new KubeUser[] {g.otherFacilitator(), g.otherTreasurer(), g.farOfficer()}) {
            TestUsers.signIn(outsider);
            assertThatThrownBy(() -> reader.latest(g.group())).isInstanceOf(GroupAccessDeniedException.class);
            assertThatThrownBy(() -> reader.trend(g.group())).isInstanceOf(GroupAccessDeniedException.class);
            assertThatThrownBy(() -> reader.stageHistory(g.group())).isInstanceOf(GroupAccessDeniedException.class);
            assertThatThrownBy(() -> reader.latestSnapshots(g.group(), 3))
                    .isInstanceOf(GroupAccessDeniedException.class);
        }
        TestUsers.signIn(g.treasurer());
        assertThat(reader.latest(g.group())).isPresent();
    }
}
