package id.kube.admin.dashboard;

import java.util.Map;

import javax.money.MonetaryAmount;

import id.kube.core.group.GroupStage;
import id.kube.core.group.GroupStatus;

/** The dashboard's figures for the groups a user may see (or, for researchers, all groups in aggregate). */
public record GroupHealth(long groups, Map<GroupStatus, Long> byStatus, Map<GroupStage, Long> byStage,
                          long activeMembers, MonetaryAmount stimulusCapital,
                          MonetaryAmount cashInHand) {

    public GroupHealth {
        byStatus = Map.copyOf(byStatus);
        byStage = Map.copyOf(byStage);
    }

    public long count(GroupStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }

    public long count(GroupStage stage) {
        return byStage.getOrDefault(stage, 0L);
    }
}
