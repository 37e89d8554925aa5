package id.kube.admin.security;

import java.io.Serial;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** Spring Security's view of a {@link KubeUser}: password hash, role authority, lock state. */
public final class KubeUserDetails extends User {

    @Serial
    private static final long serialVersionUID = 1L;

    private final KubeUser user;

    KubeUserDetails(KubeUser user, String passwordHash, boolean enabled, @Nullable Instant lockedUntil, Clock clock) {
        super(user.username(), passwordHash, enabled, true, true,
                lockedUntil == null || !lockedUntil.isAfter(clock.instant()),
                List.of(new SimpleGrantedAuthority(user.role().authority())));
        this.user = user;
    }

    /** A signed-in user without a usable password, for tests that act as a user. */
    public static KubeUserDetails forTest(KubeUser user) {
        return new KubeUserDetails(user, "{noop}-", true, null, Clock.systemUTC());
    }

    public KubeUser user() {
        return user;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
