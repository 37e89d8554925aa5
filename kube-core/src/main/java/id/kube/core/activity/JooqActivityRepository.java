package id.kube.core.activity;

import static id.kube.core.persistence.jooq.Tables.BUSINESS_ACTIVITY;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;

import id.kube.core.audit.Actor;
import id.kube.core.group.BusinessType;
import id.kube.core.group.GroupId;
import id.kube.core.persistence.jooq.tables.records.BusinessActivityRecord;

/** {@link ActivityRepository} over {@code kube.business_activity}. */
public final class JooqActivityRepository implements ActivityRepository {

    private final DSLContext dsl;

    public JooqActivityRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<BusinessActivity> find(ActivityId id) {
        return dsl.selectFrom(BUSINESS_ACTIVITY).where(BUSINESS_ACTIVITY.ID.eq(id.value()))
                .fetchOptional(JooqActivityRepository::toActivity);
    }

    @Override
    public List<BusinessActivity> ofGroup(GroupId group) {
        return dsl.selectFrom(BUSINESS_ACTIVITY).where(BUSINESS_ACTIVITY.GROUP_ID.eq(group.value()))
                .orderBy(BUSINESS_ACTIVITY.STARTED_ON, BUSINESS_ACTIVITY.NAME)
                .fetch(JooqActivityRepository::toActivity);
    }

    @Override
    public void insert(BusinessActivity a, Actor actor, Instant at) {
        OffsetDateTime now = at.atOffset(ZoneOffset.UTC);
        BusinessActivityRecord r = dsl.newRecord(BUSINESS_ACTIVITY);
        r.setId(a.id().value());
        r.setGroupId(a.groupId().value());
        write(r, a);
        r.setCreatedAt(now);
        r.setCreatedBy(actor.name());
        r.setUpdatedAt(now);
        r.setUpdatedBy(actor.name());
        r.insert();
    }

    @Override
    public void update(BusinessActivity a, Actor actor, Instant at) {
        BusinessActivityRecord r = dsl.fetchSingle(BUSINESS_ACTIVITY, BUSINESS_ACTIVITY.ID.eq(a.id().value()));
        write(r, a);
        r.setUpdatedAt(at.atOffset(ZoneOffset.UTC));
        r.setUpdatedBy(actor.name());
        r.update();
    }

    private static void write(BusinessActivityRecord r, BusinessActivity a) {
        r.setBusinessType(a.type().name());
        r.setName(a.name());
        r.setStartedOn(a.startedOn());
        r.setStatus(a.status().name());
        r.setEndedOn(a.endedOn());
        r.setNotes(a.notes());
    }

    private static BusinessActivity toActivity(BusinessActivityRecord r) {
        return new BusinessActivity(new ActivityId(r.getId()), new GroupId(r.getGroupId()),
                BusinessType.valueOf(r.getBusinessType()), r.getName(), r.getStartedOn(),
                ActivityStatus.valueOf(r.getStatus()), r.getEndedOn(), r.getNotes());
    }
}
