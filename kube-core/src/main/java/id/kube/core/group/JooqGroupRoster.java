package id.kube.core.group;

import static id.kube.core.persistence.jooq.Tables.MEMBER;
import static id.kube.core.persistence.jooq.Tables.MEMBER_ROLE_CHANGE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import id.kube.core.audit.Actor;

/** {@link GroupRoster} over {@code kube.member}. */
public final class JooqGroupRoster implements GroupRoster {

    private final DSLContext dsl;

    public JooqGroupRoster(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public int activeMemberCount(GroupId id) {
        return dsl.fetchCount(MEMBER, MEMBER.GROUP_ID.eq(id.value()).and(MEMBER.LEFT_ON.isNull()));
    }

    @Override
    public Set<GroupRole> filledOffices(GroupId id) {
        Set<GroupRole> offices = EnumSet.noneOf(GroupRole.class);
        dsl.selectDistinct(MEMBER.ROLE).from(MEMBER)
                .where(MEMBER.GROUP_ID.eq(id.value()).and(MEMBER.LEFT_ON.isNull()).and(MEMBER.ROLE.ne("MEMBER")))
                .fetch(MEMBER.ROLE)
                .forEach(role -> offices.add(GroupRole.valueOf(role)));
        return offices;
    }

    @Override
    public Optional<LocalDate> latestJoinDate(GroupId id) {
        return Optional.ofNullable(dsl.select(DSL.max(MEMBER.JOINED_ON)).from(MEMBER)
                .where(MEMBER.GROUP_ID.eq(id.value()).and(MEMBER.LEFT_ON.isNull()))
                .fetchOne(0, LocalDate.class));
    }

    @Override
    public int endAllMemberships(GroupId id, LocalDate leftOn, String reason, Actor actor, Instant at) {
        // office holders lose their office with the group: keep that in the role history
        dsl.insertInto(MEMBER_ROLE_CHANGE, MEMBER_ROLE_CHANGE.MEMBER_ID, MEMBER_ROLE_CHANGE.GROUP_ID,
                        MEMBER_ROLE_CHANGE.ROLE, MEMBER_ROLE_CHANGE.EFFECTIVE_ON, MEMBER_ROLE_CHANGE.RECORDED_AT,
                        MEMBER_ROLE_CHANGE.RECORDED_BY)
                .select(dsl.select(MEMBER.ID, MEMBER.GROUP_ID, DSL.val(GroupRole.MEMBER.name()), DSL.val(leftOn),
                                DSL.val(at.atOffset(ZoneOffset.UTC)), DSL.val(actor.name()))
                        .from(MEMBER)
                        .where(MEMBER.GROUP_ID.eq(id.value()).and(MEMBER.LEFT_ON.isNull())
                                .and(MEMBER.ROLE.ne(GroupRole.MEMBER.name()))))
                .execute();
        return dsl.update(MEMBER)
                .set(MEMBER.LEFT_ON, leftOn)
                .set(MEMBER.LEAVE_REASON, reason)
                .set(MEMBER.ROLE, GroupRole.MEMBER.name())
                .set(MEMBER.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
                .set(MEMBER.UPDATED_BY, actor.name())
                .where(MEMBER.GROUP_ID.eq(id.value()).and(MEMBER.LEFT_ON.isNull()))
                .execute();
    }
}
