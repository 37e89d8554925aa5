package id.kube.seeds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import java.time.Clock;

import id.kube.core.member.NikProtector;
import id.kube.core.schema.OwnedSchema;
import id.kube.seeds.demo.DemoDataGenerator;
import id.kube.seeds.importing.ImportMode;
import id.kube.seeds.importing.ImportOptions;
import id.kube.seeds.importing.ImportReport;
import id.kube.seeds.importing.Importer;
import id.kube.seeds.kube.KubeImportTarget;
import id.kube.seeds.table.TableSource;
import id.kube.seeds.table.TemplateException;
import id.kube.seeds.template.Sheet;
import id.kube.seeds.template.TemplateFiles;

/**
 * The seeds command line ({@code java -cp ... id.kube.seeds.SeedsCommand <perintah> ...}). Messages are in
 * Bahasa Indonesia like the rest of what users see. Exit status 0 on success, 1 when rows were rejected or the
 * run failed, 2 on wrong usage.
 */
public final class SeedsCommand {

    private SeedsCommand() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args));
    }

    static int run(String[] args) throws Exception {
        if (args.length == 0) {
            return usage();
        }
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        return switch (args[0].toLowerCase(Locale.ROOT)) {
            case "templat", "template" -> template(rest);
            case "impor", "import" -> importFile(rest);
            case "demo" -> demo(rest);
            case "skala", "scale" -> {
                id.kube.seeds.scale.ScaleCommand.main(rest.toArray(String[]::new));
                yield 0;
            }
            case "demo-csv" -> {
                DemoDataGenerator.main(rest.toArray(String[]::new));
                yield 0;
            }
            default -> usage();
        };
    }

    private static int template(List<String> args) throws IOException {
        if (args.size() != 1) {
            return usage();
        }
        Path out = Path.of(args.getFirst());
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            Files.write(out, TemplateFiles.xlsx());
        } else if (name.endsWith(".zip")) {
            Files.write(out, TemplateFiles.csvZip());
        } else {
            System.err.println("Nama berkas templat harus berakhiran .xlsx atau .zip (CSV).");
            return 2;
        }
        System.out.println("Templat ditulis ke " + out.toAbsolutePath());
        return 0;
    }

    /** {@code impor <berkas|folder> --db <jdbc-url> [--uji-coba] [--mode semua|valid] [--oleh nama]} */
    private static int importFile(List<String> args) throws Exception {
        Options o = Options.parse(args);
        if (o.positional.size() != 1 || o.db == null) {
            return usage();
        }
        TableSource source;
        try {
            source = TableSource.open(Path.of(o.positional.getFirst()));
        } catch (TemplateException e) {
            System.err.println("Berkas ditolak: " + e.getMessage());
            return 1;
        }
        try (HikariLessDataSource dataSource = new HikariLessDataSource(o.db)) {
            OwnedSchema.migrateAll(dataSource);
            ImportOptions options = new ImportOptions(o.mode, o.dryRun, o.actor);
            ImportReport report = new Importer(new KubeImportTarget(dataSource, nikProtector(), Clock.systemDefaultZone()),
                    Clock.systemDefaultZone()).run(source, options, SeedsCommand::printProgress);
            System.out.println();
            System.out.println(report.summary());
            return report.rejections().isEmpty() ? 0 : 1;
        }
    }

    /** {@code demo --db <jdbc-url>}: loads the demo set (idempotent). */
    private static int demo(List<String> args) throws Exception {
        Options o = Options.parse(args);
        if (o.db == null) {
            return usage();
        }
        try (HikariLessDataSource dataSource = new HikariLessDataSource(o.db)) {
            ImportReport report = DemoSeeds.load(dataSource, nikProtector(), Clock.systemDefaultZone(),
                    SeedsCommand::printProgress);
            System.out.println();
            System.out.println(report.summary());
            return 0;
        }
    }

    private static void printProgress(String stage, Sheet sheet, long done, long total) {
        System.out.printf("\r%-10s %-16s %3d%%", stage, sheet.sheetName(), total == 0 ? 100 : done * 100 / total);
    }

    private static NikProtector nikProtector() {
        String secret = System.getenv("KUBE_NIK_SECRET");
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("Setel KUBE_NIK_SECRET (base64, paling sedikit 32 byte) — kunci yang sama "
                    + "dengan aplikasi admin; NIK disimpan terenkripsi dan dicari lewat hash berkunci.");
        }
        return NikProtector.fromBase64(secret);
    }

    private static final class Options {
        final List<String> positional = new ArrayList<>();
        String db;
        boolean dryRun;
        ImportMode mode = ImportMode.ALL_OR_NOTHING;
        String actor = System.getProperty("user.name", "cli");

        static Options parse(List<String> args) {
            Options o = new Options();
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--db" -> o.db = args.get(++i);
                    case "--uji-coba", "--dry-run" -> o.dryRun = true;
                    case "--mode" -> o.mode = switch (args.get(++i)) {
                        case "valid", "hanya-valid" -> ImportMode.VALID_ROWS_ONLY;
                        default -> ImportMode.ALL_OR_NOTHING;
                    };
                    case "--oleh" -> o.actor = args.get(++i);
                    default -> o.positional.add(args.get(i));
                }
            }
            return o;
        }
    }

    /** A plain DataSource on one JDBC URL (PgJDBC), so the CLI needs no pool library. */
    private static final class HikariLessDataSource extends org.postgresql.ds.PGSimpleDataSource implements AutoCloseable {
        HikariLessDataSource(String url) {
            setURL(url);
        }

        @Override
        public void close() {
        }
    }

    private static int usage() {
        System.err.println("""
                Pemakaian:
                  templat <berkas.xlsx|berkas.zip>   tulis templat impor (XLSX, atau ZIP berisi CSV)
                  demo-csv <folder> [seed]           tulis ulang data demo CSV (deterministik)
                  impor <berkas.xlsx|berkas.csv|folder> --db <jdbc-url> [--uji-coba] [--mode semua|valid] [--oleh nama]
                                                     periksa dan impor kelompok, anggota, transaksi, ...
                  demo --db <jdbc-url>               muat data demo (idempoten)
                  skala --groups=N --seed=S --db=<jdbc-url> [...]
                                                     bangkitkan N kelompok sintetis dan muat dengan COPY (tolok ukur)
                Variabel lingkungan KUBE_NIK_SECRET: kunci NIK (base64) yang sama dengan aplikasi admin.
                """);
        return 2;
    }
}
