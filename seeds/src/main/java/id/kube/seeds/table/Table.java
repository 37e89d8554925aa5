package id.kube.seeds.table;

import java.util.List;

import id.kube.seeds.template.Sheet;

/** The rows read for one template table, with where they came from (a file or a workbook sheet). */
public record Table(Sheet sheet, String origin, List<Row> rows) {

    public Table {
        rows = List.copyOf(rows);
    }
}
