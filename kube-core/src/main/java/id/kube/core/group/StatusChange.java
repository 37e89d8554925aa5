package id.kube.core.group;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One dated, reasoned step of the lifecycle ({@code from} is null for the registration). */
public record StatusChange(@Nullable GroupStatus from, GroupStatus to, LocalDate effectiveOn, String reason,
        Instant recordedAt, String recordedBy) {
}
