package id.kube.admin.security;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import id.kube.core.group.GroupId;

/** The signed-in person as the application sees them (no password). */
public record KubeUser(String username, String displayName, Role role, @Nullable GroupId ownGroup,
                       @Nullable String regionCode, Set<GroupId> assignedGroups) {

    public KubeUser {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("username is required");
        }
        if (role == null) {
            throw new IllegalArgumentException("role is required");
        }
        if (role == Role.TREASURER && ownGroup == null) {
            throw new IllegalArgumentException("a treasurer belongs to a group");
        }
        if (role == Role.DISTRICT_OFFICER && regionCode == null) {
            throw new IllegalArgumentException("a district officer has a regency/city");
        }
        assignedGroups = Set.copyOf(assignedGroups);
    }

    /** The groups this user may see one by one. */
    public GroupScope scope() {
        return switch (role) {
            case MINISTRY -> new GroupScope.AllGroups();
            case DISTRICT_OFFICER -> new GroupScope.GroupsInRegion(regionCode);
            case FACILITATOR -> new GroupScope.AssignedGroups(assignedGroups);
            case TREASURER -> new GroupScope.AssignedGroups(Set.of(ownGroup));
            case RESEARCHER, ADMIN -> new GroupScope.NoIndividualGroups();
        };
    }
}
