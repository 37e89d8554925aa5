package id.kube.admin.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import id.kube.admin.security.KubeUser;
import id.kube.admin.security.KubeUserDetails;

/** Signs a user in on the current thread, as Spring Security does for a request. */
public final class TestUsers {

    private TestUsers() {
    }

    public static void signIn(KubeUser user) {
        KubeUserDetails details = KubeUserDetails.forTest(user);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                details, null, java.util.List.of(new SimpleGrantedAuthority(user.role().authority()))));
    }
}
