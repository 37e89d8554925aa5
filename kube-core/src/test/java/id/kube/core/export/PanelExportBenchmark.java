package id.kube.core.export;

import static id.kube.core.persistence.jooq.Tables.GROUP_PERIOD_INDICATOR;
import static id.kube.core.persistence.jooq.Tables.KUBE_GROUP;
import static id.kube.core.persistence.jooq.Tables.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;

import id.kube.core.indicator.IndicatorDefinition;
import id.kube.core.indicator.Indicators;
import id.kube.core.indicator.Period;
import id.kube.core.indicator.PeriodType;
import id.kube.testing.TestDatabase;

/**
 * Benchmark, not part of {@code verify} (the class name matches no surefire pattern). Run with
 * <pre>
 * KUBE_TEST_DB_URL='jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres' ./mvnw -q -pl kube-core -am test \
 *   -Dtest=PanelExportBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dkube.bench.groups=100000] [-Dkube.bench.months=36]
 * </pre>
 * Loads groups × months of indicator rows, then in the same run times PostgreSQL's {@code COPY (panel query) TO
 * STDOUT (FORMAT csv)} into a file and the panel CSV export (pseudonyms, region names, suppression, checksum,
 * codebook, manifest, log) into a file, twice each, and prints both, the ratio and the peak heap.
 */
@TestDatabase
class PanelExportBenchmark {

    private static final int GROUPS = Integer.getInteger("kube.bench.groups", 100_000);
    private static final int MONTHS = Integer.getInteger("kube.bench.months", 36);

    @Test
    void exportVersusCopy(DataSource ds, DSLContext dsl, @TempDir Path dir) throws Exception {
        long t0 = System.nanoTime();
        load(dsl);
        dsl.query("analyze {0}", GROUP_PERIOD_INDICATOR).execute();
        System.out.printf(Locale.ROOT, "loaded %,d groups × %d months in %.1f s%n", GROUPS, MONTHS, secs(t0));

        PanelExportOptions options = new PanelExportOptions(PeriodType.MONTH, Period.month(2023, 1),
                Period.containing(PeriodType.MONTH, LocalDate.of(2023, 1, 1).plusMonths(MONTHS - 1)),
                LocalDate.of(2026, 12, 31), null, Geography.VILLAGE, ExportFormat.CSV, "benchmark",
                "Benchmark ekspor panel terhadap COPY");
        PanelExporter exporter = new PanelExporter(ds, new Pseudonymizer(new byte[32]), Clock.systemUTC());

        double bestCopy = Double.MAX_VALUE;
        double bestExport = Double.MAX_VALUE;
        long copyBytes = 0;
        long peakHeap = 0;
        long rows = 0;
        for (int round = 1; round <= 2; round++) {
            Path copyFile = dir.resolve("copy-" + round + ".csv");
            long c0 = System.nanoTime();
            try (Connection c = ds.getConnection();
                 OutputStream out = new BufferedOutputStream(Files.newOutputStream(copyFile), 1 << 16)) {
                c.unwrap(PGConnection.class).getCopyAPI()
                        .copyOut("COPY (" + PanelQuery.sql(options) + ") TO STDOUT (FORMAT csv, HEADER)", out);
            }
            double copy = secs(c0);
            copyBytes = Files.size(copyFile);
            Files.delete(copyFile);

            Path exportDir = dir.resolve("export-" + round);
            System.gc();
            resetPeaks();
            long e0 = System.nanoTime();
            var result = exporter.export(options, exportDir, ExportProgress.none());
            double export = secs(e0);
            long peak = peakHeap();
            long size = Files.size(exportDir.resolve("panel.csv"));
            rows = result.rows();
            System.out.printf(Locale.ROOT, "round %d: COPY %.2f s (%,d bytes) | export %.2f s (%,d rows, %,d bytes,"
                    + " %,.0f rows/s) | ratio %.2f× | peak heap %,d MB%n", round, copy, copyBytes, export, rows, size,
                    rows / export, export / copy, peak >> 20);
            bestCopy = Math.min(bestCopy, copy);
            bestExport = Math.min(bestExport, export);
            peakHeap = Math.max(peakHeap, peak);
            deleteTree(exportDir);
        }
        System.out.printf(Locale.ROOT, "BEST: COPY %.2f s, export %.2f s, ratio %.2f× (target ≤ 3×), peak heap %,d MB,"
                + " rows %,d%n", bestCopy, bestExport, bestExport / bestCopy, peakHeap >> 20, rows);
        assertThat(rows).isEqualTo((long) GROUPS * MONTHS);
    }

    /** Groups spread over the reference villages; every month a row with every indicator filled. */
    private static void load(DSLContext dsl) {
        List<String> villages = dsl.select(REGION.CODE).from(REGION).where(REGION.REGION_LEVEL.eq("VILLAGE"))
                .orderBy(REGION.CODE).fetch(REGION.CODE);
        OffsetDateTime at = OffsetDateTime.of(2022, 12, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        Field<Integer> i = DSL.field(DSL.name("i"), Integer.class);
        int perVillage = (GROUPS + villages.size() - 1) / villages.size();
        int remaining = GROUPS;
        for (String village : villages) {
            int n = Math.min(perVillage, remaining);
            if (n <= 0) {
                break;
            }
            remaining -= n;
            dsl.insertInto(KUBE_GROUP, KUBE_GROUP.ID, KUBE_GROUP.NAME, KUBE_GROUP.VILLAGE_CODE,
                            KUBE_GROUP.REGION_DECREE_ID, KUBE_GROUP.FORMED_ON, KUBE_GROUP.STATUS, KUBE_GROUP.STATUS_SINCE,
                            KUBE_GROUP.STAGE, KUBE_GROUP.CREATED_AT, KUBE_GROUP.CREATED_BY, KUBE_GROUP.UPDATED_AT,
                            KUBE_GROUP.UPDATED_BY)
                    .select(DSL.select(DSL.uuid(), DSL.concat(DSL.inline("KUBE "), i.cast(SQLDataType.VARCHAR)),
                                    DSL.inline(village), DSL.inline("KEPMENDAGRI-300.2.2-2138-2025"),
                                    DSL.inline(LocalDate.of(2022, 12, 1)), DSL.inline("ACTIVE"),
                                    DSL.inline(LocalDate.of(2022, 12, 1)), DSL.inline("TUMBUH"), DSL.inline(at),
                                    DSL.inline("benchmark"), DSL.inline(at), DSL.inline("benchmark"))
                            .from(DSL.generateSeries(1, n).as("s", "i")))
                    .execute();
        }
        Field<Integer> m = DSL.field(DSL.name("m"), Integer.class);
        Field<LocalDate> start = DSL.field("({0} + ({1} * interval '1 month'))::date", LocalDate.class,
                DSL.inline(LocalDate.of(2023, 1, 1)), m);
        List<Field<?>> columns = new ArrayList<>(List.of(GROUP_PERIOD_INDICATOR.GROUP_ID,
                GROUP_PERIOD_INDICATOR.PERIOD_TYPE, GROUP_PERIOD_INDICATOR.PERIOD_START, GROUP_PERIOD_INDICATOR.AS_OF,
                GROUP_PERIOD_INDICATOR.VILLAGE_CODE, GROUP_PERIOD_INDICATOR.ACTIVE_MEMBERS,
                GROUP_PERIOD_INDICATOR.SURVEYED_HOUSEHOLDS, GROUP_PERIOD_INDICATOR.MISSING_REASONS));
        List<Field<?>> values = new ArrayList<>(List.of(KUBE_GROUP.ID, DSL.inline("MONTH"), start,
                DSL.field("({0} + interval '1 month' + interval '4 days')::date", LocalDate.class, start),
                KUBE_GROUP.VILLAGE_CODE, DSL.inline(10), DSL.inline(8), DSL.inline("")));
        for (IndicatorDefinition d : Indicators.all()) {
            Field<?> column = GROUP_PERIOD_INDICATOR.field(d.id());
            columns.add(column);
            Field<BigDecimal> r = DSL.rand().cast(SQLDataType.NUMERIC);
            values.add(switch (d.unit()) {
                case RATIO -> DSL.round(r, 6);
                case MULTIPLE -> DSL.round(r.mul(3), 6);
                case MONTHS -> DSL.round(r.mul(12), 2);
                case RUPIAH -> DSL.round(r.mul(2_000_000)).cast(SQLDataType.BIGINT);
                case COUNT -> DSL.round(r.mul(5)).cast(SQLDataType.INTEGER);
            });
        }
        dsl.insertInto(GROUP_PERIOD_INDICATOR).columns(columns)
                .select(DSL.select(values).from(KUBE_GROUP).crossJoin(DSL.generateSeries(0, MONTHS - 1).as("t", "m")))
                .execute();
    }

    private static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }
}
