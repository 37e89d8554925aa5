package id.kube.core.facilitator;

import java.util.Objects;
import java.util.UUID;

/** Identity of a facilitator (pendamping). */
public record FacilitatorId(UUID value) {

    public FacilitatorId {
        Objects.requireNonNull(value, "facilitator id");
    }

    public static FacilitatorId random() {
        return new FacilitatorId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
