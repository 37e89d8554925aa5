package id.kube.admin.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import id.kube.core.group.GroupStage;
import id.kube.core.group.GroupStatus;

/**
 * The health figures of a set of groups (a region's, a scope's, or one group's): counts, money in whole rupiah
 * and the loan portfolio sums that PAR30 and the repayment rate are ratios of.
 */
public record RegionFigures(long groups, Map<GroupStatus, Long> byStatus, Map<GroupStage, Long> byStage,
                            long activeMembers, long stimulusCapital, long cash, long loansReceivable,
                            long loansOutstanding, long par30Principal, long dueToDate, long paidOnDue,
                            long needingAttention) {

    public RegionFigures {
        byStatus = Map.copyOf(byStatus);
        byStage = Map.copyOf(byStage);
    }

    /** The figures of several disjoint sets of groups together. */
    public static RegionFigures sum(List<RegionFigures> parts) {
        Map<GroupStatus, Long> byStatus = new EnumMap<>(GroupStatus.class);
        Map<GroupStage, Long> byStage = new EnumMap<>(GroupStage.class);
        long[] sums = new long[10];
        for (RegionFigures part : parts) {
            part.byStatus().forEach((status, count) -> byStatus.merge(status, count, Long::sum));
            part.byStage().forEach((stage, count) -> byStage.merge(stage, count, Long::sum));
            sums[0] += part.groups();
            sums[1] += part.activeMembers();
            sums[2] += part.stimulusCapital();
            sums[3] += part.cash();
            sums[4] += part.loansReceivable();
            sums[5] += part.loansOutstanding();
            sums[6] += part.par30Principal();
            sums[7] += part.dueToDate();
            sums[8] += part.paidOnDue();
            sums[9] += part.needingAttention();
        }
        return new RegionFigures(sums[0], byStatus, byStage, sums[1], sums[2], sums[3], sums[4], sums[5], sums[6],
                sums[7], sums[8], sums[9]);
    }

    public long count(GroupStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }

    public long count(GroupStage stage) {
        return byStage.getOrDefault(stage, 0L);
    }

    /** Outstanding principal more than 30 days late ÷ all outstanding principal; none when nothing is lent. */
    public @Nullable BigDecimal par30() {
        return loansOutstanding == 0 ? null
                : BigDecimal.valueOf(par30Principal).divide(BigDecimal.valueOf(loansOutstanding), 4,
                        RoundingMode.HALF_EVEN);
    }

    /** Paid on amounts due so far ÷ amounts due so far; none when nothing has fallen due. */
    public @Nullable BigDecimal repaymentRate() {
        return dueToDate == 0 ? null
                : BigDecimal.valueOf(paidOnDue).divide(BigDecimal.valueOf(dueToDate), 4, RoundingMode.HALF_EVEN);
    }
}
