package id.kube.core.health;

import static id.kube.core.persistence.jooq.Tables.GROUP_HEALTH_SCORE;
import static id.kube.core.persistence.jooq.Tables.GROUP_PERIOD_INDICATOR;
import static id.kube.core.persistence.jooq.Tables.HEALTH_BATCH_RUN;
import static id.kube.core.persistence.jooq.Tables.KUBE_GROUP;
import static id.kube.core.persistence.jooq.Tables.MEETING;
import static id.kube.core.persistence.jooq.Tables.MEETING_ATTENDANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import id.kube.core.audit.Actor;
import id.kube.core.event.GroupEvents;
import id.kube.core.event.PartnerType;
import id.kube.core.event.Partnership;
import id.kube.core.group.GroupId;
import id.kube.core.group.GroupService;
import id.kube.core.group.GroupSizePolicy;
import id.kube.core.group.GroupStage;
import id.kube.core.indicator.AsOf;
import id.kube.core.indicator.BooksFigure;
import id.kube.core.indicator.BooksFigures;
import id.kube.core.indicator.BooksPeriodFigures;
import id.kube.core.indicator.IndicatorFixtures;
import id.kube.core.indicator.Period;
import id.kube.core.indicator.PeriodType;
import id.kube.core.meeting.MeetingSchedules;
import id.kube.testing.TestDatabase;

@TestDatabase
class HealthBatchTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-10T02:00:00Z"), ZoneOffset.UTC);
    private static final Clock EARLY = Clock.fixed(Instant.parse("2024-06-01T02:00:00Z"), ZoneOffset.UTC);
    private static final Actor JOB = Actor.of("penilai-otomatis");
    private static final String VILLAGE = "51.04.01.2001";
    private static final Period JUNE = Period.month(2025, 6);
    private static final AsOf AS_OF = new AsOf(LocalDate.of(2025, 7, 5));

    /** Books of a sound group: growing capital, loans repaid, IKS paid out, every month closed on time. */
    static final BooksFigures SOUND_BOOKS = (group, period, asOf) -> BooksPeriodFigures.builder(group, period, asOf)
            .known(BooksFigure.EQUITY_END, 30_000_000).known(BooksFigure.EQUITY_YEAR_EARLIER, 25_000_000)
            .known(BooksFigure.STIMULUS_RECEIVED, 20_000_000).known(BooksFigure.OWN_CAPITAL_END, 10_000_000)
            .known(BooksFigure.REVENUE_PERIOD, 5_000_000).known(BooksFigure.EXPENSES_PERIOD, 4_000_000)
            .known(BooksFigure.MONTHS_WITH_REVENUE_SINCE_GRANT, 28).known(BooksFigure.MONTHS_SINCE_GRANT, 29)
            .known(BooksFigure.LOANS_OUTSTANDING_END, 10_000_000).known(BooksFigure.LOANS_OVER_30_DAYS_END, 0)
            .known(BooksFigure.INSTALLMENTS_DUE_PERIOD, 1_000_000).known(BooksFigure.INSTALLMENTS_REPAID_PERIOD, 1_000_000)
            .known(BooksFigure.IKS_COLLECTED_SINCE_GRANT, 2_000_000).known(BooksFigure.IKS_PAID_OUT_SINCE_GRANT, 1_000_000)
            .known(BooksFigure.IKS_DISBURSEMENTS_SINCE_GRANT, 3).known(BooksFigure.IKS_BALANCE_END, 1_000_000)
            .known(BooksFigure.EMERGENCY_FUND_END, 500_000).known(BooksFigure.MEMBERS_WHO_PAID_IKS_PERIOD, 10)
            .known(BooksFigure.CONTRIBUTIONS_DUE_PERIOD, 500_000).known(BooksFigure.CONTRIBUTIONS_PAID_PERIOD, 500_000)
            .known(BooksFigure.MONTHS_CLOSED_ON_TIME_PERIOD, period.type().months())
            .known(BooksFigure.CASH_COUNTS_PERIOD, 1).known(BooksFigure.CASH_COUNTS_AGREEING_PERIOD, 1)
            .build();

    private static GroupId groupOfTen(DSLContext dsl, List<UUID> members) {
        GroupId g = IndicatorFixtures.activeGroup(dsl, UUID.randomUUID(), VILLAGE, LocalDate.of(2023, 1, 10));
        for (int i = 0; i < 10; i++) {
            members.add(IndicatorFixtures.member(dsl, g, VILLAGE, LocalDate.of(2023, 1, 10), null));
        }
        return g;
    }

    /** Two meetings a month scheduled and held, everyone present, for the twelve months to June 2025. */
    private static void regularMeetings(DSLContext dsl, GroupId g, List<UUID> members) {
        new MeetingSchedules(dsl, EARLY).schedule(JOB, g, LocalDate.of(2024, 1, 1), 2);
        for (LocalDate month = LocalDate.of(2024, 7, 1); month.isBefore(LocalDate.of(2025, 7, 1)); month = month.plusMonths(1)) {
            for (int day : new int[]{5, 20}) {
                UUID id = UUID.randomUUID();
                LocalDate on = month.withDayOfMonth(day);
                dsl.insertInto(MEETING).set(MEETING.ID, id).set(MEETING.GROUP_ID, g.value()).set(MEETING.HELD_ON, on)
                        .set(MEETING.MEETING_TYPE, "ROUTINE").set(MEETING.RECORDED_AT, on.atTime(18, 0).atOffset(ZoneOffset.UTC))
                        .set(MEETING.RECORDED_BY, "bendahara").execute();
                for (UUID m : members) {
                    dsl.insertInto(MEETING_ATTENDANCE).set(MEETING_ATTENDANCE.MEETING_ID, id)
                            .set(MEETING_ATTENDANCE.MEMBER_ID, m).set(MEETING_ATTENDANCE.ATTENDANCE, "PRESENT").execute();
                }
            }
        }
    }

    @Test
    void theBatchScoresEveryActiveGroupDecidesTheStageByTheChecklistAndExplainsItInTwoLanguages(DSLContext dsl) {
        List<UUID> soundMembers = new ArrayList<>();
        GroupId sound = groupOfTen(dsl, soundMembers);
        regularMeetings(dsl, sound, soundMembers);
        new GroupEvents(dsl, EARLY).startPartnership(JOB, new Partnership(sound, PartnerType.BUYER, "Toko Ubud",
                LocalDate.of(2024, 5, 1), "Membeli keripik tiap bulan"));
        GroupId noMeetings = groupOfTen(dsl, new ArrayList<>());
        GroupId dissolved = groupOfTen(dsl, new ArrayList<>());
        dsl.update(KUBE_GROUP).set(KUBE_GROUP.STATUS, "DISSOLVED").where(KUBE_GROUP.ID.eq(dissolved.value())).execute();

        HealthBatch batch = new HealthBatch(dsl, SOUND_BOOKS, CLOCK);
        List<Integer> progress = new ArrayList<>();
        HealthBatch.Summary s = batch.run(JUNE, AS_OF, HealthScoreConfigs.V2026_2, JOB, (done, total) -> progress.add(done));

        int groupsInDatabase = dsl.fetchCount(KUBE_GROUP); // other tests of this class share the database
        int dissolvedGroups = dsl.fetchCount(KUBE_GROUP, KUBE_GROUP.STATUS.eq("DISSOLVED"));
        assertThat(s.groups()).isEqualTo(groupsInDatabase);
        assertThat(s.assessed()).isEqualTo(groupsInDatabase - dissolvedGroups);
        assertThat(s.failed()).isZero();
        assertThat(s.stageChanges()).isPositive();
        assertThat(progress).hasSize(groupsInDatabase).last().isEqualTo(groupsInDatabase);
        var run = dsl.selectFrom(HEALTH_BATCH_RUN).where(HEALTH_BATCH_RUN.ID.eq(s.runId())).fetchSingle();
        assertThat(run.getStatus()).isEqualTo("DONE");
        assertThat(run.getConfigVersion()).isEqualTo("2026.2");
        assertThat(run.getStartedBy()).isEqualTo("penilai-otomatis");

        // the sound group passes every gate: maju, with the change in its stage history
        GroupService groups = new GroupService(dsl, CLOCK, GroupSizePolicy.DEFAULT);
        assertThat(groups.require(sound).stage()).isEqualTo(GroupStage.MAJU);
        assertThat(groups.stageHistory(sound)).last().satisfies(c -> {
            assertThat(c.stage()).isEqualTo(GroupStage.MAJU);
            assertThat(c.effectiveOn()).isEqualTo(LocalDate.of(2025, 6, 30));
            assertThat(c.reason()).contains("konfigurasi 2026.2");
        });
        assertThat(dsl.fetchCount(GROUP_PERIOD_INDICATOR, GROUP_PERIOD_INDICATOR.GROUP_ID.eq(sound.value()),
                GROUP_PERIOD_INDICATOR.PERIOD_TYPE.eq("MONTH"), GROUP_PERIOD_INDICATOR.AS_OF.eq(AS_OF.date())))
                .as("the period and the eleven months before it").isEqualTo(12);
        HealthStatuses statuses = new HealthStatuses(dsl);
        GroupHealthStatus soundStatus = statuses.latest(sound, PeriodType.MONTH, AS_OF.date()).orElseThrow();
        assertThat(soundStatus.stage()).isEqualTo(GroupStage.MAJU);
        assertThat(soundStatus.configVersion()).isEqualTo("2026.2");
        assertThat(soundStatus.grade()).isEqualTo(Grade.A);
        assertThat(soundStatus.reasons()).isEmpty();

        // without meetings on record the group is held back from berkembang, said in both languages
        GroupHealthStatus held = statuses.latest(noMeetings, PeriodType.MONTH, AS_OF.date()).orElseThrow();
        assertThat(held.stage()).isEqualTo(GroupStage.TUMBUH);
        assertThat(groups.require(noMeetings).stage()).isEqualTo(GroupStage.TUMBUH);
        assertThat(held.texts(Locale.forLanguageTag("id"))).contains(
                "Data pertemuan terlaksana dari jadwal (6 bulan terakhir) belum ada (syarat tahap berkembang: minimal 75%)");
        assertThat(held.texts(Locale.ENGLISH)).contains(
                "No data yet: meetings held of those scheduled (last 6 months) (stage berkembang (developing) needs at least 75%)");
        assertThat(held.heldBack()).extracting(HealthReason::target).contains(GroupStage.BERKEMBANG, GroupStage.MAJU);

        // the dissolved group keeps its indicators but gets no score or stage
        assertThat(dsl.fetchCount(GROUP_PERIOD_INDICATOR, GROUP_PERIOD_INDICATOR.GROUP_ID.eq(dissolved.value()))).isEqualTo(1);
        assertThat(statuses.latest(dissolved, PeriodType.MONTH, AS_OF.date())).isEmpty();

        // as known the day before the run's as-of date there was no assessment yet
        assertThat(statuses.latest(sound, PeriodType.MONTH, AS_OF.date().minusDays(1))).isEmpty();

        // a second run of the same period and date replaces the rows and changes no stage
        HealthBatch.Summary again = batch.run(JUNE, AS_OF, HealthScoreConfigs.V2026_2, JOB, HealthBatch.Progress.NONE);
        assertThat(again.stageChanges()).isZero();
        assertThat(dsl.fetchCount(GROUP_HEALTH_SCORE, GROUP_HEALTH_SCORE.GROUP_ID.eq(sound.value()))).isEqualTo(1);
        assertThat(groups.stageHistory(sound)).filteredOn(c -> c.stage() == GroupStage.MAJU).hasSize(1);
    }

    @Test
    void withoutRepaymentsTheGroupStaysTumbuhUnderTheNewGateButNotUnderTheOldOne(DSLContext dsl) {
        List<UUID> members = new ArrayList<>();
        GroupId g = groupOfTen(dsl, members);
        regularMeetings(dsl, g, members);
        BooksFigures unpaid = (group, period, asOf) -> {
            var f = SOUND_BOOKS.figures(group, period, asOf);
            var b = BooksPeriodFigures.builder(group, period, asOf);
            f.known().forEach(b::known);
            return b.known(BooksFigure.INSTALLMENTS_REPAID_PERIOD, 600_000).build();
        };
        new HealthBatch(dsl, unpaid, CLOCK).run(JUNE, AS_OF, HealthScoreConfigs.V2026_2, JOB, HealthBatch.Progress.NONE);
        GroupHealthStatus status = new HealthStatuses(dsl).forPeriod(g, JUNE, AS_OF.date()).orElseThrow();
        assertThat(status.stage()).isEqualTo(GroupStage.TUMBUH);
        assertThat(status.texts(Locale.forLanguageTag("id"))).contains(
                "Baru 60% angsuran jatuh tempo terbayar (6 bulan terakhir); tahap berkembang memerlukan minimal 90%");

        // the old configuration has no repayment gate: the same data give berkembang, recorded under 2026.1
        AsOf later = new AsOf(LocalDate.of(2025, 7, 6));
        new HealthBatch(dsl, unpaid, CLOCK).run(JUNE, later, HealthScoreConfigs.V2026_1, JOB, HealthBatch.Progress.NONE);
        GroupHealthStatus old = new HealthStatuses(dsl).forPeriod(g, JUNE, later.date()).orElseThrow();
        assertThat(old.configVersion()).isEqualTo("2026.1");
        assertThat(old.stage()).isNotEqualTo(GroupStage.TUMBUH);
    }

    @Test
    void aFailingGroupIsListedRolledBackAndTheOthersGoOn(DSLContext dsl) {
        GroupId broken = groupOfTen(dsl, new ArrayList<>());
        GroupId fine = groupOfTen(dsl, new ArrayList<>());
        BooksFigures flaky = (group, period, asOf) -> {
            if (group.equals(broken)) {
                throw new IllegalStateException("buku tidak dapat dibaca");
            }
            return SOUND_BOOKS.figures(group, period, asOf);
        };
        AsOf asOf = new AsOf(LocalDate.of(2025, 7, 7));
        HealthBatch.Summary s = new HealthBatch(dsl, flaky, CLOCK).run(JUNE, asOf, HealthScoreConfigs.V2026_2, JOB,
                HealthBatch.Progress.NONE);

        assertThat(s.failures()).singleElement().asString().contains(broken.value().toString())
                .contains("buku tidak dapat dibaca");
        assertThat(dsl.selectFrom(HEALTH_BATCH_RUN).where(HEALTH_BATCH_RUN.ID.eq(s.runId())).fetchSingle().getStatus())
                .isEqualTo("FAILED");
        assertThat(dsl.fetchCount(GROUP_PERIOD_INDICATOR, GROUP_PERIOD_INDICATOR.GROUP_ID.eq(broken.value()),
                GROUP_PERIOD_INDICATOR.AS_OF.eq(asOf.date()))).as("rolled back").isZero();
        assertThat(new HealthStatuses(dsl).forPeriod(fine, JUNE, asOf.date())).isPresent();
    }

    @Test
    void aLaterRunReusesTheTrailingMonthsUnlessAskedToRefreshThem(DSLContext dsl) {
        List<UUID> members = new ArrayList<>();
        GroupId g = groupOfTen(dsl, members);
        regularMeetings(dsl, g, members);
        HealthBatch batch = new HealthBatch(dsl, SOUND_BOOKS, CLOCK);
        java.util.function.IntSupplier monthly = () -> dsl.fetchCount(GROUP_PERIOD_INDICATOR,
                GROUP_PERIOD_INDICATOR.GROUP_ID.eq(g.value()), GROUP_PERIOD_INDICATOR.PERIOD_TYPE.eq("MONTH"));

        batch.run(JUNE, new AsOf(LocalDate.of(2025, 7, 1)), HealthScoreConfigs.V2026_2, JOB, HealthBatch.Progress.NONE);
        assertThat(monthly.getAsInt()).isEqualTo(12);
        batch.run(JUNE, new AsOf(LocalDate.of(2025, 7, 2)), HealthScoreConfigs.V2026_2, JOB, HealthBatch.Progress.NONE);
        assertThat(monthly.getAsInt()).as("only the period itself again").isEqualTo(13);
        batch.run(JUNE, new AsOf(LocalDate.of(2025, 7, 3)), HealthScoreConfigs.V2026_2, JOB, true,
                HealthBatch.Progress.NONE);
        assertThat(monthly.getAsInt()).as("all twelve as of the new date").isEqualTo(25);
        GroupHealthStatus status = new HealthStatuses(dsl).forPeriod(g, JUNE, LocalDate.of(2025, 7, 3)).orElseThrow();
        assertThat(status.stage()).as("no partnership yet").isEqualTo(GroupStage.BERKEMBANG);
        assertThat(status.texts(Locale.forLanguageTag("id"))).containsExactly(
                "Baru 0 kemitraan aktif; tahap maju memerlukan minimal 1");
    }

    @Test
    void aBatchForADateThatHasNotHappenedIsRefused(DSLContext dsl) {
        assertThatThrownBy(() -> new HealthBatch(dsl, BooksFigures.unavailable(), CLOCK)
                .run(Period.month(2025, 7), new AsOf(LocalDate.of(2025, 7, 31)), HealthScoreConfigs.CURRENT, JOB,
                        HealthBatch.Progress.NONE))
                .isInstanceOf(HealthException.class).hasMessageContaining("belum terjadi");
    }

    @Test
    void reasonsSurviveTheirStoredForm() {
        HealthReason r = HealthReason.heldBack(GroupStage.MAJU, HealthReason.Code.FACT_BELOW,
                StageAssessment.Condition.PARTNERSHIPS.name(), "0", "1");
        assertThat(HealthReason.decode(r.encode())).isEqualTo(r);
        assertThat(r.text(Locale.forLanguageTag("id"))).isEqualTo("Baru 0 kemitraan aktif; tahap maju memerlukan minimal 1");
        assertThat(r.text(Locale.ENGLISH)).isEqualTo("Only 0 active partnerships; stage maju (advanced) needs at least 1");
        assertThat(HealthConfigText.roundTrips(HealthScoreConfigs.V2026_2)).isTrue();
    }
}
