package id.kube.core.group;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import id.kube.core.audit.Actor;
import id.kube.core.facilitator.FacilitatorId;
import id.kube.core.region.RegionCode;

/** Port for the group aggregate: the group, its histories, constitution versions and facilitators. */
public interface GroupRepository {

    Optional<Group> find(GroupId id);

    /** The group, locked until the end of the transaction (serialises changes to one group). */
    Optional<Group> lock(GroupId id);

    List<Group> all();

    /** Groups whose village lies in the region (a province, regency, district or village code). */
    List<Group> within(RegionCode region);

    boolean registrationNumberTaken(String registrationNumber, @Nullable GroupId except);

    Optional<Group> findByRegistrationNumber(String registrationNumber);

    /** Whether any group has been registered at all (an empty installation). */
    boolean anyRegistered();

    void insert(Group group, Actor actor, Instant at);

    void updateProfile(Group group, Actor actor, Instant at);

    void updateStatus(GroupId id, GroupStatus status, LocalDate since, Actor actor, Instant at);

    void updateStage(GroupId id, GroupStage stage, Actor actor, Instant at);

    void appendStatusChange(GroupId id, StatusChange change);

    List<StatusChange> statusHistory(GroupId id);

    void appendStageChange(GroupId id, StageChange change);

    List<StageChange> stageHistory(GroupId id);

    void insertConstitution(Constitution constitution);

    List<Constitution> constitutionHistory(GroupId id);

    default Optional<Constitution> currentConstitution(GroupId id) {
        List<Constitution> all = constitutionHistory(id);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }

    void insertAssignment(GroupId id, FacilitatorId facilitator, LocalDate assignedOn, Actor actor, Instant at);

    void endAssignment(GroupId id, FacilitatorId facilitator, LocalDate endedOn);

    List<FacilitatorAssignment> assignments(GroupId id);
}
