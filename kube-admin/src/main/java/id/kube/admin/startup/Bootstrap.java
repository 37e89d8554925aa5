package id.kube.admin.startup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.kube.admin.security.Role;
import id.kube.admin.security.UserAccounts;
import id.kube.admin.security.UserAccounts.NewAccount;

/**
 * On start: creates the bootstrap administrator from the environment, the demo users when demo mode is on,
 * and prints where the application listens and how to sign in.
 */
@Component
class Bootstrap {

    private static final Logger log = LoggerFactory.getLogger(Bootstrap.class);

    /** Password of every demo account (demo mode only). */
    static final String DEMO_PASSWORD = "kube-demo";

    private final KubeSettings settings;
    private final UserAccounts accounts;

    Bootstrap(KubeSettings settings, UserAccounts accounts) {
        this.settings = settings;
        this.accounts = accounts;
    }

    /** The demo accounts: one per role that needs no demo group. */
    static List<NewAccount> demoAccounts() {
        return List.of(
                new NewAccount("admin", "Admin KUBE", Role.ADMIN, null, null, Set.of()),
                new NewAccount("kemensos", "Kementerian Sosial", Role.MINISTRY, null, null, Set.of()),
                new NewAccount("dinsos.bandung", "Dinas Sosial Kota Bandung", Role.DISTRICT_OFFICER, null, "32.73",
                        Set.of()),
                new NewAccount("pendamping", "Siti Pendamping", Role.FACILITATOR, null, null, Set.of()),
                new NewAccount("peneliti", "Peneliti Data", Role.RESEARCHER, null, null, Set.of()));
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        List<String> logins = new ArrayList<>();
        if (settings.adminUser() != null && !settings.adminUser().isBlank()) {
            if (settings.adminPassword() == null || settings.adminPassword().length() < 8) {
                throw new IllegalStateException("KUBE_ADMIN_PASSWORD must be set (8 characters or more) together with"
                        + " KUBE_ADMIN_USER");
            }
            if (!accounts.exists(settings.adminUser())) {
                accounts.create(new NewAccount(settings.adminUser(), "Administrator", Role.ADMIN, null, null,
                        Set.of()), settings.adminPassword());
                log.info("created the administrator {}", settings.adminUser());
            }
        }
        if (settings.demo()) {
            for (NewAccount account : demoAccounts()) {
                if (!accounts.exists(account.username())) {
                    accounts.create(account, DEMO_PASSWORD);
                }
                logins.add(String.format("  %-16s %-10s %s", account.username(), DEMO_PASSWORD, account.role()));
            }
        }
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : -1;
        StringBuilder banner = new StringBuilder("\n\n  KUBE is running at http://localhost:" + port + "/\n");
        if (!logins.isEmpty()) {
            banner.append("\n  Demo logins (username, password, role):\n");
            logins.forEach(line -> banner.append(line).append('\n'));
        }
        if (settings.nikSecret() == null || settings.nikSecret().isBlank()) {
            banner.append("\n  KUBE_NIK_SECRET is not set: fine for demo data, required in production.\n");
        }
        System.out.println(banner);
    }
}
