package id.kube.core.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import id.kube.core.indicator.IndicatorDefinition;
import id.kube.core.indicator.Indicators;
import id.kube.core.indicator.OutcomeGroup;

/**
 * The codebook, generated from the indicator definitions in code: one entry per indicator (id, names, unit,
 * column type, numerator, denominator, source, period, aggregation, version, notes) as CSV or Markdown.
 * docs/indicators-codebook.md is this output and a test keeps it so.
 */
public final class Codebook {

    public static final List<String> CSV_HEADER = List.of("id", "version", "outcome", "name_id", "name_en", "unit",
            "column_type", "numerator", "denominator", "source", "period", "aggregation", "note");

    private Codebook() {
    }

    public static void writeCsv(List<IndicatorDefinition> definitions, Writer out) {
        CsvWriter csv = new CsvWriter(out);
        csv.row(CSV_HEADER.toArray(String[]::new));
        for (IndicatorDefinition d : definitions) {
            csv.row(d.id(), Integer.toString(d.version()), d.outcome().number() + " " + d.outcome().nameEn(),
                    d.nameId(), d.nameEn(), d.unit().labelEn(), d.unit().columnType(), d.numerator(),
                    d.denominator(), d.source().nameEn(), d.period(), d.aggregation().name().toLowerCase(),
                    d.note());
        }
    }

    public static void writeMarkdown(List<IndicatorDefinition> definitions, Writer out) {
        try {
            out.write("# KUBE indicator codebook\n\n");
            out.write("Generated from `id.kube.core.indicator.Indicators` (do not edit by hand; "
                    + "`CodebookTest` regenerates and compares it). Ratios are rounded half-even to 6 decimals, "
                    + "months to 2, rupiah to whole rupiah. A missing value is empty with a reason, never 0.\n");
            OutcomeGroup current = null;
            for (IndicatorDefinition d : definitions) {
                if (d.outcome() != current) {
                    current = d.outcome();
                    out.write("\n## " + current.number() + ". " + current.nameEn() + " — " + current.nameId() + "\n\n");
                    out.write("| id | name (id / en) | unit | numerator | denominator | source | period | "
                            + "aggregation | v | note |\n");
                    out.write("|---|---|---|---|---|---|---|---|---|---|\n");
                }
                out.write("| `" + d.id() + "` | " + md(d.nameId()) + " / " + md(d.nameEn()) + " | "
                        + d.unit().labelEn() + " (" + d.unit().columnType() + ") | " + md(d.numerator()) + " | "
                        + md(d.denominator()) + " | " + md(d.source().nameEn()) + " | " + md(d.period()) + " | "
                        + d.aggregation().name().toLowerCase() + " | " + d.version() + " | " + md(d.note()) + " |\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String md(String text) {
        return text.replace("|", "\\|");
    }

    /** Writes docs/indicators-codebook.md and .csv: {@code Codebook <dir>}. */
    public static void main(String[] args) throws IOException {
        java.nio.file.Path dir = java.nio.file.Path.of(args.length > 0 ? args[0] : "docs");
        try (Writer w = java.nio.file.Files.newBufferedWriter(dir.resolve("indicators-codebook.md"))) {
            writeMarkdown(Indicators.all(), w);
        }
        try (Writer w = java.nio.file.Files.newBufferedWriter(dir.resolve("indicators-codebook.csv"))) {
            writeCsv(Indicators.all(), w);
        }
    }
}
