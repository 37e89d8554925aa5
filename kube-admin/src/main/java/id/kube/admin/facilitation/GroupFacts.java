package id.kube.admin.facilitation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import id.kube.admin.approval.ReportState;
import id.kube.core.group.GroupId;

/** What the attention rule looks at for one group. */
public record GroupFacts(GroupId group, String name, LocalDate formedOn, @Nullable LocalDate lastMeeting,
                         @Nullable LocalDate lastVisit, long atRiskOver30, ReportState lastMonthState,
                         int openFollowUps) {
}
