package id.kube.admin.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request or Vaadin UI access. */
@Component
public class CurrentUser {

    public Optional<KubeUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof KubeUserDetails details) {
            return Optional.of(details.user());
        }
        return Optional.empty();
    }

    /** The signed-in user; a call without one is a programming error (every view requires a login). */
    public KubeUser require() {
        return get().orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }
}
