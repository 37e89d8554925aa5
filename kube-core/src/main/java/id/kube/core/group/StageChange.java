package id.kube.core.group;

import java.time.Instant;
import java.time.LocalDate;

/** One dated, reasoned assessment of the development stage. */
public record StageChange(GroupStage stage, LocalDate effectiveOn, String reason, Instant recordedAt,
        String recordedBy) {
}
