package id.kube.core.visit;

import java.time.Instant;
import java.util.List;

import id.kube.core.audit.Actor;
import id.kube.core.group.GroupId;

/** Port for facilitator visits. */
public interface VisitRepository {

    List<RecordedVisit> ofGroup(GroupId group);

    void insert(RecordedVisit visit, Actor actor, Instant at);
}
