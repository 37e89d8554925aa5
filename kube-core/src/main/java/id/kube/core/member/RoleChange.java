package id.kube.core.member;

import java.time.Instant;
import java.time.LocalDate;

import id.kube.core.group.GroupRole;

/** A member took a role on a day. */
public record RoleChange(MemberId memberId, GroupRole role, LocalDate effectiveOn, Instant recordedAt,
        String recordedBy) {
}
