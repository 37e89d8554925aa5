package id.kube.admin.approval;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import id.kube.admin.security.Role;

/** One step in a month's history: who did what in which role, when, and why. */
public record ReportEvent(ApprovalAction action, @Nullable ReportState from, ReportState to, String actor,
                          Role actorRole, @Nullable String comment, Instant at) {
}
