package id.kube.core.group;

/**
 * Program bounds on the number of families in a group (default 5–20). A group cannot be activated below the
 * minimum and no member can join beyond the maximum.
 */
public record GroupSizePolicy(int minimumMembers, int maximumMembers) {

    public static final GroupSizePolicy DEFAULT = new GroupSizePolicy(5, 20);

    public GroupSizePolicy {
        if (minimumMembers < 1 || maximumMembers < minimumMembers) {
            throw new IllegalArgumentException("group size bounds must satisfy 1 <= minimum <= maximum, got "
                    + minimumMembers + ".." + maximumMembers);
        }
    }
}
