package id.kube.ledger.loan;

import java.util.List;

import id.kube.core.group.GroupId;

/**
 * Everything a loan went through: every schedule version (1 = at disbursement; each restructuring adds one and
 * keeps the old) and the events that changed it, oldest first.
 */
public record LoanHistory(GroupId groupId, long loanNo, List<ScheduleVersion> schedules, List<LoanEvent> events) {

    /** A schedule as it was agreed in one version. */
    public record ScheduleVersion(int version, Schedule schedule) {
    }

    public LoanHistory {
        schedules = List.copyOf(schedules);
        events = List.copyOf(events);
    }
}
