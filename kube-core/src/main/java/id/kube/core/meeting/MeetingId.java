package id.kube.core.meeting;

import java.util.Objects;
import java.util.UUID;

/** Identity of a meeting. */
public record MeetingId(UUID value) {

    public MeetingId {
        Objects.requireNonNull(value, "meeting id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
