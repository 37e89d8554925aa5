package id.kube.core.export;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.postgresql.ds.PGSimpleDataSource;

import id.kube.core.indicator.Period;
import id.kube.core.indicator.PeriodType;

/**
 * Command line for the research panel export.
 *
 * <pre>
 * KUBE_EXPORT_KEY=$(openssl rand -base64 32)   # once per deployment; keep it secret and stable
 * java -cp ... id.kube.core.export.ExportCommand --db jdbc:postgresql://host/kube?user=... \
 *     --period-type MONTH --from 2025-01 --to 2025-12 --as-of 2026-01-15 [--region 51.04] [--district-only] \
 *     [--format csv|xlsx] [--grain group|household] --requested-by peneliti@univ.ac.id --purpose "Evaluasi dampak ..." --out export-dir
 * </pre>
 * Progress goes to standard error; the exit code is 0 on success, 2 on a refused request, 1 on failure.
 */
public final class ExportCommand {

    private ExportCommand() {
    }

    public static void main(String[] args) {
        try {
            System.exit(run(args, System.getenv()));
        } catch (ExportException e) {
            System.err.println("Ekspor ditolak (" + e.reason() + "): " + e.getMessage());
            System.exit(2);
        } catch (RuntimeException e) {
            System.err.println("Ekspor gagal: " + e.getMessage());
            System.exit(1);
        }
    }

    static int run(String[] args, Map<String, String> env) {
        Map<String, String> a = parse(args);
        String url = a.getOrDefault("db", env.get("KUBE_DB_URL"));
        if (url == null) {
            throw new ExportException(ExportException.Reason.INVALID_FILTER,
                    "Basis data tidak disebut: berikan --db jdbc:postgresql://... atau KUBE_DB_URL");
        }
        PeriodType type = PeriodType.valueOf(require(a, "period-type").toUpperCase(Locale.ROOT));
        Period from = Period.parse(require(a, "from"));
        Period to = Period.parse(require(a, "to"));
        PanelExportOptions options = new PanelExportOptions(type, from, to, LocalDate.parse(require(a, "as-of")),
                a.get("region"), a.containsKey("district-only") ? Geography.DISTRICT : Geography.VILLAGE,
                ExportFormat.valueOf(a.getOrDefault("format", "csv").toUpperCase(Locale.ROOT)),
                require(a, "requested-by"), require(a, "purpose"), grain(a.getOrDefault("grain", "group")));
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        PanelExporter exporter = new PanelExporter(ds, Pseudonymizer.fromEnvironment(env), Clock.systemUTC());
        long started = System.nanoTime();
        var result = exporter.export(options, Path.of(require(a, "out")), (rows, total) ->
                System.err.printf(Locale.ROOT, "\r%,d / %,d baris (%.0f%%)", rows, total,
                        total == 0 ? 100.0 : 100.0 * rows / total));
        System.err.println();
        System.out.printf(Locale.ROOT, "%d baris, sha256 %s, log #%d, %.1f s%n", result.rows(), result.dataSha256(),
                result.logId(), (System.nanoTime() - started) / 1e9);
        result.files().forEach(f -> System.out.println(f));
        return 0;
    }

    private static ExportGrain grain(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "group" -> ExportGrain.GROUP_PERIOD;
            case "household" -> ExportGrain.HOUSEHOLD_WAVE;
            default -> throw new ExportException(ExportException.Reason.INVALID_FILTER,
                    "--grain harus 'group' (kelompok × periode) atau 'household' (rumah tangga × gelombang survei)");
        };
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new ExportException(ExportException.Reason.INVALID_FILTER, "Argumen tidak dikenal: " + args[i]);
            }
            String key = args[i].substring(2);
            if (key.equals("district-only")) {
                m.put(key, "true");
            } else if (i + 1 < args.length) {
                m.put(key, args[++i]);
            } else {
                throw new ExportException(ExportException.Reason.INVALID_FILTER, "Nilai untuk --" + key + " tidak ada");
            }
        }
        return m;
    }

    private static String require(Map<String, String> a, String key) {
        String v = a.get(key);
        if (v == null || v.isBlank()) {
            throw new ExportException(ExportException.Reason.INVALID_FILTER, "Argumen --" + key + " wajib diisi");
        }
        return v;
    }
}
