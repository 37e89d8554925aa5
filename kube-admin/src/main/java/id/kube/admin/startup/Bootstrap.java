package id.kube.admin.startup;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.kube.admin.security.Role;
import id.kube.core.KubeCore;
import id.kube.core.audit.Actor;
import id.kube.core.facilitator.Facilitator;
import id.kube.core.facilitator.FacilitatorId;
import id.kube.core.member.NikProtector;
import id.kube.core.region.RegionCode;
import id.kube.admin.security.UserAccounts;
import id.kube.admin.security.UserAccounts.NewAccount;
import id.kube.seeds.DemoSeeds;
import id.kube.seeds.importing.ImportReport;

/**
 * On start: creates the bootstrap administrator from the environment, the demo users when demo mode is on,
 * and prints where the application listens and how to sign in.
 */
@Component
class Bootstrap {

    private static final Logger log = LoggerFactory.getLogger(Bootstrap.class);

    /** Password of every demo account (demo mode only). */
    static final String DEMO_PASSWORD = "kube-demo";

    static final String DEMO_FACILITATOR = "Siti Pendamping";

    /** The demo treasurer keeps the books of this demo group (Gianyar, formed 2023). */
    static final String DEMO_TREASURER_GROUP = "KUBE-5104-004";

    private final KubeSettings settings;
    private final UserAccounts accounts;
    private final KubeCore core;
    private final DataSource dataSource;
    private final NikProtector nikProtector;
    private final Clock clock;

    Bootstrap(KubeSettings settings, UserAccounts accounts, KubeCore core, DataSource dataSource,
              NikProtector nikProtector, Clock clock) {
        this.settings = settings;
        this.accounts = accounts;
        this.core = core;
        this.dataSource = dataSource;
        this.nikProtector = nikProtector;
        this.clock = clock;
    }

    /**
     * Loads the demo groups through the ordinary import path once: a database that already holds groups (a
     * restart, or a real deployment switched to demo mode) is left as it is.
     */
    void loadDemoData() {
        if (core.groups().anyRegistered()) {
            return;
        }
        log.info("loading the demo data from seeds/ (first start only, about two minutes)...");
        ImportReport report = DemoSeeds.load(dataSource, nikProtector, clock);
        log.info("demo data loaded:\n{}", report.summary());
    }

    /**
     * The demo accounts. The facilitator account is a registered kube-core facilitator (created here once);
     * it sees the groups assigned to that facilitator.
     */
    List<NewAccount> demoAccounts() {
        // the demo facilitator is the one the seeds assign to the demo treasurer's group, so that the facilitator
        // screens show real groups; without demo groups, a facilitator registered for the purpose
        FacilitatorId facilitator = core.groups().findByRegistrationNumber(DEMO_TREASURER_GROUP)
                .flatMap(group -> core.groups().facilitatorAssignments(group.id()).stream()
                        .filter(assignment -> assignment.endedOn() == null)
                        .map(assignment -> assignment.facilitatorId()).findFirst())
                .orElseGet(() -> core.facilitators().all().stream()
                        .filter(f -> f.fullName().equals(DEMO_FACILITATOR)).map(Facilitator::id).findFirst()
                        .orElseGet(() -> core.facilitators().register(Actor.of("kube-admin"), DEMO_FACILITATOR, null)
                                .id()));
        String facilitatorName = core.facilitators().find(facilitator).map(Facilitator::fullName)
                .orElse(DEMO_FACILITATOR);
        List<NewAccount> demo = new ArrayList<>(List.of(
                NewAccount.of("admin", "Admin KUBE", Role.ADMIN),
                NewAccount.of("kemensos", "Kementerian Sosial", Role.MINISTRY),
                new NewAccount("dinsos.gianyar", "Dinas Sosial Kab. Gianyar", Role.DISTRICT_OFFICER, null,
                        RegionCode.of("51.04"), null),
                new NewAccount("pendamping", facilitatorName, Role.FACILITATOR, null, null, facilitator),
                NewAccount.of("peneliti", "Peneliti Data", Role.RESEARCHER)));
        core.groups().findByRegistrationNumber(DEMO_TREASURER_GROUP)
                .ifPresent(group -> demo.add(new NewAccount("bendahara", "Bendahara " + group.name(),
                        Role.TREASURER, group.id(), null, null)));
        return demo;
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
                accounts.create(NewAccount.of(settings.adminUser(), "Administrator", Role.ADMIN),
                        settings.adminPassword());
                log.info("created the administrator {}", settings.adminUser());
            }
        }
        if (settings.loadDemoData()) {
            loadDemoData();
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
