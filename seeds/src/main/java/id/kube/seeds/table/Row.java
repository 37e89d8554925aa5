package id.kube.seeds.table;

import java.util.Map;

/** One data row of a template table: the line (or spreadsheet row) number a user sees, and its values by column. */
public record Row(int line, Map<String, String> values) {

    public Row {
        values = Map.copyOf(values);
    }

    /** The trimmed value of a column, empty when the column is absent or blank. */
    public String get(String column) {
        String value = values.get(column);
        return value == null ? "" : value.strip();
    }
}
