package id.kube.admin.facilitation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import id.kube.admin.approval.ReportState;

/**
 * When a group needs its facilitator's attention. kube-core's health score needs indicator snapshots a
 * facilitator's day-to-day list cannot wait for, so this is a plain rule over the live records:
 * <ul>
 * <li>arrears: any loan more than 30 days past due (PAR30 amount &gt; 0);</li>
 * <li>missed meetings: no meeting recorded in the last {@value #MEETING_GAP_DAYS} days (groups meet at least
 * monthly), counted from the group's formation when it never met;</li>
 * <li>month not submitted: last month's report not submitted (or sent back and not submitted again), for a
 * group that existed in that month;</li>
 * <li>no recent visit: no facilitator visit in the last {@value #VISIT_GAP_DAYS} days;</li>
 * <li>open follow-ups: follow-up actions of past visits not yet marked done.</li>
 * </ul>
 */
public final class AttentionRule {

    public static final int MEETING_GAP_DAYS = 35;
    public static final int VISIT_GAP_DAYS = 60;

    private AttentionRule() {
    }

    public static List<AttentionReason> reasons(GroupFacts facts, LocalDate today) {
        List<AttentionReason> reasons = new ArrayList<>();
        if (facts.atRiskOver30() > 0) {
            reasons.add(AttentionReason.of(AttentionReason.Kind.ARREARS, facts.atRiskOver30()));
        }
        LocalDate meetingSince = facts.lastMeeting() != null ? facts.lastMeeting() : facts.formedOn();
        long daysWithoutMeeting = ChronoUnit.DAYS.between(meetingSince, today);
        if (daysWithoutMeeting > MEETING_GAP_DAYS) {
            reasons.add(AttentionReason.of(AttentionReason.Kind.MISSED_MEETINGS, daysWithoutMeeting,
                    facts.lastMeeting() == null ? 0 : 1));
        }
        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        boolean existedLastMonth = !YearMonth.from(facts.formedOn()).isAfter(lastMonth);
        if (existedLastMonth && (facts.lastMonthState() == ReportState.NOT_SUBMITTED
                || facts.lastMonthState() == ReportState.RETURNED)) {
            reasons.add(AttentionReason.of(AttentionReason.Kind.MONTH_NOT_SUBMITTED, lastMonth));
        }
        LocalDate visitSince = facts.lastVisit() != null ? facts.lastVisit() : facts.formedOn();
        long daysWithoutVisit = ChronoUnit.DAYS.between(visitSince, today);
        if (daysWithoutVisit > VISIT_GAP_DAYS) {
            reasons.add(AttentionReason.of(AttentionReason.Kind.NO_RECENT_VISIT, daysWithoutVisit,
                    facts.lastVisit() == null ? 0 : 1));
        }
        if (facts.openFollowUps() > 0) {
            reasons.add(AttentionReason.of(AttentionReason.Kind.OPEN_FOLLOW_UPS, facts.openFollowUps()));
        }
        return List.copyOf(reasons);
    }
}
