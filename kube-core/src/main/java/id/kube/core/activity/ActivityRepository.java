package id.kube.core.activity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.kube.core.audit.Actor;
import id.kube.core.group.GroupId;

/** Port for business activities. */
public interface ActivityRepository {

    Optional<BusinessActivity> find(ActivityId id);

    List<BusinessActivity> ofGroup(GroupId group);

    void insert(BusinessActivity activity, Actor actor, Instant at);

    void update(BusinessActivity activity, Actor actor, Instant at);
}
