package id.kube.seeds.importing;

import id.kube.seeds.template.Sheet;

/**
 * One rejected row: the table, the line the user sees in the file (header = line 1; 0 for a whole table), the
 * row's natural key where it has one, the reason and a message in Bahasa Indonesia that names the problem.
 */
public record Rejection(Sheet sheet, int line, String key, RejectionReason reason, String message) {

    @Override
    public String toString() {
        return sheet.fileName() + " baris " + line + (key.isEmpty() ? "" : " (" + key + ")") + ": "
                + reason.label() + " — " + message;
    }
}
