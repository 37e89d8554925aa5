package id.kube.admin.users;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import id.kube.admin.security.Role;

/** One account as the administrator sees it: role, what it is scoped to, whether it can sign in. */
public record UserLine(String username, String displayName, Role role, String scope, boolean enabled,
                       @Nullable Instant lockedUntil, int failedLogins, Instant createdAt) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
