package id.kube.core.visit;

import static id.kube.core.persistence.jooq.Tables.FACILITATOR_VISIT;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.jooq.DSLContext;

import id.kube.core.audit.Actor;
import id.kube.core.facilitator.FacilitatorId;
import id.kube.core.group.GroupId;

/** {@link VisitRepository} over {@code kube.facilitator_visit}. */
public final class JooqVisitRepository implements VisitRepository {

    private final DSLContext dsl;

    public JooqVisitRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<RecordedVisit> ofGroup(GroupId group) {
        return dsl.selectFrom(FACILITATOR_VISIT).where(FACILITATOR_VISIT.GROUP_ID.eq(group.value()))
                .orderBy(FACILITATOR_VISIT.VISITED_ON, FACILITATOR_VISIT.ID)
                .fetch(r -> new RecordedVisit(new VisitId(r.getId()), group, new FacilitatorVisit(
                        new FacilitatorId(r.getFacilitatorId()), r.getVisitedOn(), r.getFindings(),
                        r.getFollowUpActions(), r.getNextVisitOn())));
    }

    @Override
    public void insert(RecordedVisit v, Actor actor, Instant at) {
        dsl.insertInto(FACILITATOR_VISIT)
                .set(FACILITATOR_VISIT.ID, v.id().value())
                .set(FACILITATOR_VISIT.GROUP_ID, v.groupId().value())
                .set(FACILITATOR_VISIT.FACILITATOR_ID, v.visit().facilitatorId().value())
                .set(FACILITATOR_VISIT.VISITED_ON, v.visit().visitedOn())
                .set(FACILITATOR_VISIT.FINDINGS, v.visit().findings())
                .set(FACILITATOR_VISIT.FOLLOW_UP_ACTIONS, v.visit().followUpActions())
                .set(FACILITATOR_VISIT.NEXT_VISIT_ON, v.visit().nextVisitOn())
                .set(FACILITATOR_VISIT.RECORDED_AT, at.atOffset(ZoneOffset.UTC))
                .set(FACILITATOR_VISIT.RECORDED_BY, actor.name())
                .execute();
    }
}
