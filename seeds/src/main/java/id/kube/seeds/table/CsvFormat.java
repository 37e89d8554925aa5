package id.kube.seeds.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV dialect of the KUBE templates: UTF-8, comma separated, first line the header, fields quoted with
 * {@code "} when they contain a comma, a quote or a line break (RFC 4180). Lines are numbered as a spreadsheet
 * user sees them: the header is line 1, the first data row line 2.
 */
public final class CsvFormat {

    private CsvFormat() {
    }

    /** One record with the line number (1-based, of its first physical line) where it starts. */
    public record Record(int lineNumber, List<String> fields) {
    }

    public static List<Record> read(Reader source) throws IOException {
        List<Record> records = new ArrayList<>();
        BufferedReader in = source instanceof BufferedReader b ? b : new BufferedReader(source);
        int line = 1;
        int c = in.read();
        if (c == '\uFEFF') {
            c = in.read();
        }
        while (c != -1) {
            int startLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean endOfRecord = false;
            while (!endOfRecord) {
                if (c == -1) {
                    fields.add(field.toString());
                    endOfRecord = true;
                } else if (quoted) {
                    if (c == '"') {
                        int next = in.read();
                        if (next == '"') {
                            field.append('"');
                            c = in.read();
                        } else {
                            quoted = false;
                            c = next;
                        }
                        continue;
                    }
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r') {
                    // tolerated before \n (files saved on Windows)
                } else if (c == '\n') {
                    fields.add(field.toString());
                    line++;
                    endOfRecord = true;
                } else {
                    field.append((char) c);
                }
                c = in.read();
            }
            boolean blank = fields.size() == 1 && fields.getFirst().isBlank();
            if (!blank) {
                records.add(new Record(startLine, List.copyOf(fields)));
            }
        }
        return records;
    }

    public static void writeRow(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields.get(i)));
        }
        out.write('\n');
    }

    static String quote(String value) {
        if (value == null) {
            return "";
        }
        boolean needsQuotes = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
