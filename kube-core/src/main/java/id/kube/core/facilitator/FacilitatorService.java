package id.kube.core.facilitator;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

import id.kube.core.audit.Actor;
import id.kube.core.audit.AuditTrail;

/** Registers facilitators (audited). */
public final class FacilitatorService {

    private final DSLContext dsl;
    private final Clock clock;

    public FacilitatorService(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public Facilitator register(Actor actor, String fullName, @Nullable String phone) {
        Facilitator facilitator = new Facilitator(FacilitatorId.random(), fullName, phone);
        dsl.transaction(cfg -> {
            Instant now = clock.instant();
            new JooqFacilitatorRepository(cfg.dsl()).insert(facilitator, actor, now);
            new AuditTrail(cfg.dsl()).record(actor, now, "FACILITATOR_REGISTERED", "facilitator",
                    facilitator.id(), facilitator.fullName());
        });
        return facilitator;
    }

    public Optional<Facilitator> find(FacilitatorId id) {
        return new JooqFacilitatorRepository(dsl).find(id);
    }

    public List<Facilitator> all() {
        return new JooqFacilitatorRepository(dsl).all();
    }
}
