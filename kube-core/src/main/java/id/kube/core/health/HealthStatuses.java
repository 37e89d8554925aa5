package id.kube.core.health;

import static id.kube.core.persistence.jooq.Tables.GROUP_HEALTH_SCORE;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;

import id.kube.core.group.GroupId;
import id.kube.core.group.GroupStage;
import id.kube.core.indicator.Period;
import id.kube.core.indicator.PeriodType;
import id.kube.core.persistence.jooq.tables.records.GroupHealthScoreRecord;

/**
 * Reads stored health assessments for screens: the latest one of a group as known on a date, or the one of a
 * given period, each with the reasons it is flagged or held back ({@link GroupHealthStatus#texts}).
 * "As known on a date" takes the latest computation whose as-of date is not after it.
 */
public final class HealthStatuses {

    private final DSLContext dsl;

    public HealthStatuses(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The assessment of the latest period of this type computed as of {@code asOf} or earlier. */
    public Optional<GroupHealthStatus> latest(GroupId group, PeriodType type, LocalDate asOf) {
        var t = GROUP_HEALTH_SCORE;
        return dsl.selectFrom(t)
                .where(t.GROUP_ID.eq(group.value()), t.PERIOD_TYPE.eq(type.name()), t.AS_OF.le(asOf))
                .orderBy(t.PERIOD_START.desc(), t.AS_OF.desc(), t.COMPUTED_AT.desc()).limit(1)
                .fetchOptional(HealthStatuses::status);
    }

    /** The assessment of one period as known on {@code asOf}. */
    public Optional<GroupHealthStatus> forPeriod(GroupId group, Period period, LocalDate asOf) {
        var t = GROUP_HEALTH_SCORE;
        return dsl.selectFrom(t)
                .where(t.GROUP_ID.eq(group.value()), t.PERIOD_TYPE.eq(period.type().name()),
                        t.PERIOD_START.eq(period.start()), t.AS_OF.le(asOf))
                .orderBy(t.AS_OF.desc(), t.COMPUTED_AT.desc()).limit(1)
                .fetchOptional(HealthStatuses::status);
    }

    /** The assessments of a period for many groups (latest as of the date each), flagged ones first. */
    public List<GroupHealthStatus> forPeriod(List<GroupId> groups, Period period, LocalDate asOf) {
        var t = GROUP_HEALTH_SCORE;
        var ids = groups.stream().map(GroupId::value).toList();
        return dsl.select(t.fields()).distinctOn(t.GROUP_ID).from(t)
                .where(t.GROUP_ID.in(ids), t.PERIOD_TYPE.eq(period.type().name()), t.PERIOD_START.eq(period.start()),
                        t.AS_OF.le(asOf))
                .orderBy(t.GROUP_ID, t.AS_OF.desc(), t.COMPUTED_AT.desc())
                .fetch(r -> status(r.into(t)))
                .stream().sorted(java.util.Comparator.comparing((GroupHealthStatus s) -> !s.flagged())).toList();
    }

    private static GroupHealthStatus status(GroupHealthScoreRecord r) {
        List<HealthReason> reasons = r.getReasonCodes().isEmpty() ? List.of()
                : Arrays.stream(r.getReasonCodes().split("\n")).map(HealthReason::decode).toList();
        return new GroupHealthStatus(new GroupId(r.getGroupId()),
                new Period(PeriodType.valueOf(r.getPeriodType()), r.getPeriodStart()), r.getAsOf(),
                r.getConfigVersion(), r.getScore(), r.getGrade() == null ? null : Grade.valueOf(r.getGrade().strip()),
                r.getCoveredPoints(), GroupStage.valueOf(r.getStage()), reasons);
    }
}
