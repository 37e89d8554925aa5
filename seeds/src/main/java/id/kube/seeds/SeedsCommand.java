package id.kube.seeds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.kube.seeds.demo.DemoDataGenerator;
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

    private static int usage() {
        System.err.println("""
                Pemakaian:
                  templat <berkas.xlsx|berkas.zip>   tulis templat impor (XLSX, atau ZIP berisi CSV)
                  demo-csv <folder> [seed]           tulis ulang data demo CSV (deterministik)
                """);
        return 2;
    }
}
