package id.kube.admin.approval;

import static id.kube.admin.persistence.jooq.Tables.MONTHLY_REPORT;
import static id.kube.admin.persistence.jooq.Tables.MONTHLY_REPORT_EVENT;
import static id.kube.core.persistence.jooq.Tables.KUBE_GROUP;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import id.kube.admin.persistence.jooq.tables.records.MonthlyReportRecord;
import id.kube.admin.security.Role;
import id.kube.core.group.GroupId;

/** Persistence of the workflow in {@code admin.monthly_report} and its append-only event table. */
@Component
class ReportStore {

    private final DSLContext dsl;

    ReportStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The month's row, locked until the transaction ends (concurrent steps on one month run one after another). */
    Optional<Stored> lock(GroupId group, YearMonth month) {
        return dsl.selectFrom(MONTHLY_REPORT)
                .where(MONTHLY_REPORT.GROUP_ID.eq(group.value()), MONTHLY_REPORT.MONTH.eq(month.atDay(1)))
                .forUpdate()
                .fetchOptional(ReportStore::toStored);
    }

    Optional<Stored> find(GroupId group, YearMonth month) {
        return dsl.selectFrom(MONTHLY_REPORT)
                .where(MONTHLY_REPORT.GROUP_ID.eq(group.value()), MONTHLY_REPORT.MONTH.eq(month.atDay(1)))
                .fetchOptional(ReportStore::toStored);
    }

    /** Locks the group's row so that two first submissions of one month cannot both insert. */
    void lockGroup(GroupId group) {
        dsl.selectOne().from(KUBE_GROUP).where(KUBE_GROUP.ID.eq(group.value())).forUpdate().execute();
    }

    void saveSubmission(GroupId group, YearMonth month, MonthlyFigures f, String by, Instant at) {
        OffsetDateTime now = at.atOffset(ZoneOffset.UTC);
        // a month sent back and submitted again replaces the earlier submission's figures
        Map<Field<?>, Object> submission = new LinkedHashMap<>();
        submission.put(MONTHLY_REPORT.STATE, ReportState.SUBMITTED.name());
        submission.put(MONTHLY_REPORT.OPENING_CASH, f.openingCash());
        submission.put(MONTHLY_REPORT.CLOSING_CASH, f.closingCash());
        submission.put(MONTHLY_REPORT.OPENING_BANK, f.openingBank());
        submission.put(MONTHLY_REPORT.CLOSING_BANK, f.closingBank());
        submission.put(MONTHLY_REPORT.TOTAL_INCOME, f.totalIncome());
        submission.put(MONTHLY_REPORT.TOTAL_EXPENSES, f.totalExpenses());
        submission.put(MONTHLY_REPORT.CONTRIBUTIONS, f.contributions());
        submission.put(MONTHLY_REPORT.LOANS_DISBURSED, f.loansDisbursed());
        submission.put(MONTHLY_REPORT.LOANS_REPAID, f.loansRepaid());
        submission.put(MONTHLY_REPORT.LOANS_OUTSTANDING, f.loansOutstanding());
        submission.put(MONTHLY_REPORT.ARREARS_OVERDUE, f.arrearsOverdue());
        submission.put(MONTHLY_REPORT.AT_RISK_OVER_30, f.atRiskOver30());
        submission.put(MONTHLY_REPORT.IKS_IN, f.iksIn());
        submission.put(MONTHLY_REPORT.IKS_OUT, f.iksOut());
        submission.put(MONTHLY_REPORT.IKS_BALANCE, f.iksBalance());
        submission.put(MONTHLY_REPORT.SUBMITTED_BY, by);
        submission.put(MONTHLY_REPORT.SUBMITTED_AT, now);
        submission.put(MONTHLY_REPORT.UPDATED_AT, now);
        dsl.insertInto(MONTHLY_REPORT)
                .set(MONTHLY_REPORT.GROUP_ID, group.value())
                .set(MONTHLY_REPORT.MONTH, month.atDay(1))
                .set(submission)
                .onConflict(MONTHLY_REPORT.GROUP_ID, MONTHLY_REPORT.MONTH).doUpdate()
                .set(submission)
                .execute();
    }

    void changeState(GroupId group, YearMonth month, ReportState state, Instant at) {
        dsl.update(MONTHLY_REPORT)
                .set(MONTHLY_REPORT.STATE, state.name())
                .set(MONTHLY_REPORT.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
                .where(MONTHLY_REPORT.GROUP_ID.eq(group.value()), MONTHLY_REPORT.MONTH.eq(month.atDay(1)))
                .execute();
    }

    void appendEvent(GroupId group, YearMonth month, ReportEvent event) {
        dsl.insertInto(MONTHLY_REPORT_EVENT)
                .set(MONTHLY_REPORT_EVENT.GROUP_ID, group.value())
                .set(MONTHLY_REPORT_EVENT.MONTH, month.atDay(1))
                .set(MONTHLY_REPORT_EVENT.ACTION, event.action().name())
                .set(MONTHLY_REPORT_EVENT.FROM_STATE, event.from() == null ? null : event.from().name())
                .set(MONTHLY_REPORT_EVENT.TO_STATE, event.to().name())
                .set(MONTHLY_REPORT_EVENT.ACTOR, event.actor())
                .set(MONTHLY_REPORT_EVENT.ACTOR_ROLE, event.actorRole().name())
                .set(MONTHLY_REPORT_EVENT.COMMENT, event.comment())
                .set(MONTHLY_REPORT_EVENT.OCCURRED_AT, event.at().atOffset(ZoneOffset.UTC))
                .execute();
    }

    List<ReportEvent> history(GroupId group, YearMonth month) {
        return dsl.selectFrom(MONTHLY_REPORT_EVENT)
                .where(MONTHLY_REPORT_EVENT.GROUP_ID.eq(group.value()), MONTHLY_REPORT_EVENT.MONTH.eq(month.atDay(1)))
                .orderBy(MONTHLY_REPORT_EVENT.ID)
                .fetch(r -> new ReportEvent(ApprovalAction.valueOf(r.getAction()),
                        r.getFromState() == null ? null : ReportState.valueOf(r.getFromState()),
                        ReportState.valueOf(r.getToState()), r.getActor(), Role.valueOf(r.getActorRole()),
                        r.getComment(), r.getOccurredAt().toInstant()));
    }

    /** Months (newest first) of the groups matching {@code visible}, in the given states. */
    List<MonthEntry> months(Condition visible, List<ReportState> states, @Nullable GroupId only, int limit) {
        Condition where = visible.and(MONTHLY_REPORT.STATE.in(states.stream().map(Enum::name).toList()));
        if (only != null) {
            where = where.and(MONTHLY_REPORT.GROUP_ID.eq(only.value()));
        }
        return dsl.select(MONTHLY_REPORT.GROUP_ID, KUBE_GROUP.NAME, MONTHLY_REPORT.MONTH, MONTHLY_REPORT.STATE,
                        MONTHLY_REPORT.UPDATED_AT)
                .from(MONTHLY_REPORT).join(KUBE_GROUP).on(KUBE_GROUP.ID.eq(MONTHLY_REPORT.GROUP_ID))
                .where(where)
                .orderBy(MONTHLY_REPORT.MONTH.desc(), KUBE_GROUP.NAME, MONTHLY_REPORT.GROUP_ID)
                .limit(limit)
                .fetch(r -> new MonthEntry(new GroupId(r.get(MONTHLY_REPORT.GROUP_ID)), r.get(KUBE_GROUP.NAME),
                        YearMonth.from(r.get(MONTHLY_REPORT.MONTH)), ReportState.valueOf(r.get(MONTHLY_REPORT.STATE)),
                        r.get(MONTHLY_REPORT.UPDATED_AT).toInstant()));
    }

    /** Approved months of one group, oldest first. */
    List<YearMonth> approved(GroupId group) {
        return dsl.select(MONTHLY_REPORT.MONTH).from(MONTHLY_REPORT)
                .where(MONTHLY_REPORT.GROUP_ID.eq(group.value()), MONTHLY_REPORT.STATE.eq(ReportState.APPROVED.name()))
                .orderBy(MONTHLY_REPORT.MONTH)
                .fetch(r -> YearMonth.from(r.value1()));
    }

    /** How many of the groups matching {@code groups} stand in each stored state for {@code month}. */
    java.util.Map<ReportState, Integer> countByState(Condition groups, YearMonth month) {
        java.util.Map<ReportState, Integer> counts = new java.util.EnumMap<>(ReportState.class);
        dsl.select(MONTHLY_REPORT.STATE, org.jooq.impl.DSL.count())
                .from(MONTHLY_REPORT).join(KUBE_GROUP).on(KUBE_GROUP.ID.eq(MONTHLY_REPORT.GROUP_ID))
                .where(groups, MONTHLY_REPORT.MONTH.eq(month.atDay(1)))
                .groupBy(MONTHLY_REPORT.STATE)
                .fetch()
                .forEach(r -> counts.put(ReportState.valueOf(r.value1()), r.value2()));
        return counts;
    }

    record Stored(ReportState state, MonthlyFigures figures) {
    }

    private static Stored toStored(MonthlyReportRecord r) {
        return new Stored(ReportState.valueOf(r.getState()), new MonthlyFigures(r.getOpeningCash(), r.getClosingCash(),
                r.getOpeningBank(), r.getClosingBank(), r.getTotalIncome(), r.getTotalExpenses(), r.getContributions(),
                r.getLoansDisbursed(), r.getLoansRepaid(), r.getLoansOutstanding(), r.getArrearsOverdue(),
                r.getAtRiskOver_30(), r.getIksIn(), r.getIksOut(), r.getIksBalance()));
    }

}
