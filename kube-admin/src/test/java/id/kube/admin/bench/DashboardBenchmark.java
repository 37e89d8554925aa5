package id.kube.admin.bench;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.openqa.selenium.By;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import id.kube.admin.KubeAdminApplication;
import id.kube.admin.dashboard.DashboardFigures;
import id.kube.admin.dashboard.DashboardQuery;
import id.kube.admin.dashboard.DashboardSummaries;
import id.kube.admin.group.GridScroll;
import id.kube.admin.group.GroupDirectory;
import id.kube.admin.group.GroupFilter;
import id.kube.admin.security.GroupAccess;
import id.kube.admin.security.KubeUser;
import id.kube.admin.security.Role;
import id.kube.admin.support.Browser;
import id.kube.admin.support.TestUsers;
import id.kube.core.group.GroupId;
import id.kube.core.region.RegionCode;
import id.kube.core.schema.OwnedSchema;
import id.kube.ledger.journal.EntryKind;
import id.kube.ledger.journal.Journal;
import id.kube.ledger.journal.NewEntry;

/**
 * The admin benchmark (issue 5, Performance), against a fresh database on a real PostgreSQL server with scale data
 * ({@link ScaleData}): the national dashboard's server-side time beside the raw aggregate over the journal, the
 * figures checked equal to it (also after concurrent postings), the groups grid's first page beside the raw
 * keyset query with every SQL statement of a scroll recorded (no full COUNT), and the heap retained per open UI
 * session with real browsers signed in. Not part of {@code verify}; see docs/admin.md for the command.
 *
 * <pre>--url=jdbc:postgresql://127.0.0.1:5432/?user=postgres --groups=100000 --entries=50 --sessions=6
 * --reuse=kube_dashbench_123 (skip generation) --keep</pre>
 */
public final class DashboardBenchmark {

    private static final Pattern FULL_GROUP_COUNT = Pattern.compile(
            "^\\s*select\\s+count\\(\\*\\)\\s+from\\s+\"kube\"\\.\"kube_group\"", Pattern.CASE_INSENSITIVE);
    private static final KubeUser MINISTRY = new KubeUser("bench", "Bench", Role.MINISTRY, null, null, null);

    private static boolean failed;
    private static boolean freshSummaries;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        String server = options.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/?user=postgres");
        int groups = Integer.parseInt(options.getOrDefault("groups", "100000"));
        int entries = Integer.parseInt(options.getOrDefault("entries", "50"));
        int sessions = Integer.parseInt(options.getOrDefault("sessions", "6"));
        String reuse = options.get("reuse");
        freshSummaries = options.containsKey("fresh-summaries");
        boolean keep = options.containsKey("keep") || reuse != null;
        String database = reuse != null ? reuse : "kube_dashbench_" + System.currentTimeMillis();
        String base = server.substring(0, server.indexOf('/', "jdbc:postgresql://".length()) + 1);
        String query = server.contains("?") ? server.substring(server.indexOf('?')) : "";
        String url = base + database + query;
        String admin = base + "postgres" + query;

        System.out.printf("KUBE admin benchmark: database %s, %s%n", database,
                reuse != null ? "reused" : "%,d groups × %d entries (%,d legs)".formatted(groups, entries,
                        2L * groups * entries));
        if (reuse == null) {
            execute(admin, "create database " + database);
        }
        ConfigurableApplicationContext app = null;
        try {
            if (reuse == null) {
                HikariConfig config = new HikariConfig();
                config.setJdbcUrl(url);
                try (HikariDataSource dataSource = new HikariDataSource(config)) {
                    OwnedSchema.migrateAll(dataSource);
                    long started = System.nanoTime();
                    ScaleData.generate(dataSource, groups, entries);
                    System.out.printf("scale data generated in %,d s%n", (System.nanoTime() - started) / 1_000_000_000);
                }
            }
            app = start(url);
            run(app, url, sessions);
        } finally {
            if (app != null) {
                app.close();
            }
            if (!keep) {
                execute(admin, "drop database if exists " + database + " with (force)");
            } else {
                System.out.println("kept database " + database + " (rerun with --reuse=" + database + ")");
            }
        }
        System.exit(failed ? 1 : 0);
    }

    private static ConfigurableApplicationContext start(String url) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        Map<String, Object> properties = new HashMap<>();
        properties.put("kube.db.url", url);
        properties.put("server.port", "0");
        properties.put("kube.demo", "true");
        properties.put("kube.demo-data", "false");
        // the benchmark runs the catch-up itself, to time it
        properties.put("kube.dashboard.refresh-initial-millis", "86400000");
        properties.put("logging.level.root", "warn");
        return new SpringApplicationBuilder(KubeAdminApplication.class).properties(properties).run();
    }

    private static void run(ConfigurableApplicationContext app, String url, int sessions) throws Exception {
        DSLContext dsl = app.getBean(DSLContext.class);
        DashboardSummaries summaries = app.getBean(DashboardSummaries.class);
        DashboardQuery dashboard = app.getBean(DashboardQuery.class);
        Clock clock = app.getBean(Clock.class);
        TestUsers.signIn(MINISTRY);
        if (freshSummaries) {
            // with --reuse: time the first catch-up again from empty summaries
            dsl.execute("truncate admin.group_summary, admin.group_month, admin.district_month, admin.district_summary, admin.district_closure");
        }

        long started = System.nanoTime();
        DashboardSummaries.Run initial = summaries.catchUpAll(2_000);
        System.out.printf("%nsummaries: first catch-up of %,d groups (%,d group months) in %,d ms%n",
                initial.groupsRefreshed(), initial.monthsRecomputed(), (System.nanoTime() - started) / 1_000_000);

        System.out.println("\n== national dashboard, server-side (DashboardQuery.figures, ministry) ==");
        report("national (provinces, attention, trends, closed months)", time(40, () -> dashboard.figures(null)));
        report("province 51 (Bali)", time(40, () -> dashboard.figures(RegionCode.of("51"))));
        report("district 51.04.05 (Ubud, group tiles)", time(40, () -> dashboard.figures(RegionCode.of("51.04.05"))));
        try (Connection raw = DriverManager.getConnection(url)) {
            report("raw aggregate over the journal (legs ⋈ accounts ⋈ groups, by province)",
                    time(3, () -> rawNational(raw)));
            report("raw monthly trend over the journal (12 months of legs)",
                    time(3, () -> rawTrend(raw, YearMonth.now(clock))));
            check("national figures equal the raw aggregate", dashboard.figures(null), raw, clock);

            postConcurrently(dsl, summaries, clock);
            started = System.nanoTime();
            DashboardSummaries.Run after = summaries.catchUpAll(2_000);
            System.out.printf("summaries: catch-up after the postings: %,d groups, %,d months in %,d ms%n",
                    after.groupsRefreshed(), after.monthsRecomputed(), (System.nanoTime() - started) / 1_000_000);
            check("after concurrent postings the figures still equal the raw aggregate", dashboard.figures(null), raw,
                    clock);
            report("national after the postings", time(40, () -> dashboard.figures(null)));

            grid(app, raw);
        }
        memory(app, sessions);
    }

    /** 4 threads post 2,000 entries to random groups while another thread keeps catching up. */
    private static void postConcurrently(DSLContext dsl, DashboardSummaries summaries, Clock clock) throws Exception {
        List<UUID> ids = dsl.resultQuery("select group_id from ledger.book order by group_id limit 5000")
                .fetch(r -> r.get(0, UUID.class));
        Journal journal = new Journal(dsl, clock);
        LocalDate today = LocalDate.now(clock);
        AtomicBoolean posting = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        long started = System.nanoTime();
        try {
            Future<Integer> catcher = pool.submit(() -> {
                int runs = 0;
                while (posting.get()) {
                    summaries.catchUp(500);
                    runs++;
                }
                return runs;
            });
            List<Future<?>> posters = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                posters.add(pool.submit(() -> {
                    Random random = new Random(77L + thread);
                    for (int i = 0; i < 500; i++) {
                        GroupId group = new GroupId(ids.get(random.nextInt(ids.size())));
                        long amount = 1_000L * (1 + random.nextInt(100));
                        journal.post(NewEntry.builder(group, "bench-" + System.nanoTime() + "-" + thread + "-" + i)
                                .kind(EntryKind.CONTRIBUTION).valueDate(today).description("Simpanan wajib")
                                .postedBy("bench").debit("1101", amount).credit("3202", amount).build());
                    }
                    return null;
                }));
            }
            for (Future<?> poster : posters) {
                poster.get();
            }
            posting.set(false);
            System.out.printf("%nposted 2,000 entries from 4 threads in %,d ms while %d catch-up runs ran%n",
                    (System.nanoTime() - started) / 1_000_000, catcher.get());
        } finally {
            pool.shutdown();
        }
    }

    private static void grid(ConfigurableApplicationContext app, Connection raw) {
        System.out.println("\n== groups grid (ministry: all groups) ==");
        GroupAccess access = app.getBean(GroupAccess.class);
        DSLContext dsl = app.getBean(DSLContext.class);
        List<String> statements = Collections.synchronizedList(new ArrayList<>());
        ExecuteListener recorder = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                statements.add(ctx.sql());
            }
        };
        GroupDirectory directory = new GroupDirectory(
                dsl.configuration().derive(new DefaultExecuteListenerProvider(recorder)).dsl(), access);
        List<Long> page = time(40, () -> directory.page(GroupFilter.none(), null, 50));
        report("first page (GroupDirectory.page, 50 rows)", page);
        String rawKeyset = """
                select g.id, g.name, g.registration_number, g.village_code, r.name, g.status, g.stage,
                       (select count(*) from kube.member m where m.group_id = g.id and m.left_on is null)
                  from kube.kube_group g
                  join kube.region r on r.code = g.village_code and r.decree_id = g.region_decree_id
                 order by g.name, g.id limit 50""";
        List<Long> rawPage = time(40, () -> rawRows(raw, rawKeyset));
        report("raw keyset query (JDBC, same SQL shape)", rawPage);
        long difference = percentile(page, 50) - percentile(rawPage, 50);
        System.out.printf("  first page − raw (p50): %.1f ms (target ≤ 50 ms) %s%n", difference / 1e6,
                difference <= 50_000_000 ? "OK" : "FAILED");
        failed |= difference > 50_000_000;
        statements.clear();
        long started = System.nanoTime();
        long rows = GridScroll.scroll(directory, 40, 50);
        long elapsed = System.nanoTime() - started;
        long counts = statements.stream().filter(sql -> FULL_GROUP_COUNT.matcher(sql).find()).count();
        System.out.printf("  scroll 40 pages (%,d rows) through the grid's fetch path: %d statements, %d full COUNT,"
                + " %.1f ms per page %s%n", rows, statements.size(), counts, elapsed / 40 / 1e6,
                counts == 0 && statements.size() == 40 ? "OK" : "FAILED");
        failed |= counts != 0 || statements.size() != 40;
    }

    /** Heap retained per open UI session: real browsers signed in on the national dashboard. */
    private static void memory(ConfigurableApplicationContext app, int sessions) throws Exception {
        System.out.println("\n== memory per open UI session ==");
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        String baseUrl = "http://localhost:" + port + "/";
        List<Browser> browsers = new ArrayList<>();
        try {
            browsers.add(openDashboard(baseUrl)); // warm-up: class loading, route registry, caches
            long before = usedHeapAfterGc();
            for (int i = 0; i < sessions; i++) {
                browsers.add(openDashboard(baseUrl));
            }
            long after = usedHeapAfterGc();
            long perSession = (after - before) / sessions;
            System.out.printf("  heap after GC: %,d KB with 1 session, %,d KB with %d more: %,d KB per session"
                    + " (target ≤ 1,024 KB) %s%n", before / 1024, after / 1024, sessions, perSession / 1024,
                    perSession <= 1024 * 1024 ? "OK" : "FAILED");
            failed |= perSession > 1024 * 1024;
        } finally {
            browsers.forEach(Browser::close);
        }
    }

    private static Browser openDashboard(String baseUrl) {
        Browser browser = new Browser(baseUrl);
        browser.signIn("kemensos", "kube-demo");
        browser.waitFor(By.cssSelector("#chart-trend-savings[rendered]"));
        browser.waitForVaadin();
        return browser;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static void check(String what, DashboardFigures figures, Connection raw, Clock clock) {
        long[] national = rawNational(raw);
        long[] trend = rawTrend(raw, YearMonth.now(clock));
        long dashboardContributions = figures.trend().stream().mapToLong(DashboardFigures.MonthTrend::contributions).sum();
        boolean equal = figures.total().groups() == national[0] && figures.total().cash() == national[1]
                && figures.total().loansReceivable() == national[2] && dashboardContributions == trend[0];
        System.out.printf("  %s: groups %,d / %,d, cash %,d / %,d, loans %,d / %,d, 12-month contributions %,d / %,d %s%n",
                what, figures.total().groups(), national[0], figures.total().cash(), national[1],
                figures.total().loansReceivable(), national[2], dashboardContributions, trend[0],
                equal ? "EQUAL" : "DIFFERENT");
        failed |= !equal;
    }

    /** groups, cash+bank, loans receivable: straight from the legs. */
    private static long[] rawNational(Connection raw) {
        String sql = """
                select (select count(*) from kube.kube_group),
                       coalesce(sum(l.amount) filter (where a.role in ('CASH', 'BANK')), 0),
                       coalesce(sum(l.amount) filter (where a.role = 'LOANS_RECEIVABLE'), 0)
                  from ledger.leg l
                  join ledger.account a on a.group_id = l.group_id and a.code = l.account_code
                  join kube.kube_group g on g.id = l.group_id""";
        try (Statement statement = raw.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getBigDecimal(2).longValueExact(), rs.getBigDecimal(3).longValueExact()};
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long[] rawTrend(Connection raw, YearMonth now) {
        String sql = """
                select coalesce(-sum(l.amount), 0) from ledger.leg l
                  join ledger.account a on a.group_id = l.group_id and a.code = l.account_code
                 where a.role in ('PRINCIPAL_CONTRIBUTIONS', 'MANDATORY_CONTRIBUTIONS')
                   and l.value_date >= ? and l.value_date <= ?""";
        try (PreparedStatement statement = raw.prepareStatement(sql)) {
            statement.setObject(1, now.minusMonths(11).atDay(1));
            statement.setObject(2, now.atEndOfMonth());
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return new long[] {rs.getBigDecimal(1).longValueExact()};
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int rawRows(Connection raw, String sql) {
        try (Statement statement = raw.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            int rows = 0;
            while (rs.next()) {
                rows++;
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Long> time(int runs, Supplier<?> action) {
        for (int i = 0; i < (runs >= 10 ? 5 : 1); i++) {
            action.get();
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            action.get();
            nanos.add(System.nanoTime() - started);
        }
        Collections.sort(nanos);
        return nanos;
    }

    private static long percentile(List<Long> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static void report(String what, List<Long> sorted) {
        System.out.printf("  %-70s p50 %8.1f ms  p95 %8.1f ms  (n=%d)%n", what, percentile(sorted, 50) / 1e6,
                percentile(sorted, 95) / 1e6, sorted.size());
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
