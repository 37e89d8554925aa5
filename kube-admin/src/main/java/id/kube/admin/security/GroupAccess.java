package id.kube.admin.security;

import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;

import id.kube.core.group.GroupId;

/**
 * The server-side access policy that every query on group data goes through: it turns the signed-in user's
 * {@link GroupScope} into a jOOQ condition on the queried table, and refuses a single group outside the scope
 * (a treasurer typing another group's id into the URL gets {@link GroupAccessDeniedException}).
 */
@Service
public class GroupAccess {

    private final CurrentUser currentUser;

    public GroupAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /**
     * The rows of a query the current user may see, given the table's group id and region code columns.
     * Region codes are hierarchical ({@code 32} province, {@code 32.73} regency/city, {@code 32.73.01} district):
     * a district officer of {@code 32.73} sees {@code 32.73} and everything below it.
     */
    public Condition visibleGroups(Field<UUID> groupId, Field<String> regionCode) {
        return condition(currentUser.require().scope(), groupId, regionCode);
    }

    static Condition condition(GroupScope scope, Field<UUID> groupId, Field<String> regionCode) {
        return switch (scope) {
            case GroupScope.AllGroups all -> DSL.trueCondition();
            case GroupScope.GroupsInRegion region ->
                    regionCode.eq(region.regionCode()).or(regionCode.startsWith(region.regionCode() + "."));
            case GroupScope.AssignedGroups assigned -> assigned.groups().isEmpty()
                    ? DSL.falseCondition()
                    : groupId.in(assigned.groups().stream().map(GroupId::value).toList());
            case GroupScope.NoIndividualGroups none -> DSL.falseCondition();
        };
    }

    /** Whether a group with this region may be opened by the current user. */
    public boolean maySee(GroupId group, Optional<String> groupRegionCode) {
        return maySee(currentUser.require().scope(), group, groupRegionCode);
    }

    static boolean maySee(GroupScope scope, GroupId group, Optional<String> groupRegionCode) {
        return switch (scope) {
            case GroupScope.AllGroups all -> true;
            case GroupScope.GroupsInRegion region -> groupRegionCode
                    .map(code -> code.equals(region.regionCode()) || code.startsWith(region.regionCode() + "."))
                    .orElse(false);
            case GroupScope.AssignedGroups assigned -> assigned.groups().contains(group);
            case GroupScope.NoIndividualGroups none -> false;
        };
    }

    /** Refuses (with a message in Bahasa Indonesia) a group the current user may not see. */
    public void requireVisible(GroupId group, Optional<String> groupRegionCode) {
        if (!maySee(group, groupRegionCode)) {
            throw new GroupAccessDeniedException(currentUser.require().username(), group);
        }
    }
}
