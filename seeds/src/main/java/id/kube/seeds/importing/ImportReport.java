package id.kube.seeds.importing;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.kube.seeds.template.Sheet;

/**
 * The outcome of one import run: per table the rows read, imported, unchanged and rejected, every rejected row
 * with its reason, and whether anything was committed. In a dry run "imported" counts what a real run would
 * import; nothing is committed.
 */
public record ImportReport(ImportOptions options, Map<Sheet, SheetCounts> counts, List<Rejection> rejections,
                           boolean committed) {

    public ImportReport {
        counts = Map.copyOf(counts);
        rejections = List.copyOf(rejections);
    }

    public SheetCounts total() {
        return counts.values().stream().reduce(SheetCounts.ZERO, SheetCounts::plus);
    }

    public SheetCounts of(Sheet sheet) {
        return counts.getOrDefault(sheet, SheetCounts.ZERO);
    }

    /** A plain-text summary in Bahasa Indonesia, as the CLI prints it. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        out.append(options.dryRun() ? "UJI COBA (tidak ada yang disimpan)" : "IMPOR")
                .append(" — mode ").append(options.mode() == ImportMode.ALL_OR_NOTHING
                        ? "semua atau tidak sama sekali" : "hanya baris valid").append('\n');
        out.append(String.format("%-20s %9s %9s %9s %9s %9s%n", "tabel", "dibaca", "diimpor", "tetap", "ditolak",
                "dilewati"));
        for (Sheet sheet : Sheet.values()) {
            SheetCounts c = counts.get(sheet);
            if (c != null) {
                out.append(String.format("%-20s %9d %9d %9d %9d %9d%n", sheet.sheetName(), c.read(), c.imported(),
                        c.unchanged(), c.rejected(), c.skipped()));
            }
        }
        SheetCounts t = total();
        out.append(String.format("%-20s %9d %9d %9d %9d %9d%n", "JUMLAH", t.read(), t.imported(), t.unchanged(),
                t.rejected(), t.skipped()));
        if (t.skipped() > 0) {
            out.append("Dilewati: baris valid dari tabel yang belum dapat disimpan oleh sistem ini.\n");
        }
        if (!rejections.isEmpty()) {
            out.append("Baris ditolak (").append(rejections.size()).append("):\n");
            out.append(rejections.stream().map(r -> "  " + r).collect(Collectors.joining("\n"))).append('\n');
        }
        out.append(options.dryRun() ? "Uji coba selesai; tidak ada data yang disimpan."
                : committed ? "Data tersimpan." : "Tidak ada data yang disimpan (ada baris ditolak dalam mode semua atau tidak sama sekali).");
        return out.toString();
    }
}
