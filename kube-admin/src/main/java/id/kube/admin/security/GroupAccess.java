package id.kube.admin.security;

import static id.kube.core.persistence.jooq.Tables.FACILITATOR_ASSIGNMENT;
import static id.kube.core.persistence.jooq.Tables.KUBE_GROUP;

import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
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
    private final DSLContext dsl;

    public GroupAccess(CurrentUser currentUser, DSLContext dsl) {
        this.currentUser = currentUser;
        this.dsl = dsl;
    }

    /** The rows of {@code kube.kube_group} the current user may see. */
    public Condition visibleGroups() {
        return condition(currentUser.require().scope(), KUBE_GROUP.ID, KUBE_GROUP.VILLAGE_CODE);
    }

    /**
     * The groups counted in the current user's aggregates (dashboard figures): their own scope, except that
     * researchers and admins, who may open no single group, see national aggregates.
     */
    public Condition groupsInAggregates() {
        GroupScope scope = currentUser.require().scope();
        return scope instanceof GroupScope.NoIndividualGroups
                ? DSL.trueCondition()
                : condition(scope, KUBE_GROUP.ID, KUBE_GROUP.VILLAGE_CODE);
    }

    /**
     * The rows the given scope may see, for a table with a group id and a village code column. Region codes
     * are hierarchical ({@code 51} province, {@code 51.04} regency, {@code 51.04.05} district,
     * {@code 51.04.05.2002} village): a district officer of {@code 51.04} sees every village below it.
     */
    static Condition condition(GroupScope scope, Field<UUID> groupId, Field<String> villageCode) {
        return switch (scope) {
            case GroupScope.AllGroups all -> DSL.trueCondition();
            case GroupScope.GroupsInRegion region -> villageCode.startsWith(region.region().value() + ".")
                    .or(villageCode.eq(region.region().value()));
            case GroupScope.FacilitatedGroups facilitated -> groupId.in(DSL
                    .select(FACILITATOR_ASSIGNMENT.GROUP_ID).from(FACILITATOR_ASSIGNMENT)
                    .where(FACILITATOR_ASSIGNMENT.FACILITATOR_ID.eq(facilitated.facilitator().value()))
                    .and(FACILITATOR_ASSIGNMENT.ENDED_ON.isNull()));
            case GroupScope.OwnGroup own -> groupId.eq(own.group().value());
            case GroupScope.NoIndividualGroups none -> DSL.falseCondition();
        };
    }

    /** Whether the current user may open this group (false too when no such group exists). */
    public boolean maySee(GroupId group) {
        return maySee(currentUser.require().scope(), group);
    }

    boolean maySee(GroupScope scope, GroupId group) {
        return dsl.fetchExists(dsl.selectOne().from(KUBE_GROUP)
                .where(KUBE_GROUP.ID.eq(group.value()))
                .and(condition(scope, KUBE_GROUP.ID, KUBE_GROUP.VILLAGE_CODE)));
    }

    /** Refuses (with a message in Bahasa Indonesia) a group the current user may not see. */
    public void requireVisible(GroupId group) {
        if (!maySee(group)) {
            throw new GroupAccessDeniedException(currentUser.require().username(), group);
        }
    }
}
