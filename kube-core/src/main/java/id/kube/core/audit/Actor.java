package id.kube.core.audit;

import java.util.Objects;

/** Who performs a write: a user name or a system job name, recorded on every row and audit event. */
public record Actor(String name) {

    public Actor {
        Objects.requireNonNull(name, "actor");
        name = name.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new IllegalArgumentException("actor name must be 1..200 characters");
        }
    }

    public static Actor of(String name) {
        return new Actor(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
