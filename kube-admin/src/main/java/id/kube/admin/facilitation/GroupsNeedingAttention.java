package id.kube.admin.facilitation;

import static id.kube.admin.persistence.jooq.Tables.MONTHLY_REPORT;
import static id.kube.admin.persistence.jooq.Tables.VISIT_FOLLOW_UP_DONE;
import static id.kube.core.persistence.jooq.Tables.FACILITATOR_VISIT;
import static id.kube.core.persistence.jooq.Tables.KUBE_GROUP;
import static id.kube.core.persistence.jooq.Tables.MEETING;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;

import id.kube.admin.approval.ReportState;
import id.kube.admin.security.GroupAccess;
import id.kube.core.group.GroupId;
import id.kube.core.group.GroupStatus;
import id.kube.ledger.journal.Books;
import id.kube.ledger.loan.LoanBook;

/**
 * The groups in the signed-in user's scope (a facilitator: their assigned groups) that need attention by
 * {@link AttentionRule}, with the reasons. Meetings, visits, follow-ups and last month's report come from one
 * set-based query; arrears from kube-ledger's portfolio of each group that has books. Dissolved and graduated
 * groups are left out. At most {@value #MAX_GROUPS} groups are examined (a facilitator has a few dozen).
 */
@Service
public class GroupsNeedingAttention {

    static final int MAX_GROUPS = 500;

    private final DSLContext dsl;
    private final GroupAccess access;
    private final Clock clock;

    public GroupsNeedingAttention(DSLContext dsl, GroupAccess access, Clock clock) {
        this.dsl = dsl;
        this.access = access;
        this.clock = clock;
    }

    public List<AttentionItem> forCurrentUser() {
        LocalDate today = LocalDate.now(clock);
        List<AttentionItem> items = new ArrayList<>();
        for (GroupFacts facts : facts(today)) {
            List<AttentionReason> reasons = AttentionRule.reasons(facts, today);
            if (!reasons.isEmpty()) {
                items.add(new AttentionItem(facts.group(), facts.name(), reasons));
            }
        }
        return items;
    }

    List<GroupFacts> facts(LocalDate today) {
        LocalDate lastMonth = YearMonth.from(today).minusMonths(1).atDay(1);
        Field<LocalDate> lastMeeting = DSL.field(DSL.select(DSL.max(MEETING.HELD_ON)).from(MEETING)
                .where(MEETING.GROUP_ID.eq(KUBE_GROUP.ID)).and(MEETING.HELD_ON.le(today))).as("last_meeting");
        Field<LocalDate> lastVisit = DSL.field(DSL.select(DSL.max(FACILITATOR_VISIT.VISITED_ON)).from(FACILITATOR_VISIT)
                .where(FACILITATOR_VISIT.GROUP_ID.eq(KUBE_GROUP.ID))).as("last_visit");
        Field<Integer> openFollowUps = DSL.field(DSL.selectCount().from(FACILITATOR_VISIT)
                .where(FACILITATOR_VISIT.GROUP_ID.eq(KUBE_GROUP.ID))
                .and(FACILITATOR_VISIT.FOLLOW_UP_ACTIONS.isNotNull())
                .andNotExists(DSL.selectOne().from(VISIT_FOLLOW_UP_DONE)
                        .where(VISIT_FOLLOW_UP_DONE.VISIT_ID.eq(FACILITATOR_VISIT.ID)))).as("open_follow_ups");
        Field<String> reportState = DSL.field(DSL.select(MONTHLY_REPORT.STATE).from(MONTHLY_REPORT)
                .where(MONTHLY_REPORT.GROUP_ID.eq(KUBE_GROUP.ID)).and(MONTHLY_REPORT.MONTH.eq(lastMonth)))
                .as("report_state");
        List<GroupFacts> facts = dsl.select(KUBE_GROUP.ID, KUBE_GROUP.NAME, KUBE_GROUP.FORMED_ON, lastMeeting,
                        lastVisit, openFollowUps, reportState)
                .from(KUBE_GROUP)
                .where(access.visibleGroups())
                .and(KUBE_GROUP.STATUS.in(GroupStatus.FORMING.name(), GroupStatus.ACTIVE.name(),
                        GroupStatus.SUSPENDED.name()))
                .orderBy(KUBE_GROUP.NAME, KUBE_GROUP.ID)
                .limit(MAX_GROUPS)
                .fetch(r -> new GroupFacts(new GroupId(r.get(KUBE_GROUP.ID)), r.get(KUBE_GROUP.NAME),
                        r.get(KUBE_GROUP.FORMED_ON), r.get(lastMeeting), r.get(lastVisit), 0,
                        r.get(reportState) == null ? ReportState.NOT_SUBMITTED : ReportState.valueOf(r.get(reportState)),
                        r.get(openFollowUps)));
        Books books = new Books(dsl);
        LoanBook loans = new LoanBook(dsl, clock);
        List<GroupFacts> withArrears = new ArrayList<>(facts.size());
        for (GroupFacts f : facts) {
            long atRisk = books.isOpen(f.group()) ? loans.portfolio(f.group(), today).atRiskOver30() : 0;
            withArrears.add(new GroupFacts(f.group(), f.name(), f.formedOn(), f.lastMeeting(), f.lastVisit(), atRisk,
                    f.lastMonthState(), f.openFollowUps()));
        }
        return withArrears;
    }
}
