package id.kube.seeds.scale;

import static id.kube.core.persistence.jooq.Tables.KUBE_GROUP;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;

import id.kube.core.member.NikProtector;
import id.kube.core.schema.OwnedSchema;
import id.kube.ledger.check.InvariantReport;

/**
 * The scale generator's command line: generate N groups from a seed into CSV files, load them with COPY into a
 * KUBE database (migrated first), measure a plain COPY of the same files as the baseline, ANALYZE, and run
 * kube-ledger's {@code InvariantChecker} over the result before commit.
 *
 * <pre>
 * ScaleCommand --groups=100000 --seed=42 --db=jdbc:postgresql://127.0.0.1:5432/kube_scale?user=postgres
 *              [--dir=target/scale] [--threads=2] [--no-baseline] [--checks=auto|after-load|row-by-row] [--keep-files] [--generate-only]
 * </pre>
 *
 * The NIK secret is {@code KUBE_NIK_SECRET} (base64) when set, so the installation can find its members by NIK;
 * otherwise a fresh random secret is used and said so. Exit 0 on success, 1 when the check finds a violation
 * or the load fails, 2 on wrong usage.
 */
public final class ScaleCommand {

    /** What the command was asked to do. */
    public record Options(int groups, long seed, String db, Path dir, int threads, boolean baseline, String checks,
                          boolean keepFiles, boolean generateOnly) {

        public static Options parse(String... args) {
            int groups = 1000;
            long seed = 42;
            String db = null;
            Path dir = Path.of("target", "scale");
            int threads = Runtime.getRuntime().availableProcessors();
            boolean baseline = true;
            String checks = "auto";
            boolean keep = false;
            boolean generateOnly = false;
            for (String raw : args) {
                for (String arg : raw.trim().split("\\s+")) {
                    if (arg.isEmpty()) {
                        continue;
                    }
                    String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
                    switch (arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg) {
                        case "--groups" -> groups = Integer.parseInt(value.replace("_", ""));
                        case "--seed" -> seed = Long.parseLong(value);
                        case "--db" -> db = value;
                        case "--dir" -> dir = Path.of(value);
                        case "--threads" -> threads = Integer.parseInt(value);
                        case "--no-baseline" -> baseline = false;
                        case "--checks" -> checks = value;
                        case "--keep-files" -> keep = true;
                        case "--generate-only" -> generateOnly = true;
                        default -> throw new IllegalArgumentException("unknown option " + arg);
                    }
                }
            }
            if (db == null && !generateOnly) {
                throw new IllegalArgumentException("--db=<jdbc-url> is required (or --generate-only)");
            }
            if (!List.of("auto", "after-load", "row-by-row").contains(checks)) {
                throw new IllegalArgumentException("--checks must be auto, after-load or row-by-row");
            }
            return new Options(groups, seed, db, dir, threads, baseline, checks, keep || generateOnly, generateOnly);
        }
    }

    /** What a run measured. */
    public record Report(ScaleGenerator.Result generated, ScaleLoader.@Nullable Load load, ScaleLoader.@Nullable Load baseline,
                         long analyzeNanos) {

        public @Nullable InvariantReport check() {
            return load == null ? null : load.invariants();
        }
    }

    private ScaleCommand() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: ScaleCommand --groups=N --seed=S --db=<jdbc-url> [--dir=target/scale] [--threads=n]"
                    + " [--no-baseline] [--checks=auto|after-load|row-by-row] [--keep-files] [--generate-only]");
            System.exit(2);
            return;
        }
        NikProtector protector;
        String secret = System.getenv("KUBE_NIK_SECRET");
        if (secret == null || secret.isBlank()) {
            System.out.println("KUBE_NIK_SECRET not set: NIKs are protected with a fresh random secret (members cannot be"
                    + " looked up by NIK from an installation with another secret)");
            protector = NikProtector.fromBase64(NikProtector.newSecretBase64());
        } else {
            protector = NikProtector.fromBase64(secret);
        }
        Report report = run(options, protector, System.out);
        System.exit(report.check() == null || report.check().clean() ? 0 : 1);
    }

    /** Runs the whole command and prints its figures to {@code out}. */
    public static Report run(Options o, NikProtector protector, PrintStream out) throws Exception {
        long started = System.nanoTime();
        DataSource dataSource = null;
        if (!o.generateOnly()) {
            dataSource = dataSource(o.db());
            OwnedSchema.migrateAll(dataSource);
            DSLContext dsl = DSL.using(dataSource, SQLDialect.POSTGRES);
            if (dsl.fetchExists(KUBE_GROUP, KUBE_GROUP.REGISTRATION_NUMBER.eq(ScaleGenerator.registrationNumber(o.seed(), 0)))) {
                throw new IllegalStateException("this database already holds the groups of seed " + o.seed()
                        + " (" + ScaleGenerator.registrationNumber(o.seed(), 0) + "): use another seed or a fresh database");
            }
        }
        long setup = System.nanoTime() - started;
        out.printf(Locale.ROOT, "scale: %,d groups, seed %d, %d shard(s), %d thread(s), files in %s%n", o.groups(), o.seed(),
                ScaleGenerator.shards(o.groups()), o.threads(), o.dir().toAbsolutePath());

        deleteFiles(o.dir());
        ScaleGenerator generator = new ScaleGenerator(o.seed(), o.groups(), protector);
        if (o.generateOnly()) {
            ScaleGenerator.Result generated = generator.generate(o.dir(), o.threads());
            printGenerated(out, generated);
            for (ScaleTable t : ScaleTable.values()) {
                out.printf(Locale.ROOT, "  %-28s %,12d%n", t.qualifiedName(), generated.rows().get(t));
            }
            return new Report(generated, null, null, 0);
        }
        ScaleGenerator.Result generated;
        ScaleLoader.Load load;
        ScaleLoader.Load baseline = null;
        long analyze;
        long loadedAt;
        try (Connection c = dataSource.getConnection(); ScaleGenerator.Run run = generator.start(o.dir(), o.threads())) {
            ScaleLoader.Checks checks = switch (o.checks()) {
                case "after-load" -> ScaleLoader.Checks.AFTER_LOAD;
                case "row-by-row" -> ScaleLoader.Checks.ROW_BY_ROW;
                default -> ScaleLoader.canDeferChecks(c) ? ScaleLoader.Checks.AFTER_LOAD : ScaleLoader.Checks.ROW_BY_ROW;
            };
            out.println("database checks: " + (checks == ScaleLoader.Checks.AFTER_LOAD
                    ? "after the load, before commit (triggers off for this transaction; every foreign key by anti-join, then the invariant checker)"
                    : "row by row during COPY (foreign keys and ledger triggers), then the invariant checker before commit"));
            load = ScaleLoader.load(c, o.dir(), run.shards(), run::awaitShard, checks);
            generated = run.result();
            long a = System.nanoTime();
            DSLContext dsl = DSL.using(c, SQLDialect.POSTGRES);
            for (ScaleTable t : ScaleTable.values()) {
                // fresh statistics so the first dashboard query after a bulk load plans well
                dsl.execute("analyze " + dsl.render(DSL.name(t.schema(), t.tableName())));
            }
            analyze = System.nanoTime() - a;
            loadedAt = System.nanoTime();
            printGenerated(out, generated);
            if (o.baseline()) {
                baseline = ScaleLoader.baseline(c, o.dir(), generated.shards());
            }
        }
        out.printf(Locale.ROOT, "%n%-28s %12s %10s %12s %12s %12s%n", "table", "rows", "MB", "COPY rows/s", "plain rows/s", "ratio");
        for (ScaleLoader.TableLoad t : load.tables()) {
            ScaleLoader.TableLoad b = baseline == null ? null : baseline.of(t.table());
            out.printf(Locale.ROOT, "%-28s %,12d %10.1f %,12.0f %12s %12s%n", t.table().qualifiedName(), t.rows(), t.bytes() / 1048576.0,
                    t.rowsPerSecond(), b == null ? "-" : String.format(Locale.ROOT, "%,.0f", b.rowsPerSecond()),
                    b == null || b.rowsPerSecond() == 0 ? "-" : String.format(Locale.ROOT, "%.2f", t.rowsPerSecond() / b.rowsPerSecond()));
        }
        out.printf(Locale.ROOT, "%-28s %,12d %10.1f %,12.0f %12s %12s%n", "all tables", load.rows(), load.bytes() / 1048576.0,
                load.rowsPerSecond(), baseline == null ? "-" : String.format(Locale.ROOT, "%,.0f", baseline.rowsPerSecond()),
                baseline == null ? "-" : String.format(Locale.ROOT, "%.2f", load.rowsPerSecond() / baseline.rowsPerSecond()));
        out.printf(Locale.ROOT, "%nCOPY into KUBE tables: %.1f s, one transaction, of which foreign-key checks %.1f s and invariant"
                + " checker %.1f s (%s: %,d books, %,d entries)%n", load.nanos() / 1e9, load.foreignKeyCheckNanos() / 1e9,
                load.invariantNanos() / 1e9, load.invariants().clean() ? "clean" : "VIOLATIONS", load.invariants().groupsChecked(),
                load.invariants().entriesChecked());
        if (baseline != null) {
            out.printf(Locale.ROOT, "plain COPY baseline:   %.1f s (same files, bare tables without index, key or trigger)%n",
                    baseline.nanos() / 1e9);
        }
        out.printf(Locale.ROOT, "analyze:               %.1f s%n", analyze / 1e9);
        out.printf(Locale.ROOT, "generate + load:       %.1f s wall time from start (migrations and checks %.1f s, generation"
                + " overlapping the COPY, analyze included, baseline not)%n", (loadedAt - started) / 1e9, setup / 1e9);
        out.printf(Locale.ROOT, "whole run:             %.1f s (baseline included)%n", (System.nanoTime() - started) / 1e9);
        if (!o.keepFiles()) {
            deleteFiles(o.dir());
        }
        return new Report(generated, load, baseline, analyze);
    }

    private static void printGenerated(PrintStream out, ScaleGenerator.Result generated) {
        out.printf(Locale.ROOT, "generated %,d rows (%,d MB) in %.1f s = %,.0f rows/s; digest %s%n", generated.totalRows(),
                generated.bytes() >> 20, generated.took().toNanos() / 1e9, generated.totalRows() * 1e9 / generated.took().toNanos(),
                generated.digest());
    }

    private static DataSource dataSource(String url) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        return ds;
    }

    private static void deleteFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".csv") && (name.startsWith("kube.") || name.startsWith("ledger."))) {
                    Files.delete(f);
                }
            }
        }
    }

    static List<String> tableNames() {
        return Stream.of(ScaleTable.values()).map(ScaleTable::qualifiedName).toList();
    }
}
