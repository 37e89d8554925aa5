package id.kube.core.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import id.kube.core.audit.Actor;
import id.kube.core.group.GroupId;
import id.kube.core.group.GroupRole;

/** Port for persons and their memberships. */
public interface MemberRepository {

    Optional<Member> find(MemberId id);

    /** Active and former members of the group, by joining date then name. */
    List<Member> membersOf(GroupId group);

    List<Member> activeMembersOf(GroupId group);

    /** The active membership of the person with this NIK hash, if any. */
    Optional<Member> activeMembershipByNikHash(String nikHash);

    List<Member> membershipsOf(PersonId person);

    boolean familyActiveInGroup(GroupId group, String familyCardHash);

    /**
     * Inserts the person if no one has this NIK hash yet, otherwise refreshes their details; either way the
     * person row is locked until the end of the transaction, so two transactions adding the same NIK queue
     * here.
     */
    PersonId saveAndLockPerson(ProtectedIdentity identity, PersonDetails details, String regionDecreeId,
            Actor actor, Instant at);

    void insertMember(MemberId id, GroupId group, PersonId person, ProtectedIdentity identity, LocalDate joinedOn,
            Actor actor, Instant at);

    void endMembership(MemberId id, LocalDate leftOn, String reason, Actor actor, Instant at);

    void setRole(MemberId id, GroupRole role, LocalDate effectiveOn, Actor actor, Instant at);

    List<RoleChange> roleHistory(MemberId id);

    byte[] nikCipher(MemberId id);
}
