package id.kube.admin.approval;

import static id.kube.core.persistence.jooq.Tables.KUBE_GROUP;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

import id.kube.admin.security.GroupAccess;
import id.kube.core.group.GroupId;

/**
 * The read API other screens use to show which months are approved (locked): for one group, and as counts over
 * the groups in the signed-in user's aggregates (dashboard). Always narrowed by {@link GroupAccess}.
 */
@Service
public class ApprovedMonths {

    private final ReportStore store;
    private final GroupAccess access;
    private final DSLContext dsl;

    public ApprovedMonths(ReportStore store, GroupAccess access, DSLContext dsl) {
        this.store = store;
        this.access = access;
        this.dsl = dsl;
    }

    /** The approved months of a group, oldest first; empty when the user may not see the group. */
    public List<YearMonth> approvedMonths(GroupId group) {
        return access.maySee(group) ? store.approved(group) : List.of();
    }

    public boolean isApproved(GroupId group, YearMonth month) {
        return state(group, month) == ReportState.APPROVED;
    }

    /** Where the group's month stands; {@link ReportState#NOT_SUBMITTED} also when the user may not see the group. */
    public ReportState state(GroupId group, YearMonth month) {
        if (!access.maySee(group)) {
            return ReportState.NOT_SUBMITTED;
        }
        return store.find(group, month).map(ReportStore.Stored::state).orElse(ReportState.NOT_SUBMITTED);
    }

    /**
     * For {@code month}: how many groups counted in the user's aggregates stand in each state, every state
     * present (groups formed by the month's end and with no report count as {@link ReportState#NOT_SUBMITTED}).
     */
    public Map<ReportState, Integer> summary(YearMonth month) {
        var groups = access.groupsInAggregates();
        Map<ReportState, Integer> counts = new EnumMap<>(ReportState.class);
        for (ReportState state : ReportState.values()) {
            counts.put(state, 0);
        }
        counts.putAll(store.countByState(groups, month));
        int reported = counts.values().stream().mapToInt(Integer::intValue).sum();
        int formed = dsl.fetchCount(KUBE_GROUP, groups.and(KUBE_GROUP.FORMED_ON.le(month.atEndOfMonth())));
        counts.put(ReportState.NOT_SUBMITTED, Math.max(0, formed - reported));
        return counts;
    }
}
