package id.kube.core.facilitator;

import java.util.List;
import java.util.Optional;

import id.kube.core.audit.Actor;

/** Port for facilitators. */
public interface FacilitatorRepository {

    Optional<Facilitator> find(FacilitatorId id);

    List<Facilitator> all();

    void insert(Facilitator facilitator, Actor actor, java.time.Instant at);
}
