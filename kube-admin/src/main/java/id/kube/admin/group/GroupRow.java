package id.kube.admin.group;

import org.jspecify.annotations.Nullable;

import id.kube.core.group.GroupId;
import id.kube.core.group.GroupStage;
import id.kube.core.group.GroupStatus;
import id.kube.core.health.Grade;

/** One line of the groups grid. */
public record GroupRow(GroupId id, String name, @Nullable String registrationNumber, String villageCode,
                       String villageName, GroupStatus status, GroupStage stage, int activeMembers,
                       @Nullable Grade healthGrade) {
}
