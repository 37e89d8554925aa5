package id.kube.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.kube.admin.security.UserAccounts.NewAccount;
import id.kube.admin.support.AdminApplicationTest;

/** Sign-in over real HTTP (form login with CSRF token), as the browser's login form posts it. */
class FailedLoginLimitTest extends AdminApplicationTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @Autowired
    UserAccounts accounts;

    @Test
    void fiveWrongPasswordsInARowLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        accounts.create(NewAccount.of("kunci.test", "Uji Kunci", Role.MINISTRY), "benar-123");

        assertThat(signIn("kunci.test", "benar-123")).as("the right password works").isTrue();
        for (int attempt = 1; attempt < UserAccounts.MAX_FAILED_LOGINS; attempt++) {
            assertThat(signIn("kunci.test", "salah")).isFalse();
        }
        assertThat(accounts.failedLogins("kunci.test")).isEqualTo(UserAccounts.MAX_FAILED_LOGINS - 1);
        assertThat(signIn("kunci.test", "benar-123")).as("a success resets the count").isTrue();
        assertThat(accounts.failedLogins("kunci.test")).isZero();

        for (int attempt = 1; attempt <= UserAccounts.MAX_FAILED_LOGINS; attempt++) {
            assertThat(signIn("kunci.test", "salah")).isFalse();
        }
        assertThat(signIn("kunci.test", "benar-123")).as("locked now").isFalse();
    }

    @Test
    void aSignOutPostWithoutTheCsrfTokenIsRefusedAndTheSessionStays() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(signIn(client, "kemensos", DEMO_PASSWORD)).isTrue();

        HttpResponse<String> forged = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);

        HttpResponse<String> after = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "dashboard")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void passwordsAreStoredAsBcryptHashesNeverInClear() {
        String hash = accounts.passwordHashForTest("kemensos");
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(DEMO_PASSWORD);
    }

    /** Whether form login with this password leads into the application (not back to {@code /login?error}). */
    private boolean signIn(String username, String password) throws IOException, InterruptedException {
        return signIn(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), username, password);
    }

    private boolean signIn(HttpClient client, String username, String password) throws IOException, InterruptedException {
        String page = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).as("the login page carries a CSRF token").isTrue();
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        return !location.contains("/login");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
