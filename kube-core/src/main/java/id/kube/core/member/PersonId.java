package id.kube.core.member;

import java.util.Objects;
import java.util.UUID;

/** Identity of a person (NIK holder) across all the memberships they ever had. */
public record PersonId(UUID value) {

    public PersonId {
        Objects.requireNonNull(value, "person id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
