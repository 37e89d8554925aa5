package id.kube.core.group;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import id.kube.core.facilitator.FacilitatorId;

/** A facilitator accompanying a group from {@code assignedOn} until {@code endedOn} (null while current). */
public record FacilitatorAssignment(FacilitatorId facilitatorId, LocalDate assignedOn, @Nullable LocalDate endedOn) {

    public boolean coversDay(LocalDate day) {
        return !assignedOn.isAfter(day) && (endedOn == null || !endedOn.isBefore(day));
    }
}
