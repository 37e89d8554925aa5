package id.kube.core.group;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import id.kube.core.audit.Actor;

/** What the group rules need to know about (and do to) a group's memberships. */
public interface GroupRoster {

    int activeMemberCount(GroupId id);

    /** Offices (chair, secretary, treasurer) held by an active member. */
    Set<GroupRole> filledOffices(GroupId id);

    Optional<LocalDate> latestJoinDate(GroupId id);

    /** Ends every active membership on the day (dissolution), returning to plain member role. */
    int endAllMemberships(GroupId id, LocalDate leftOn, String reason, Actor actor, Instant at);
}
