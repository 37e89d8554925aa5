package id.kube.core.member;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import id.kube.core.group.GroupId;
import id.kube.core.group.GroupRole;

/**
 * A person's membership of one group, from {@code joinedOn} to {@code leftOn} (null while active), with the
 * person's current details. Holds the NIK only masked; {@link MemberService#revealNik} recovers it (audited).
 */
public record Member(
        MemberId id,
        GroupId groupId,
        PersonId personId,
        String nikMasked,
        String fullName,
        Sex sex,
        LocalDate birthDate,
        Address address,
        @Nullable String phone,
        boolean headOfHousehold,
        boolean mainEarner,
        @Nullable DtsenEntry dtsen,
        GroupRole role,
        LocalDate joinedOn,
        @Nullable LocalDate leftOn,
        @Nullable String leaveReason) {

    public boolean isActive() {
        return leftOn == null;
    }

    /** Member on that day: joined on or before it and not yet left (a member who leaves on a day is gone). */
    public boolean isMemberOn(LocalDate day) {
        return !joinedOn.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
    }
}
