package id.kube.core.health;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;

import id.kube.core.audit.Actor;
import id.kube.core.indicator.AsOf;
import id.kube.core.indicator.BooksFigures;
import id.kube.core.indicator.BooksFiguresFactory;
import id.kube.core.indicator.Period;

/**
 * Command line for the batch of indicators, health scores and stages.
 *
 * <pre>
 * java -cp ... id.kube.core.health.HealthBatchCommand --db jdbc:postgresql://host/kube?user=... \
 *     --period 2025-06 | 2025-Q2 | 2025  --as-of 2025-07-15  [--config 2026.2]  [--refresh-trailing true] \
 *     --actor penilai-otomatis
 * </pre>
 * The books come from the {@link BooksFiguresFactory} on the class path (kube-ledger registers one); without it
 * every books indicator stays missing and the command says so. Prints a summary; exit code 0 when every group
 * went through, 3 when some failed (listed), 2 on a refused request, 1 on any other failure.
 */
public final class HealthBatchCommand {

    private HealthBatchCommand() {
    }

    public static void main(String[] args) {
        try {
            System.exit(run(args, System.getenv()));
        } catch (HealthException | IllegalArgumentException e) {
            System.err.println("Penilaian ditolak: " + e.getMessage());
            System.exit(2);
        } catch (RuntimeException e) {
            System.err.println("Penilaian gagal: " + e.getMessage());
            System.exit(1);
        }
    }

    static int run(String[] args, Map<String, String> env) {
        Map<String, String> a = parse(args);
        String url = a.getOrDefault("db", env.get("KUBE_DB_URL"));
        if (url == null) {
            throw new IllegalArgumentException("Basis data tidak disebut: berikan --db jdbc:postgresql://... atau KUBE_DB_URL");
        }
        Period period = Period.parse(require(a, "period"));
        AsOf asOf = new AsOf(LocalDate.parse(require(a, "as-of")));
        HealthScoreConfig config = a.containsKey("config") ? HealthScoreConfigs.byVersion(a.get("config"))
                : HealthScoreConfigs.CURRENT;
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        BooksFigures books = BooksFiguresFactory.discover(ds);
        if (BooksFiguresFactory.find().isEmpty()) {
            System.err.println("Peringatan: pembukuan (kube-ledger) tidak ada di class path; indikator pembukuan"
                    + " dicatat 'tidak ada data'");
        }
        HealthBatch batch = new HealthBatch(DSL.using(ds, SQLDialect.POSTGRES), books, Clock.systemUTC());
        long started = System.nanoTime();
        HealthBatch.Summary s = batch.run(period, asOf, config, Actor.of(require(a, "actor")),
                Boolean.parseBoolean(a.getOrDefault("refresh-trailing", "false")), (done, total) -> {
                    if (done % 100 == 0 || done == total) {
                        System.err.printf(Locale.ROOT, "\r%,d / %,d kelompok", done, total);
                    }
                });
        System.err.println();
        System.out.printf(Locale.ROOT, "run #%d %s per %s, konfigurasi %s: %d kelompok, %d dinilai, %d tanpa skor,"
                        + " %d gagal, %d perubahan tahap, %.1f s%n", s.runId(), s.period(), s.asOf().date(),
                s.configVersion(), s.groups(), s.assessed(), s.withoutScore(), s.failed(), s.stageChanges(),
                (System.nanoTime() - started) / 1e9);
        System.out.println("tahap: " + s.byStage() + "; nilai: " + s.byGrade());
        s.failures().forEach(f -> System.out.println("GAGAL " + f));
        return s.failed() == 0 ? 0 : 3;
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Argumen tidak dikenal atau tanpa nilai: " + args[i]);
            }
            m.put(args[i].substring(2), args[++i]);
        }
        return m;
    }

    private static String require(Map<String, String> a, String key) {
        String v = a.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("Argumen --" + key + " wajib diisi");
        }
        return v;
    }
}
