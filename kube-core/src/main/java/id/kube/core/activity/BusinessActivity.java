package id.kube.core.activity;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import id.kube.core.group.BusinessType;
import id.kube.core.group.GroupId;

/** A business a group runs; a group may run several. */
public record BusinessActivity(ActivityId id, GroupId groupId, BusinessType type, String name, LocalDate startedOn,
        ActivityStatus status, @Nullable LocalDate endedOn, @Nullable String notes) {
}
