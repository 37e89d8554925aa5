package id.kube.core.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.kube.core.audit.Actor;
import id.kube.core.group.GroupId;

/** Port for meetings with their attendance and decisions. */
public interface MeetingRepository {

    Optional<Meeting> find(MeetingId id);

    List<Meeting> ofGroup(GroupId group);

    void insert(Meeting meeting, Actor actor, Instant at);
}
