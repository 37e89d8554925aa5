package id.kube.admin.security;

import id.kube.core.group.GroupId;

/** A user asked for a group outside their scope (e.g. by editing the URL). */
public final class GroupAccessDeniedException extends RuntimeException {

    private final GroupId group;

    public GroupAccessDeniedException(String username, GroupId group) {
        super("Pengguna " + username + " tidak berhak membuka kelompok " + group.value());
        this.group = group;
    }

    public GroupId group() {
        return group;
    }
}
