package id.kube.core.group;

import java.util.Set;

/**
 * Lifecycle of a group: forming → active → graduated | dissolved, with suspended (and back to active).
 * Graduated and dissolved are final.
 */
public enum GroupStatus {
    FORMING("Pembentukan"),
    ACTIVE("Aktif"),
    SUSPENDED("Dibekukan"),
    GRADUATED("Mandiri (lulus)"),
    DISSOLVED("Bubar");

    private final String label;

    GroupStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Set<GroupStatus> next() {
        return switch (this) {
            case FORMING -> Set.of(ACTIVE, DISSOLVED);
            case ACTIVE -> Set.of(SUSPENDED, GRADUATED, DISSOLVED);
            case SUSPENDED -> Set.of(ACTIVE, DISSOLVED);
            case GRADUATED, DISSOLVED -> Set.of();
        };
    }

    public boolean canMoveTo(GroupStatus target) {
        return next().contains(target);
    }

    /** Statuses in which the group must have exactly one chair and one treasurer. */
    public boolean requiresOfficers() {
        return this == ACTIVE || this == SUSPENDED || this == GRADUATED;
    }

    public boolean isClosed() {
        return this == DISSOLVED;
    }
}
