package id.kube.admin.users;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One administration event: when, by whom, what, about whom (a username or a facilitator's name). */
public record AuditLine(Instant at, String actor, String action, String subject, @Nullable String details) {
}
