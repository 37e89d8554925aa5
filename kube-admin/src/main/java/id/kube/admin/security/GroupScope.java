package id.kube.admin.security;

import id.kube.core.facilitator.FacilitatorId;
import id.kube.core.group.GroupId;
import id.kube.core.region.RegionCode;

/**
 * Which groups' individual records a user may see. Every query on group data is narrowed by the scope of the
 * signed-in user ({@link GroupAccess}), so hiding a button or editing a URL changes nothing.
 */
public sealed interface GroupScope {

    /** Ministry: every group. */
    record AllGroups() implements GroupScope {
    }

    /** District officer: the groups whose village lies in this region (a regency/city, e.g. {@code 32.73}). */
    record GroupsInRegion(RegionCode region) implements GroupScope {
    }

    /** Facilitator: the groups currently assigned to this facilitator in kube-core. */
    record FacilitatedGroups(FacilitatorId facilitator) implements GroupScope {
    }

    /** Treasurer: their own group. */
    record OwnGroup(GroupId group) implements GroupScope {
    }

    /** Researcher and admin: no individual group's records, only aggregates. */
    record NoIndividualGroups() implements GroupScope {
    }
}
