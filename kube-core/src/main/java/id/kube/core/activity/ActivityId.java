package id.kube.core.activity;

import java.util.Objects;
import java.util.UUID;

/** Identity of a business activity. */
public record ActivityId(UUID value) {

    public ActivityId {
        Objects.requireNonNull(value, "activity id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
