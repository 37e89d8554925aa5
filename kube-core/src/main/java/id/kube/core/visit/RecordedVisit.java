package id.kube.core.visit;

import id.kube.core.group.GroupId;

/** A visit as stored. */
public record RecordedVisit(VisitId id, GroupId groupId, FacilitatorVisit visit) {
}
