package id.kube.ledger.bench;

import static id.kube.ledger.persistence.jooq.Tables.ACCOUNT;
import static id.kube.ledger.persistence.jooq.Tables.BOOK;
import static id.kube.ledger.persistence.jooq.Tables.ENTRY;
import static id.kube.ledger.persistence.jooq.Tables.LEG;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import id.kube.core.group.GroupId;
import id.kube.core.member.MemberId;
import id.kube.core.schema.OwnedSchema;
import id.kube.ledger.account.AccountId;
import id.kube.ledger.account.BookSettings;
import id.kube.ledger.account.Side;
import id.kube.ledger.check.InvariantChecker;
import id.kube.ledger.check.InvariantReport;
import id.kube.ledger.journal.Books;
import id.kube.ledger.journal.ChainVerifier;
import id.kube.ledger.journal.EntryHashes;
import id.kube.ledger.journal.EntryKind;
import id.kube.ledger.journal.Journal;
import id.kube.ledger.journal.PostingStatements;
import id.kube.ledger.journal.Leg;
import id.kube.ledger.journal.NewEntry;
import id.kube.ledger.report.Reports;

/**
 * The ledger benchmark (issue 3), run against a fresh database on a real PostgreSQL server. Prints figures and
 * ratios; exits non-zero if the invariant checker finds anything after a workload or a caller of W3 sees an
 * error. Not part of {@code verify}; see docs/ledger.md for the command.
 *
 * <pre>--url=jdbc:postgresql://127.0.0.1:5432/?user=postgres  --scale=1.0  --keep</pre>
 */
public final class LedgerBenchmark {

    private static final LocalDate VALUE_DATE = LocalDate.of(2026, 3, 10);
    private static final String CASH = "1101";
    private static final String SALES = "4101";
    private static final String[][] BENCH_CHART = {
            {CASH, "Kas", "ASSET", "CASH", "true"},
            {"1102", "Bank", "ASSET", "BANK", "true"},
            {SALES, "Penjualan", "INCOME", "SALES", "false"},
            {"5201", "Beban operasional", "EXPENSE", "OPERATING_EXPENSES", "false"}};

    private final String baseUrl;
    private final double scale;
    private final boolean keep;
    private final String database = "kube_bench_" + System.currentTimeMillis();
    private final List<String> failures = new ArrayList<>();
    private HikariDataSource pool;
    private DSLContext dsl;

    private LedgerBenchmark(String baseUrl, double scale, boolean keep) {
        this.baseUrl = baseUrl;
        this.scale = scale;
        this.keep = keep;
    }

    public static void main(String[] args) throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:5432/?user=postgres";
        double scale = 1.0;
        boolean keep = false;
        for (String arg : args) {
            if (arg.startsWith("--url=")) {
                url = arg.substring(6);
            } else if (arg.startsWith("--scale=")) {
                scale = Double.parseDouble(arg.substring(8));
            } else if (arg.equals("--keep")) {
                keep = true;
            } else {
                System.err.println("unknown argument " + arg);
                System.exit(2);
            }
        }
        int exit = new LedgerBenchmark(url, scale, keep).run();
        System.exit(exit);
    }

    /** 1-based group number → a UUID pgbench can compute too. */
    static UUID groupUuid(long number) {
        return new UUID(0x0000000000004000L, 0x8000000000000000L | number);
    }

    private String urlFor(String db) {
        int q = baseUrl.indexOf('?');
        String head = q < 0 ? baseUrl : baseUrl.substring(0, q);
        String query = q < 0 ? "" : baseUrl.substring(q);
        return head.substring(0, head.lastIndexOf('/') + 1) + db + query;
    }

    private int run() throws Exception {
        try (Connection admin = java.sql.DriverManager.getConnection(urlFor("postgres"))) {
            DSL.using(admin, SQLDialect.POSTGRES).createDatabase(database).execute();
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(urlFor(database));
        config.setMaximumPoolSize(20);
        pool = new HikariDataSource(config);
        dsl = DSL.using(pool, SQLDialect.POSTGRES);
        try {
            OwnedSchema.migrateAll(pool);
            System.out.printf("database %s; fsync=%s synchronous_commit=%s; server %s; scale %.3f; %d cores%n", database,
                    setting("fsync"), setting("synchronous_commit"), setting("server_version"), scale, Runtime.getRuntime().availableProcessors());
            int entries = (int) Math.round(1_000_000 * scale);
            int groups = (int) Math.round(100_000 * scale);
            int w2Groups = Math.max(100, (int) Math.round(10_000 * scale));
            int w2PerThread = Math.max(50, (int) Math.round(1_000 * scale));
            int w3PerThread = Math.max(25, (int) Math.round(250 * scale));

            long next = 1;
            bulkOpenBooks(next, groups);
            bulkOpenBooks(next + groups, groups);
            bulkOpenBooks(next + 2L * groups, w2Groups);
            bulkOpenBooks(next + 2L * groups + w2Groups, w2Groups);
            analyze();
            w1(next, next + groups, groups, entries);
            check("W1");
            w2(next + 2L * groups, next + 2L * groups + w2Groups, w2Groups, w2PerThread);
            w3(w3PerThread);
            reports();
        } finally {
            pool.close();
            if (!keep) {
                try (Connection admin = java.sql.DriverManager.getConnection(urlFor("postgres"))) {
                    DSL.using(admin, SQLDialect.POSTGRES).dropDatabase(database).execute();
                }
            }
        }
        if (failures.isEmpty()) {
            System.out.println("RESULT: all invariants held after every workload");
            return 0;
        }
        failures.forEach(f -> System.out.println("FAILED: " + f));
        return 1;
    }

    private String setting(String name) {
        return dsl.select(DSL.function("current_setting", String.class, DSL.inline(name))).fetchOne().value1();
    }

    private void analyze() {
        for (Table<?> t : List.of(BOOK, ACCOUNT, ENTRY, LEG)) {
            dsl.query("analyze {0}", t).execute();
        }
    }

    // ------------------------------------------------------------------ setup

    /** Books and a four-account chart for groups {@code first .. first+count-1}, loaded with COPY (setup, not timed). */
    private void bulkOpenBooks(long first, int count) throws Exception {
        String genesis = "\\x" + HexFormat.of().formatHex(EntryHashes.GENESIS);
        copy(BOOK, List.of(BOOK.GROUP_ID, BOOK.LAST_HASH), out -> {
            for (long g = first; g < first + count; g++) {
                out.append(groupUuid(g).toString()).append(',').append(genesis).append('\n');
                out.flushIfFull();
            }
        });
        copy(ACCOUNT, List.of(ACCOUNT.GROUP_ID, ACCOUNT.CODE, ACCOUNT.NAME, ACCOUNT.TYPE, ACCOUNT.ROLE, ACCOUNT.NON_NEGATIVE), out -> {
            for (long g = first; g < first + count; g++) {
                String id = groupUuid(g).toString();
                for (String[] a : BENCH_CHART) {
                    out.append(id).append(',').append(a[0]).append(',').append(a[1]).append(',').append(a[2]).append(',')
                            .append(a[3]).append(',').append(a[4]).append('\n');
                }
                out.flushIfFull();
            }
        });
    }

    interface RowWriter {
        void write(CopyBuffer out) throws Exception;
    }

    /** Streams CSV rows into one COPY statement in chunks. */
    static final class CopyBuffer {
        private final CopyIn copyIn;
        private final StringBuilder text = new StringBuilder(1 << 20);

        CopyBuffer(CopyIn copyIn) {
            this.copyIn = copyIn;
        }

        CopyBuffer append(String s) {
            text.append(s);
            return this;
        }

        CopyBuffer append(char c) {
            text.append(c);
            return this;
        }

        CopyBuffer append(long v) {
            text.append(v);
            return this;
        }

        void flushIfFull() throws Exception {
            if (text.length() > (1 << 20) - 4096) {
                flush();
            }
        }

        void flush() throws Exception {
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            copyIn.writeToCopy(bytes, 0, bytes.length);
            text.setLength(0);
        }
    }

    /** COPY into a table with a jOOQ-rendered table and column list, in its own transaction. */
    private void copy(Table<?> table, List<? extends Field<?>> columns, RowWriter rows) throws Exception {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            copyIn(c, table, columns, rows);
            c.commit();
        }
    }

    private static void copyIn(Connection c, Table<?> table, List<? extends Field<?>> columns, RowWriter rows) throws Exception {
        DSLContext render = DSL.using(SQLDialect.POSTGRES);
        String columnList = columns.stream().map(f -> render.render(DSL.name(f.getName()))).collect(Collectors.joining(", "));
        String command = "COPY " + render.render(table) + " (" + columnList + ") FROM STDIN (FORMAT csv)";
        CopyIn copyIn = c.unwrap(PGConnection.class).getCopyAPI().copyIn(command);
        try {
            CopyBuffer buffer = new CopyBuffer(copyIn);
            rows.write(buffer);
            buffer.flush();
            copyIn.endCopy();
        } finally {
            if (copyIn.isActive()) {
                copyIn.cancelCopy();
            }
        }
    }

    // ------------------------------------------------------------------ W1

    private void w1(long libraryFirst, long rawFirst, int groups, int entries) throws Exception {
        int perGroup = entries / groups;
        int batchSize = 10_000;
        Journal journal = new Journal(dsl, Clock.systemUTC());
        System.out.printf("%nW1 batch: %,d entries (2 legs) over %,d groups (%d per group, group by group), %,d entries per batch call%n",
                entries, groups, perGroup, batchSize);
        long start = System.nanoTime();
        for (int from = 0; from < entries; from += batchSize) {
            List<NewEntry> batch = new ArrayList<>(batchSize);
            for (int i = from; i < Math.min(entries, from + batchSize); i++) {
                batch.add(w1Entry(libraryFirst, perGroup, i));
            }
            journal.post(batch);
        }
        double librarySeconds = (System.nanoTime() - start) / 1e9;
        double libraryRate = entries / librarySeconds;
        System.out.printf("  library batch API : %8.1f s  %,10.0f entries/s%n", librarySeconds, libraryRate);

        start = System.nanoTime();
        rawCopy(rawFirst, groups, entries, perGroup);
        double rawSeconds = (System.nanoTime() - start) / 1e9;
        double rawRate = entries / rawSeconds;
        System.out.printf("  raw COPY + update : %8.1f s  %,10.0f entries/s%n", rawSeconds, rawRate);
        double ratio = rawRate / libraryRate;
        System.out.printf("  raw / library     : %.2fx   (targets: library >= 20,000 entries/s -> %s; within 2.5x of raw -> %s)%n",
                ratio, libraryRate >= 20_000 ? "met" : "NOT met", ratio <= 2.5 ? "met" : "NOT met");
    }

    /** Entry {@code i} of W1: group-major order, {@code perGroup} consecutive entries per group, as a loader would send them. */
    private static NewEntry w1Entry(long first, int perGroup, int i) {
        GroupId g = new GroupId(groupUuid(first + (i / perGroup)));
        long amount = 1 + (i % 100_000);
        return new NewEntry(g, "w1-" + i, EntryKind.SALE, VALUE_DATE, "W1 penjualan " + i, null, "bench",
                List.of(new Leg(AccountId.of(g, CASH), Side.DEBIT, amount), new Leg(AccountId.of(g, SALES), Side.CREDIT, amount)), null);
    }

    /** The identical rows (hashes included) written with COPY, then one set-based balance update and chain-head update. */
    private void rawCopy(long first, int groups, int entries, int perGroup) throws Exception {
        HexFormat hex = HexFormat.of();
        Instant bookedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        String booked = OffsetDateTime.ofInstant(bookedAt, ZoneOffset.UTC).toString();
        String batch = UUID.randomUUID().toString();
        byte[][] lastHash = new byte[groups][];
        Arrays.fill(lastHash, EntryHashes.GENESIS);
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            copyIn(c, ENTRY, List.of(ENTRY.GROUP_ID, ENTRY.ENTRY_NO, ENTRY.IDEMPOTENCY_KEY, ENTRY.CONTENT_HASH, ENTRY.KIND, ENTRY.VALUE_DATE,
                    ENTRY.BOOKED_AT, ENTRY.DESCRIPTION, ENTRY.POSTED_BY, ENTRY.BATCH_ID, ENTRY.PREV_HASH, ENTRY.HASH), out -> {
                for (int i = 0; i < entries; i++) {
                    int gi = i / perGroup;
                    UUID g = groupUuid(first + gi);
                    long entryNo = i % perGroup + 1;
                    long amount = 1 + (i % 100_000);
                    String key = "w1-" + i;
                    byte[] content = EntryHashes.content(g, "SALE", VALUE_DATE, "W1 penjualan " + i, null, "bench", null,
                            List.of(new EntryHashes.HashedLeg(CASH, amount), new EntryHashes.HashedLeg(SALES, -amount)));
                    byte[] prev = lastHash[gi];
                    byte[] hash = EntryHashes.link(prev, g, entryNo, key, content, bookedAt);
                    lastHash[gi] = hash;
                    out.append(g.toString()).append(',').append(entryNo).append(',').append(key).append(",\\x").append(hex.formatHex(content))
                            .append(",SALE,").append(VALUE_DATE.toString()).append(',').append(booked).append(",W1 penjualan ").append(i)
                            .append(",bench,").append(batch).append(",\\x").append(hex.formatHex(prev)).append(",\\x").append(hex.formatHex(hash))
                            .append('\n');
                    out.flushIfFull();
                }
            });
            copyIn(c, LEG, List.of(LEG.GROUP_ID, LEG.ENTRY_NO, LEG.LEG_NO, LEG.ACCOUNT_CODE, LEG.AMOUNT, LEG.VALUE_DATE), out -> {
                String date = VALUE_DATE.toString();
                for (int i = 0; i < entries; i++) {
                    String g = groupUuid(first + (i / perGroup)).toString();
                    long entryNo = i % perGroup + 1;
                    long amount = 1 + (i % 100_000);
                    out.append(g).append(',').append(entryNo).append(",1,").append(CASH).append(',').append(amount).append(',').append(date).append('\n');
                    out.append(g).append(',').append(entryNo).append(",2,").append(SALES).append(',').append(-amount).append(',').append(date).append('\n');
                    out.flushIfFull();
                }
            });
            DSLContext tx = DSL.using(c, SQLDialect.POSTGRES);
            UUID low = groupUuid(first);
            UUID high = groupUuid(first + groups - 1);
            Table<?> sums = DSL.select(LEG.GROUP_ID, LEG.ACCOUNT_CODE, DSL.sum(LEG.AMOUNT).as("total")).from(LEG)
                    .where(LEG.GROUP_ID.between(low, high)).groupBy(LEG.GROUP_ID, LEG.ACCOUNT_CODE).asTable("sums");
            tx.update(ACCOUNT).set(ACCOUNT.BALANCE, ACCOUNT.BALANCE.plus(sums.field("total", java.math.BigDecimal.class).cast(Long.class)))
                    .from(sums).where(ACCOUNT.GROUP_ID.eq(sums.field(LEG.GROUP_ID)), ACCOUNT.CODE.eq(sums.field(LEG.ACCOUNT_CODE))).execute();
            tx.update(BOOK).set(BOOK.LAST_ENTRY_NO, ENTRY.ENTRY_NO).set(BOOK.LAST_HASH, ENTRY.HASH).from(ENTRY)
                    .where(ENTRY.GROUP_ID.eq(BOOK.GROUP_ID), ENTRY.ENTRY_NO.eq((long) perGroup), BOOK.GROUP_ID.between(low, high)).execute();
            c.commit();
        }
    }

    // ------------------------------------------------------------------ W2

    private static final int W2_THREADS = 16;
    private static final int W2_ROUNDS = 3;
    private static final int W2_WARM_UP_PER_THREAD = 400;

    private record LibraryRound(double rate, double p50, double p99, double clientCpuMs, double callerThreadsCpuMs, double serverCpuMs) {
    }

    private record PgbenchRound(double rate, double average, double p99, double serverCpuMs) {
    }

    /**
     * W2: the library (16 threads, one entry per call) and pgbench (16 clients, the same statements) on their own
     * groups, after an untimed warm-up of the JVM, in {@value #W2_ROUNDS} alternating rounds so that both see the
     * same background load of a shared machine; targets are judged on the medians.
     */
    private void w2(long first, long pgFirst, int groups, int perThread) throws Exception {
        Journal journal = new Journal(dsl, Clock.systemUTC());
        System.out.printf("%nW2 interactive: one entry per call and commit, %d threads x %,d entries over %,d groups; pgbench -M prepared, "
                + "%d clients, same statements, its own %,d groups; %d alternating rounds after a warm-up of %,d entries each%n",
                W2_THREADS, perThread, groups, W2_THREADS, groups, W2_ROUNDS, W2_THREADS * Math.max(perThread, W2_WARM_UP_PER_THREAD));
        Path script = Files.createTempFile("w2-", ".pgbench");
        Files.writeString(script, w2Script());
        System.out.println("  pgbench script    : " + script + " (generated from the library's statements)");
        AtomicLong keys = new AtomicLong();
        // Warm-up, not reported: the JVM's JIT compiles the posting path (its compiler threads would otherwise
        // compete for the same two cores during the first rounds), and PostgreSQL's caches see both sides' groups.
        int warmUp = Math.max(perThread, W2_WARM_UP_PER_THREAD);
        libraryRound(journal, first, groups, warmUp, keys);
        if (pgbenchRound(script, pgFirst, groups, warmUp) == null) {
            return;
        }
        List<Double> ratios = new ArrayList<>();
        List<Double> libraryP99 = new ArrayList<>();
        List<Double> pgbenchP99 = new ArrayList<>();
        for (int round = 1; round <= W2_ROUNDS; round++) {
            LibraryRound lib = libraryRound(journal, first, groups, perThread, keys);
            PgbenchRound pg = pgbenchRound(script, pgFirst, groups, perThread);
            if (pg == null) {
                return;
            }
            System.out.printf("  round %d library   : %,8.0f entries/s   p50 %6.2f ms   p99 %6.2f ms   (CPU per entry: JVM %.2f ms of which "
                    + "calling threads %.2f ms; PostgreSQL %.2f ms)%n", round, lib.rate(), lib.p50(), lib.p99(), lib.clientCpuMs(),
                    lib.callerThreadsCpuMs(), lib.serverCpuMs());
            System.out.printf("  round %d pgbench   : %,8.0f entries/s   avg %6.2f ms   p99 %6.2f ms   (CPU per entry: PostgreSQL %.2f ms)"
                    + "   library/pgbench %.2f%n", round, pg.rate(), pg.average(), pg.p99(), pg.serverCpuMs(), lib.rate() / pg.rate());
            ratios.add(lib.rate() / pg.rate());
            libraryP99.add(lib.p99());
            pgbenchP99.add(pg.p99());
        }
        double ratio = median(ratios);
        double p99 = median(libraryP99);
        System.out.printf("  median            : library/pgbench %.2f, library p99 %.2f ms, pgbench p99 %.2f ms   "
                        + "(targets: >= 0.7 -> %s; p99 <= 20 ms -> %s)%n", ratio, p99, median(pgbenchP99),
                ratio >= 0.7 ? "met" : "NOT met", p99 <= 20 ? "met" : "NOT met");
        System.out.println("  (PostgreSQL CPU: the backends serving this benchmark's database, from /proc; JVM CPU: this process)");
        check("W2");
        verifyChains(first, groups, 5);
    }

    private LibraryRound libraryRound(Journal journal, long first, int groups, int perThread, AtomicLong keys) throws Exception {
        long[][] latencies = new long[W2_THREADS][perThread];
        AtomicLong callerCpu = new AtomicLong();
        ExecutorService executor = Executors.newFixedThreadPool(W2_THREADS);
        long cpu0 = clientCpuNanos();
        ServerCpu server = ServerCpu.start(database);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < W2_THREADS; t++) {
            int thread = t;
            futures.add(executor.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                long threadCpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                for (int i = 0; i < perThread; i++) {
                    GroupId g = new GroupId(groupUuid(first + random.nextInt(groups)));
                    long amount = 1 + random.nextInt(100_000);
                    NewEntry e = new NewEntry(g, "w2-" + keys.incrementAndGet(), EntryKind.SALE, VALUE_DATE, "W2 penjualan", null, "bench",
                            List.of(new Leg(AccountId.of(g, CASH), Side.DEBIT, amount), new Leg(AccountId.of(g, SALES), Side.CREDIT, amount)), null);
                    long t0 = System.nanoTime();
                    journal.post(e);
                    latencies[thread][i] = System.nanoTime() - t0;
                }
                callerCpu.addAndGet(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - threadCpu0);
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double clientCpu = (clientCpuNanos() - cpu0) / 1e6;
        long serverCpu = server == null ? -1 : server.stopMillis();
        executor.shutdown();
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        return new LibraryRound(all.length / seconds, all[all.length / 2] / 1e6, all[(int) Math.floor(all.length * 0.99)] / 1e6,
                clientCpu / all.length, callerCpu.get() / 1e6 / all.length, (double) serverCpu / all.length);
    }

    private PgbenchRound pgbenchRound(Path script, long first, int groups, int perThread) throws Exception {
        Path logs = Files.createTempDirectory("w2-pgbench-");
        String pgbench = Files.isExecutable(Path.of("/usr/lib/postgresql/15/bin/pgbench")) ? "/usr/lib/postgresql/15/bin/pgbench" : "pgbench";
        java.util.Properties props = org.postgresql.Driver.parseURL(urlFor(database), new java.util.Properties());
        List<String> command = List.of(pgbench, "-n", "-M", "prepared", "-c", String.valueOf(W2_THREADS), "-j", "4", "-t", String.valueOf(perThread),
                "-f", script.toString(), "-D", "first_group=" + first, "-D", "last_group=" + (first + groups - 1),
                "-l", "--log-prefix=" + logs.resolve("w2"),
                "-h", props.getProperty("PGHOST", "127.0.0.1"), "-p", props.getProperty("PGPORT", "5432"),
                "-U", props.getProperty("user", "postgres"), database);
        ServerCpu server = ServerCpu.start(database);
        Process process = new ProcessBuilder(command).directory(logs.toFile()).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().forEach(line -> output.append(line).append('\n'));
        }
        int exit = process.waitFor();
        long pgCpu = server == null ? -1 : server.stopMillis();
        Matcher tps = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(output);
        Matcher latency = Pattern.compile("latency average = ([0-9.]+) ms").matcher(output);
        if (exit != 0 || !tps.find() || !latency.find()) {
            failures.add("pgbench did not run: " + output);
            System.out.println(output);
            return null;
        }
        long[] pgLatencies;
        try (var files = Files.list(logs)) {
            pgLatencies = files.filter(f -> f.getFileName().toString().startsWith("w2.")).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).mapToLong(line -> Long.parseLong(line.split(" ")[2])).sorted().toArray();
        }
        int transactions = W2_THREADS * perThread;
        return new PgbenchRound(Double.parseDouble(tps.group(1)), Double.parseDouble(latency.group(1)),
                pgLatencies.length == 0 ? Double.NaN : pgLatencies[(int) Math.floor(pgLatencies.length * 0.99)] / 1e3,
                (double) pgCpu / transactions);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /**
     * The pgbench script of W2: the library's own four posting statements ({@link PostingStatements}), each
     * placeholder replaced by the array the library would bind for one 2-leg sale, in one transaction.
     */
    static String w2Script() {
        // the group's UUID from its number, computed once: the book lock's \gset gives it back as :group_id
        String firstG = "('00000000-0000-4000-8000-' || lpad(to_hex(:g::bigint), 12, '0'))::uuid";
        String g = ":group_id::uuid";
        String n = "(:last_entry_no::bigint + 1)";
        String date = "date '" + VALUE_DATE + "'";
        Map<String, String> values = Map.ofEntries(
                Map.entry("group", firstG),
                Map.entry("months", "ARRAY[date '" + VALUE_DATE.withDayOfMonth(1) + "']"),
                Map.entry("plan_cache_mode", "'force_generic_plan'"),
                Map.entry("key_groups", "ARRAY[" + g + "]"),
                Map.entry("keys", "ARRAY['pg-' || " + n + "]"),
                Map.entry("account_groups", "ARRAY[" + g + ", " + g + "]"),
                Map.entry("codes", "ARRAY['" + CASH + "', '" + SALES + "']"),
                Map.entry("e_group", "ARRAY[" + g + "]"),
                Map.entry("e_no", "ARRAY[" + n + "]"),
                Map.entry("e_key", "ARRAY['pg-' || " + n + "]"),
                Map.entry("e_content", "ARRAY[sha256(('pg' || :amount::bigint)::bytea)]"),
                Map.entry("e_kind", "ARRAY['SALE']"),
                Map.entry("e_date", "ARRAY[" + date + "]"),
                Map.entry("booked_at", "now()"),
                Map.entry("e_description", "ARRAY['W2 penjualan']"),
                Map.entry("e_member", "ARRAY[NULL::uuid]"),
                Map.entry("e_posted_by", "ARRAY['bench']"),
                Map.entry("e_reverses", "ARRAY[NULL::bigint]"),
                Map.entry("batch_id", "gen_random_uuid()"),
                Map.entry("e_prev", "ARRAY[sha256(('p' || " + n + ")::bytea)]"),
                Map.entry("e_hash", "ARRAY[sha256(('h' || " + n + ")::bytea)]"),
                Map.entry("l_group", "ARRAY[" + g + ", " + g + "]"),
                Map.entry("l_no", "ARRAY[" + n + ", " + n + "]"),
                Map.entry("l_leg", "ARRAY[1, 2]"),
                Map.entry("l_account", "ARRAY['" + CASH + "', '" + SALES + "']"),
                Map.entry("l_amount", "ARRAY[:amount::bigint, -:amount::bigint]"),
                Map.entry("l_date", "ARRAY[" + date + ", " + date + "]"),
                Map.entry("l_member", "ARRAY[NULL::uuid, NULL::uuid]"),
                Map.entry("b_group", "ARRAY[" + g + ", " + g + "]"),
                Map.entry("b_code", "ARRAY['" + CASH + "', '" + SALES + "']"),
                Map.entry("b_delta", "ARRAY[:amount::bigint, -:amount::bigint]"),
                Map.entry("h_group", "ARRAY[" + g + "]"),
                Map.entry("h_no", "ARRAY[" + n + "]"),
                Map.entry("h_hash", "ARRAY[sha256(('h' || " + n + ")::bytea)]"));
        StringBuilder script = new StringBuilder();
        script.append("-- W2 baseline, generated from the library's posting statements (PostingSql)\n");
        script.append("\\set g random(:first_group, :last_group)\n\\set amount random(1, 100000)\nBEGIN;\n");
        boolean first = true;
        for (PostingStatements.Statement statement : PostingStatements.inOrder()) {
            StringBuilder sql = new StringBuilder();
            int parameter = 0;
            for (char c : statement.text().toCharArray()) {
                if (c == '?') {
                    String name = statement.parameters().get(parameter++);
                    String value = values.get(name);
                    if (value == null) {
                        throw new IllegalStateException("no pgbench value for parameter " + name);
                    }
                    sql.append(value);
                } else {
                    sql.append(c);
                }
            }
            // the book lock's result gives the entry number (as the library reads it)
            script.append(sql).append(first ? " \\gset\n" : ";\n");
            first = false;
        }
        script.append("END;\n");
        return script.toString();
    }

    /** CPU time of this JVM (all threads): the client side of the library run. */
    private static long clientCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    // ------------------------------------------------------------------ W3

    private void w3(int perThread) throws Exception {
        int threads = 16;
        Books books = new Books(dsl);
        GroupId hot = GroupId.random();
        books.open(hot, BookSettings.DEFAULT);
        Journal journal = new Journal(dsl, Clock.systemUTC());
        // Opening cash so that no spend is refused for want of funds whatever order the threads commit in:
        // the only errors a caller could then see are the ones the library must hide (40001, 40P01).
        journal.post(NewEntry.builder(hot, "w3-open").kind(EntryKind.OPENING_BALANCE).valueDate(VALUE_DATE).description("Saldo awal")
                .postedBy("bench").debit(CASH, 1_000_000).credit("3101", 1_000_000).build());
        System.out.printf("%nW3 hot account: %d threads x %,d single entries, every one touching the same cash account%n", threads, perThread);
        AtomicLong errors = new AtomicLong();
        AtomicLong keys = new AtomicLong();
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(executor.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    long n = keys.incrementAndGet();
                    boolean spend = n % 4 == 0;
                    try {
                        journal.post(NewEntry.builder(hot, "w3-" + n).valueDate(VALUE_DATE).description("W3").postedBy("bench")
                                .debit(spend ? "5201" : CASH, spend ? 10 : 100).credit(spend ? CASH : "4101", spend ? 10 : 100).build());
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                        System.out.println("  caller saw: " + e);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        executor.shutdown();
        System.out.printf("  %,10.0f entries/s, errors seen by callers: %d (serialization failures and deadlocks are retried inside)%n",
                threads * perThread / seconds, errors.get());
        if (errors.get() > 0) {
            failures.add("W3: callers saw " + errors.get() + " errors");
        }
        check("W3");
        if (!new ChainVerifier(dsl).verify(hot).intact()) {
            failures.add("W3: hash chain of the hot group is broken");
        }
    }

    // ------------------------------------------------------------------ reports

    private void reports() {
        GroupId g = GroupId.random();
        new Books(dsl).open(g, BookSettings.DEFAULT);
        Journal journal = new Journal(dsl, Clock.systemUTC());
        List<MemberId> members = new ArrayList<>();
        for (int m = 0; m < 10; m++) {
            members.add(MemberId.random());
        }
        LocalDate start = LocalDate.of(2023, 1, 2);
        int n = 0;
        journal.post(NewEntry.builder(g, "open").kind(EntryKind.OPENING_BALANCE).valueDate(start).description("Saldo awal").postedBy("bench")
                .debit(CASH, 20_000_000).credit("3101", 20_000_000).build());
        for (int week = 0; week < 156; week++) {
            LocalDate day = start.plusWeeks(week);
            List<NewEntry> batch = new ArrayList<>();
            for (MemberId m : members) {
                batch.add(NewEntry.builder(g, "r" + n++).kind(EntryKind.CONTRIBUTION).valueDate(day).description("Simpanan wajib")
                        .postedBy("bench").member(m).debit(CASH, 10_000).credit("3202", 10_000).build());
                batch.add(NewEntry.builder(g, "r" + n++).kind(EntryKind.CONTRIBUTION).valueDate(day).description("Simpanan sukarela")
                        .postedBy("bench").member(m).debit(CASH, 5_000).credit("2101", 5_000).build());
            }
            batch.add(NewEntry.builder(g, "r" + n++).kind(EntryKind.PURCHASE).valueDate(day).description("Belanja bahan").postedBy("bench")
                    .debit("5101", 300_000).credit(CASH, 300_000).build());
            batch.add(NewEntry.builder(g, "r" + n++).kind(EntryKind.SALE).valueDate(day).description("Penjualan").postedBy("bench")
                    .debit(CASH, 450_000).credit("4101", 450_000).build());
            journal.post(batch);
        }
        analyze();
        Reports reports = new Reports(dsl);
        LocalDate end = start.plusYears(3);
        double trial = medianMillis(() -> {
            if (reports.trialBalance(g, end).net() != 0) {
                failures.add("trial balance does not net to zero");
            }
        });
        double statement = medianMillis(() -> reports.memberStatement(g, members.getFirst(), start, end));
        double sheet = medianMillis(() -> reports.balanceSheet(g, end));
        System.out.printf("%nReports over 3 years of one group (%,d entries): trial balance %.2f ms, member statement %.2f ms, "
                + "balance sheet %.2f ms (median of 30 after warm-up; target < 10 ms -> %s)%n", n + 1, trial, statement, sheet,
                Math.max(trial, statement) < 10 ? "met" : "NOT met");
        check("reports");
    }

    private static double medianMillis(Runnable r) {
        for (int i = 0; i < 10; i++) {
            r.run();
        }
        long[] times = new long[30];
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            r.run();
            times[i] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        return times[times.length / 2] / 1e6;
    }

    // ------------------------------------------------------------------ checks

    private void check(String after) {
        long t0 = System.nanoTime();
        InvariantReport report = new InvariantChecker(dsl).checkAll();
        System.out.printf("  invariants after %s: %s (%,d groups, %,d entries, %.1f s)%n", after, report.clean() ? "clean" : "VIOLATED",
                report.groupsChecked(), report.entriesChecked(), (System.nanoTime() - t0) / 1e9);
        if (!report.clean()) {
            report.violations().forEach(v -> System.out.println("    " + v));
            failures.add("invariants after " + after + ": " + report.violations());
        }
    }

    private void verifyChains(long first, int groups, int samples) {
        for (int i = 0; i < samples; i++) {
            GroupId g = new GroupId(groupUuid(first + ThreadLocalRandom.current().nextInt(groups)));
            var result = new ChainVerifier(dsl).verify(g);
            if (!result.intact()) {
                failures.add("hash chain of group " + g + " broken at " + result.firstBrokenEntryNo() + ": " + result.problem());
            }
        }
    }


}
