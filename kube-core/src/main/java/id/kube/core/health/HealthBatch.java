package id.kube.core.health;

import static id.kube.core.persistence.jooq.Tables.GROUP_PERIOD_INDICATOR;
import static id.kube.core.persistence.jooq.Tables.HEALTH_BATCH_RUN;
import static id.kube.core.persistence.jooq.Tables.KUBE_GROUP;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jooq.DSLContext;

import id.kube.core.audit.Actor;
import id.kube.core.group.GroupId;
import id.kube.core.group.GroupService;
import id.kube.core.group.GroupSizePolicy;
import id.kube.core.group.GroupStage;
import id.kube.core.group.GroupStatus;
import id.kube.core.indicator.AsOf;
import id.kube.core.indicator.BooksFigures;
import id.kube.core.indicator.GroupPeriodSnapshot;
import id.kube.core.indicator.IndicatorComputation;
import id.kube.core.indicator.IndicatorSnapshots;
import id.kube.core.indicator.Period;

/**
 * The batch job: for every group formed by the period's cut-off, computes the indicators of the period as of a
 * date and stores the snapshot; for active groups also the monthly snapshots of the twelve trailing months that
 * are not yet stored as of the date (the stage checklist pools them; a later run reuses them, so a monthly run
 * computes about one snapshot per group; {@code refreshTrailing} recomputes them as of the date, e.g. after late
 * entries), the health score and the stage, stored with the configuration version;
 * a change of stage goes into the group's stage history. Each group runs in its own transaction: one failing
 * group is reported and the others go on. Every run is recorded in {@code kube.health_batch_run} (who, when,
 * period, as-of, configuration version, counts, failures). Running it again for the same period and as-of date
 * replaces the stored rows (same knowledge state) and leaves the stage unchanged.
 */
public final class HealthBatch {

    /** Called after each group: groups done so far and the total. */
    @FunctionalInterface
    public interface Progress {
        void groupsDone(int done, int total);

        Progress NONE = (done, total) -> {
        };
    }

    /** What a run did. */
    public record Summary(long runId, Period period, AsOf asOf, String configVersion, int groups, int assessed,
                          int failed, int stageChanges, Map<GroupStage, Integer> byStage,
                          Map<Grade, Integer> byGrade, int withoutScore, List<String> failures) {
        public Summary {
            byStage = Map.copyOf(byStage);
            byGrade = Map.copyOf(byGrade);
            failures = List.copyOf(failures);
        }
    }

    private final DSLContext dsl;
    private final BooksFigures books;
    private final Clock clock;

    public HealthBatch(DSLContext dsl, BooksFigures books, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.books = Objects.requireNonNull(books, "books");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Runs the batch; trailing months already stored as of the date are reused (see the class comment). */
    public Summary run(Period period, AsOf asOf, HealthScoreConfig config, Actor actor, Progress progress) {
        return run(period, asOf, config, actor, false, progress);
    }

    /**
     * @param refreshTrailing recompute the twelve trailing monthly snapshots as of this date even when a snapshot of
     *                        that month is already stored (e.g. after late entries for past months)
     */
    public Summary run(Period period, AsOf asOf, HealthScoreConfig config, Actor actor, boolean refreshTrailing,
                       Progress progress) {
        if (asOf.before(period)) {
            throw new HealthException(HealthException.Reason.INVALID_CONFIG,
                    "Periode " + period + " belum dimulai pada tanggal acuan " + asOf.date());
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.ofHours(7));
        if (asOf.date().isAfter(today)) {
            throw new HealthException(HealthException.Reason.INVALID_CONFIG,
                    "Tanggal acuan " + asOf.date() + " belum terjadi");
        }
        new HealthAssessments(dsl, new GroupService(dsl, clock, GroupSizePolicy.DEFAULT), clock)
                .recordConfig(config, actor);
        long runId = dsl.insertInto(HEALTH_BATCH_RUN)
                .set(HEALTH_BATCH_RUN.PERIOD_TYPE, period.type().name())
                .set(HEALTH_BATCH_RUN.PERIOD_START, period.start())
                .set(HEALTH_BATCH_RUN.AS_OF, asOf.date())
                .set(HEALTH_BATCH_RUN.CONFIG_VERSION, config.version())
                .set(HEALTH_BATCH_RUN.STARTED_AT, now())
                .set(HEALTH_BATCH_RUN.STARTED_BY, actor.name())
                .set(HEALTH_BATCH_RUN.STATUS, "RUNNING")
                .returning(HEALTH_BATCH_RUN.ID).fetchSingle().getId();

        LocalDate cut = asOf.cutOff(period);
        OffsetDateTime known = asOf.date().plusDays(1).atStartOfDay().atOffset(ZoneOffset.ofHours(7));
        var groups = dsl.select(KUBE_GROUP.ID, KUBE_GROUP.STATUS, KUBE_GROUP.FORMED_ON).from(KUBE_GROUP)
                .where(KUBE_GROUP.FORMED_ON.le(cut), KUBE_GROUP.CREATED_AT.lt(known))
                .orderBy(KUBE_GROUP.ID).fetch();
        int assessed = 0;
        int changes = 0;
        int withoutScore = 0;
        Map<GroupStage, Integer> byStage = new EnumMap<>(GroupStage.class);
        Map<Grade, Integer> byGrade = new EnumMap<>(Grade.class);
        List<String> failures = new ArrayList<>();
        int done = 0;
        for (var g : groups) {
            GroupId group = new GroupId(g.value1());
            boolean active = GroupStatus.ACTIVE.name().equals(g.value2());
            try {
                HealthAssessments.Assessment a = dsl.transactionResult(cfg -> one(cfg.dsl(), group, g.value3(),
                        active, period, asOf, config, actor, refreshTrailing));
                if (a != null) {
                    assessed++;
                    changes += a.stageChanged() ? 1 : 0;
                    byStage.merge(a.stage().stage(), 1, Integer::sum);
                    if (a.score().grade() == null) {
                        withoutScore++;
                    } else {
                        byGrade.merge(a.score().grade(), 1, Integer::sum);
                    }
                }
            } catch (RuntimeException e) {
                failures.add(group.value() + ": " + (e instanceof id.kube.core.rule.RuleViolation ? e.getMessage()
                        : e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
            progress.groupsDone(++done, groups.size());
        }
        dsl.update(HEALTH_BATCH_RUN)
                .set(HEALTH_BATCH_RUN.FINISHED_AT, now())
                .set(HEALTH_BATCH_RUN.STATUS, failures.isEmpty() ? "DONE" : "FAILED")
                .set(HEALTH_BATCH_RUN.GROUPS_TOTAL, groups.size())
                .set(HEALTH_BATCH_RUN.GROUPS_SCORED, assessed)
                .set(HEALTH_BATCH_RUN.GROUPS_FAILED, failures.size())
                .set(HEALTH_BATCH_RUN.STAGE_CHANGES, changes)
                .set(HEALTH_BATCH_RUN.FAILURES, String.join("\n", failures))
                .where(HEALTH_BATCH_RUN.ID.eq(runId)).execute();
        return new Summary(runId, period, asOf, config.version(), groups.size(), assessed, failures.size(), changes,
                byStage, byGrade, withoutScore, failures);
    }

    private HealthAssessments.@org.jspecify.annotations.Nullable Assessment one(DSLContext tx, GroupId group,
            LocalDate formed, boolean active, Period period, AsOf asOf, HealthScoreConfig config, Actor actor,
            boolean refreshTrailing) {
        IndicatorComputation computation = new IndicatorComputation(tx, books);
        IndicatorSnapshots snapshots = new IndicatorSnapshots(tx);
        GroupPeriodSnapshot current = computation.compute(group, period, asOf);
        snapshots.save(current);
        if (!active) {
            return null;
        }
        for (Period month : StageChecklists.trailingMonths(period, asOf)) {
            if (month.equals(period) || month.end().isBefore(formed) || storedAt(tx, group, month, asOf, refreshTrailing)) {
                continue;
            }
            snapshots.save(computation.compute(group, month, asOf));
        }
        StageChecklist checklist = new StageChecklists(tx).build(group, current, books.figures(group, period, asOf));
        return new HealthAssessments(tx, new GroupService(tx, clock, GroupSizePolicy.DEFAULT), clock)
                .assess(config, current, checklist, actor);
    }

    /** A snapshot of the month exists as of the date (exactly at the date when refreshing). */
    private static boolean storedAt(DSLContext tx, GroupId group, Period month, AsOf asOf, boolean refresh) {
        var t = GROUP_PERIOD_INDICATOR;
        return tx.fetchExists(t, t.GROUP_ID.eq(group.value()), t.PERIOD_TYPE.eq(month.type().name()),
                t.PERIOD_START.eq(month.start()), refresh ? t.AS_OF.eq(asOf.date()) : t.AS_OF.le(asOf.date()));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

}
