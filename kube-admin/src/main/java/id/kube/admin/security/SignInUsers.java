package id.kube.admin.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for Spring Security and limits failed logins (see {@link UserAccounts#MAX_FAILED_LOGINS}). */
@Service
public class SignInUsers implements UserDetailsService {

    private final UserAccounts accounts;

    public SignInUsers(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.loadForLogin(normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    @EventListener
    public void onBadPassword(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailedLogin(normalise(event.getAuthentication().getName()));
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        accounts.recordSuccessfulLogin(normalise(event.getAuthentication().getName()));
    }

    private static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
