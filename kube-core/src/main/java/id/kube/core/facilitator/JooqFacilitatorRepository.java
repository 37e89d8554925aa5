package id.kube.core.facilitator;

import static id.kube.core.persistence.jooq.Tables.FACILITATOR;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;

import id.kube.core.audit.Actor;
import id.kube.core.persistence.jooq.tables.records.FacilitatorRecord;

/** {@link FacilitatorRepository} over {@code kube.facilitator}. */
public final class JooqFacilitatorRepository implements FacilitatorRepository {

    private final DSLContext dsl;

    public JooqFacilitatorRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Facilitator> find(FacilitatorId id) {
        return dsl.selectFrom(FACILITATOR).where(FACILITATOR.ID.eq(id.value()))
                .fetchOptional(JooqFacilitatorRepository::toFacilitator);
    }

    @Override
    public List<Facilitator> all() {
        return dsl.selectFrom(FACILITATOR).orderBy(FACILITATOR.FULL_NAME)
                .fetch(JooqFacilitatorRepository::toFacilitator);
    }

    @Override
    public void insert(Facilitator facilitator, Actor actor, Instant at) {
        dsl.insertInto(FACILITATOR)
                .set(FACILITATOR.ID, facilitator.id().value())
                .set(FACILITATOR.FULL_NAME, facilitator.fullName())
                .set(FACILITATOR.PHONE, facilitator.phone())
                .set(FACILITATOR.CREATED_AT, at.atOffset(ZoneOffset.UTC))
                .set(FACILITATOR.CREATED_BY, actor.name())
                .execute();
    }

    private static Facilitator toFacilitator(FacilitatorRecord r) {
        return new Facilitator(new FacilitatorId(r.getId()), r.getFullName(), r.getPhone());
    }
}
