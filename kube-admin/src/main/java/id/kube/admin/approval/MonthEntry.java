package id.kube.admin.approval;

import java.time.Instant;
import java.time.YearMonth;

import id.kube.core.group.GroupId;

/** One line of a work queue: a group's month, its state and when it last changed. */
public record MonthEntry(GroupId group, String groupName, YearMonth month, ReportState state, Instant updatedAt) {
}
