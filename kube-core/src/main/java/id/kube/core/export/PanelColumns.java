package id.kube.core.export;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import id.kube.core.indicator.DataSource;
import id.kube.core.indicator.IndicatorDefinition;
import id.kube.core.indicator.Indicators;

/** The columns of the group × period panel, in file order, and their codebook. */
public final class PanelColumns {

    public static final int MIN_FAMILIES = 5;

    /** Columns before the indicators. */
    static final List<PanelColumn> LEADING = List.of(
            PanelColumn.of("group_pid", "string", "Pseudonymous group id: HMAC-SHA256 of the internal id under the"
                    + " deployment key, first 80 bits, hex; stable across exports made with the same key"),
            PanelColumn.of("period_type", "string", "MONTH, QUARTER or YEAR"),
            PanelColumn.of("period", "string", "Period label: 2025-03, 2025-Q1 or 2025"),
            PanelColumn.of("period_start", "date", "First day of the period (ISO 8601)"),
            PanelColumn.of("as_of", "date", "Knowledge date: the indicators as the records stood on this day"),
            PanelColumn.of("province_code", "string", "Kemendagri province code of the group's village"),
            PanelColumn.of("regency_code", "string", "Kemendagri regency/city code"),
            PanelColumn.of("district_code", "string", "Kemendagri district (kecamatan) code"),
            PanelColumn.of("village_code", "string", "Kemendagri village code; empty when the export coarsens"
                    + " villages to districts"),
            PanelColumn.of("province_name", "string", "Province name (decree in force)"),
            PanelColumn.of("regency_name", "string", "Regency/city name"),
            PanelColumn.of("district_name", "string", "District name"),
            PanelColumn.of("village_name", "string", "Village name; empty when coarsened to districts"),
            PanelColumn.of("active_members", "integer", "Active member families at period end"),
            PanelColumn.of("surveyed_households", "integer", "Member households behind the survey indicators"));

    /** Columns after the indicators. */
    static final List<PanelColumn> TRAILING = List.of(
            PanelColumn.of("missing_reasons", "string", "Why indicators are empty: id=REASON pairs separated by ';'"
                    + " (NO_DATA, ZERO_DENOMINATOR, NO_BASELINE, NO_POVERTY_LINE, NOT_YET_OBSERVABLE,"
                    + " BOOKS_UNAVAILABLE)"),
            PanelColumn.of("suppressed", "string", "Indicators blanked because fewer than 5 families stand behind"
                    + " them (small-cell suppression), separated by ';'"));

    private static final List<PanelColumn> ALL = build();

    private PanelColumns() {
    }

    private static List<PanelColumn> build() {
        List<PanelColumn> cols = new ArrayList<>(LEADING);
        for (IndicatorDefinition d : Indicators.all()) {
            cols.add(PanelColumn.of(d));
        }
        cols.addAll(TRAILING);
        return List.copyOf(cols);
    }

    public static List<PanelColumn> all() {
        return ALL;
    }

    static boolean fromSurvey(IndicatorDefinition d) {
        return d.source() == DataSource.HOUSEHOLD_SURVEY;
    }

    /** The codebook of the export: every column with its type, definition, unit and version. */
    public static void writeCodebookCsv(Writer out) {
        writeCodebookCsv(ALL, out);
    }

    /** The codebook of the given columns: every column with its type, definition, unit and version. */
    static void writeCodebookCsv(List<PanelColumn> columns, Writer out) {
        CsvWriter csv = new CsvWriter(out);
        csv.row("column", "type", "definition", "unit", "version");
        for (PanelColumn c : columns) {
            csv.row(c.name(), c.type(), c.definition(), c.unit(), Integer.toString(c.version()));
        }
    }
}
