package id.kube.core.group;

import java.util.Objects;
import java.util.UUID;

/** Identity of a KUBE group; the key every group-owned row (core and ledger) carries. */
public record GroupId(UUID value) {

    public GroupId {
        Objects.requireNonNull(value, "group id");
    }

    public static GroupId random() {
        return new GroupId(UUID.randomUUID());
    }

    public static GroupId parse(String text) {
        return new GroupId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
