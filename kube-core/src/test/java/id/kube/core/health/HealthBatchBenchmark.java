package id.kube.core.health;

import static id.kube.core.persistence.jooq.Tables.MEETING;
import static id.kube.core.persistence.jooq.Tables.MEETING_ATTENDANCE;
import static id.kube.core.persistence.jooq.Tables.MEETING_SCHEDULE;
import static id.kube.core.persistence.jooq.Tables.MEMBER;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import id.kube.core.audit.Actor;
import id.kube.core.group.GroupId;
import id.kube.core.indicator.AsOf;
import id.kube.core.indicator.IndicatorFixtures;
import id.kube.core.indicator.Period;
import id.kube.testing.TestDatabase;

/**
 * Benchmark, not part of {@code verify} (the class name matches no surefire pattern). Run with
 * <pre>
 * KUBE_TEST_DB_URL='jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres' ./mvnw -q -pl kube-core test \
 *   -Dtest=HealthBatchBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dkube.bench.groups=500]
 * </pre>
 * Loads groups of ten members with a meeting schedule and a year of monthly meetings (everyone present), then
 * times the batch for one month as of a date (thirteen snapshots, checklist, score and stage per group; books as
 * in {@link HealthBatchTest}) beside a raw-SQL floor from the same run: one aggregate query that counts each
 * group's meetings and attendances of the twelve months (the cheapest thing any batch must at least read).
 */
@TestDatabase
class HealthBatchBenchmark {

    private static final int GROUPS = Integer.getInteger("kube.bench.groups", 500);
    private static final String VILLAGE = "51.04.01.2001";

    @Test
    void batchVersusRawAggregate(DSLContext dsl) throws Exception {
        long t0 = System.nanoTime();
        OffsetDateTime at = OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        for (int g = 0; g < GROUPS; g++) {
            GroupId group = IndicatorFixtures.activeGroup(dsl, UUID.randomUUID(), VILLAGE, LocalDate.of(2023, 1, 10));
            List<UUID> members = new ArrayList<>();
            for (int m = 0; m < 10; m++) {
                members.add(IndicatorFixtures.member(dsl, group, VILLAGE, LocalDate.of(2023, 1, 10), null));
            }
            List<Query> batch = new ArrayList<>();
            batch.add(dsl.insertInto(MEETING_SCHEDULE).set(MEETING_SCHEDULE.GROUP_ID, group.value())
                    .set(MEETING_SCHEDULE.EFFECTIVE_FROM, LocalDate.of(2024, 1, 1))
                    .set(MEETING_SCHEDULE.MEETINGS_PER_MONTH, (short) 1)
                    .set(MEETING_SCHEDULE.RECORDED_AT, at).set(MEETING_SCHEDULE.RECORDED_BY, "bench"));
            for (int month = 0; month < 12; month++) {
                UUID id = UUID.randomUUID();
                LocalDate on = LocalDate.of(2024, 7, 10).plusMonths(month);
                batch.add(dsl.insertInto(MEETING).set(MEETING.ID, id).set(MEETING.GROUP_ID, group.value())
                        .set(MEETING.HELD_ON, on).set(MEETING.MEETING_TYPE, "ROUTINE")
                        .set(MEETING.RECORDED_AT, on.atStartOfDay().atOffset(ZoneOffset.UTC))
                        .set(MEETING.RECORDED_BY, "bench"));
                for (UUID m : members) {
                    batch.add(dsl.insertInto(MEETING_ATTENDANCE).set(MEETING_ATTENDANCE.MEETING_ID, id)
                            .set(MEETING_ATTENDANCE.MEMBER_ID, m).set(MEETING_ATTENDANCE.ATTENDANCE, "PRESENT"));
                }
            }
            dsl.batch(batch).execute();
        }
        dsl.query("analyze").execute();
        System.out.printf(Locale.ROOT, "loaded %,d groups (10 members, 12 meetings each) in %.1f s%n", GROUPS,
                secs(t0));

        for (int round = 1; round <= 2; round++) {
            long r0 = System.nanoTime();
            int rows = dsl.select(MEETING.GROUP_ID, DSL.countDistinct(MEETING.ID), DSL.count(MEETING_ATTENDANCE.MEMBER_ID),
                            DSL.countDistinct(MEMBER.ID))
                    .from(MEETING).join(MEETING_ATTENDANCE).on(MEETING_ATTENDANCE.MEETING_ID.eq(MEETING.ID))
                    .join(MEMBER).on(MEMBER.GROUP_ID.eq(MEETING.GROUP_ID))
                    .where(MEETING.HELD_ON.between(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 6, 30)))
                    .groupBy(MEETING.GROUP_ID).fetch().size();
            double raw = secs(r0);
            long b0 = System.nanoTime();
            var s = new HealthBatch(dsl, HealthBatchTestBooks.SOUND, Clock.fixed(Instant.parse("2025-07-10T02:00:00Z"),
                    ZoneOffset.UTC)).run(Period.month(2025, 6), new AsOf(LocalDate.of(2025, 7, 5 + round)),
                    HealthScoreConfigs.CURRENT, Actor.of("bench"), HealthBatch.Progress.NONE);
            double batch = secs(b0);
            System.out.printf(Locale.ROOT, "round %d: raw aggregate %.2f s (%d groups); batch %.1f s (%d assessed,"
                            + " %d failed, %.1f ms/group, %.1f groups/s); ratio %.0f×%n", round, raw, rows, batch,
                    s.assessed(), s.failed(), 1000 * batch / GROUPS, GROUPS / batch, batch / raw);
        }
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
