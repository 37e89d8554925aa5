package id.kube.admin.users;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import id.kube.core.facilitator.FacilitatorId;
import id.kube.core.group.GroupId;

/** A facilitator accompanying a group from one day to another (open while {@code endedOn} is null). */
public record AssignmentLine(FacilitatorId facilitator, String facilitatorName, GroupId group, String groupName,
                             LocalDate assignedOn, @Nullable LocalDate endedOn) {
}
