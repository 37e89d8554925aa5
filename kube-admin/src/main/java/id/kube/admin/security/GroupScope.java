package id.kube.admin.security;

import java.util.Set;

import id.kube.core.group.GroupId;

/**
 * Which groups' individual records a user may see. Every query on group data is narrowed by the scope of the
 * signed-in user ({@link GroupAccess}), so hiding a button or editing a URL changes nothing.
 */
public sealed interface GroupScope {

    /** Ministry: every group. */
    record AllGroups() implements GroupScope {
    }

    /** District officer: the groups whose region code starts with this regency/city code (e.g. {@code 32.73}). */
    record GroupsInRegion(String regionCode) implements GroupScope {
        public GroupsInRegion {
            if (regionCode == null || !regionCode.matches("\\d{2}(\\.\\d{2}){0,3}")) {
                throw new IllegalArgumentException("kode wilayah tidak sah: " + regionCode);
            }
        }
    }

    /** Facilitator: the groups assigned to them; treasurer: their own group. */
    record AssignedGroups(Set<GroupId> groups) implements GroupScope {
        public AssignedGroups {
            groups = Set.copyOf(groups);
        }
    }

    /** Researcher and admin: no individual group's records, only aggregates. */
    record NoIndividualGroups() implements GroupScope {
    }
}
