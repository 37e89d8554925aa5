package id.kube.admin.security;

import org.jspecify.annotations.Nullable;

import id.kube.core.facilitator.FacilitatorId;
import id.kube.core.group.GroupId;
import id.kube.core.region.RegionCode;

/** The signed-in person as the application sees them (no password). */
public record KubeUser(String username, String displayName, Role role, @Nullable GroupId ownGroup,
                       @Nullable RegionCode region, @Nullable FacilitatorId facilitator) {

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
        if (role == Role.DISTRICT_OFFICER && region == null) {
            throw new IllegalArgumentException("a district officer has a regency/city");
        }
        if (role == Role.FACILITATOR && facilitator == null) {
            throw new IllegalArgumentException("a facilitator user is a registered facilitator");
        }
    }

    /** The groups this user may see one by one. */
    public GroupScope scope() {
        return switch (role) {
            case MINISTRY -> new GroupScope.AllGroups();
            case DISTRICT_OFFICER -> new GroupScope.GroupsInRegion(region);
            case FACILITATOR -> new GroupScope.FacilitatedGroups(facilitator);
            case TREASURER -> new GroupScope.OwnGroup(ownGroup);
            case RESEARCHER, ADMIN -> new GroupScope.NoIndividualGroups();
        };
    }
}
