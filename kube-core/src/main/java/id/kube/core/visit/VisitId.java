package id.kube.core.visit;

import java.util.Objects;
import java.util.UUID;

/** Identity of a facilitator visit. */
public record VisitId(UUID value) {

    public VisitId {
        Objects.requireNonNull(value, "visit id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
