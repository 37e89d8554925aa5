package id.kube.core.export;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.kube.core.indicator.IndicatorDefinition;
import id.kube.core.indicator.Indicators;

/**
 * What an export holds: filters, indicator versions, row count and the SHA-256 of the data in canonical CSV
 * form (the same for the CSV and the XLSX of the same data). Holds no timestamp, so the same data and options
 * give the same manifest; when and by whom is in the export log.
 */
record Manifest(Map<String, String> filters, long rows, String dataSha256, String keyFingerprint) {

    List<String[]> entries() {
        List<String[]> e = new ArrayList<>();
        e.add(new String[]{"manifest_version", "1"});
        filters.forEach((k, v) -> e.add(new String[]{"filter." + k, v}));
        boolean households = ExportGrain.HOUSEHOLD_WAVE.name().equals(filters.get("kind"));
        e.add(new String[]{"columns", Integer.toString(households ? HouseholdWaveExport.CODEBOOK.size()
                : PanelColumns.all().size())});
        e.add(new String[]{"row_count", Long.toString(rows)});
        e.add(new String[]{"data_sha256", dataSha256});
        e.add(new String[]{"data_sha256_of", "panel data as UTF-8 CSV with header, \\n line ends"});
        e.add(new String[]{"pseudonym_scheme", "HMAC-SHA256, first 80 bits, hex; prefix G- (groups)"
                + (households ? ", H- (households)" : "")});
        e.add(new String[]{"pseudonym_key_fingerprint", keyFingerprint});
        if (households) {
            e.add(new String[]{"disclosure_control", "no name, NIK, KK, phone, address or birth date; age band of"
                    + " the member at the survey date; village blank when coarsened to districts"});
            return e;
        }
        e.add(new String[]{"small_cell_rule", "fewer than " + PanelColumns.MIN_FAMILIES
                + " families behind a value: blanked and listed in column 'suppressed'"});
        for (IndicatorDefinition d : Indicators.all()) {
            e.add(new String[]{"indicator." + d.id(), Integer.toString(d.version())});
        }
        return e;
    }

    void writeCsv(Writer out) {
        CsvWriter csv = new CsvWriter(out);
        csv.row("key", "value");
        for (String[] kv : entries()) {
            csv.row(kv);
        }
    }
}
