package id.kube.admin.dashboard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import id.kube.core.group.GroupId;

/**
 * Everything the dashboard shows for one place of the drill-down: the figures of the place, one tile per
 * region (or group) one level down, the groups needing attention, monthly trends and which months are closed.
 *
 * @param place where the user stands (national or a region)
 * @param trail the regions from the top of the user's scope down to the place (the breadcrumb)
 * @param children the regions one level down; at a district, its groups (empty for researchers)
 * @param attention the groups needing attention, worst first (empty for researchers, who see only counts)
 * @param attentionCounts the number of groups with each reason
 * @param trend the last twelve months' movements, oldest first
 * @param months the last six months: how many of the place's groups have each month closed
 * @param summarisedAt when the oldest summary behind these figures was derived (null: no summaries yet)
 */
public record DashboardFigures(DrillDown.Place place, List<DrillDown.Place> trail, RegionFigures total,
                               List<Tile> children, List<AttentionGroup> attention,
                               Map<AttentionReason, Long> attentionCounts, List<MonthTrend> trend,
                               List<MonthClosure> months, @Nullable OffsetDateTime summarisedAt) {

    public DashboardFigures {
        trail = List.copyOf(trail);
        children = List.copyOf(children);
        attention = List.copyOf(attention);
        attentionCounts = Map.copyOf(attentionCounts);
        trend = List.copyOf(trend);
        months = List.copyOf(months);
    }

    /** A region one level down (group null), or at a district one group (region null). */
    public record Tile(DrillDown.@Nullable Place region, @Nullable GroupId group, String name, RegionFigures figures) {
    }

    public record AttentionGroup(GroupId group, String name, String village, Set<AttentionReason> reasons,
                                 long loansOutstanding, long par30Principal, @Nullable LocalDate lastPostedOn) {
        public AttentionGroup {
            reasons = Set.copyOf(reasons);
        }
    }

    /** Movements of one calendar month, whole rupiah. */
    public record MonthTrend(YearMonth month, long contributions, long sales, long loansDisbursed,
                             long loansRepaid, long cashMovement) {
    }

    /** How many groups (with books) have this month closed in the ledger, out of how many. */
    public record MonthClosure(YearMonth month, long closedGroups, long groupsWithBooks) {
    }
}
