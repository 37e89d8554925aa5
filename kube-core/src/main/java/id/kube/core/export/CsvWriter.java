package id.kube.core.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * RFC 4180 CSV: comma separated, {@code \n} line ends (fixed, so files are byte-identical on every OS), a
 * field quoted only when it holds a comma, quote, CR or LF, quotes doubled.
 */
public final class CsvWriter {

    private final Writer out;
    private boolean lineStart = true;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    public CsvWriter field(String value) {
        try {
            if (!lineStart) {
                out.write(',');
            }
            lineStart = false;
            if (needsQuotes(value)) {
                out.write('"');
                out.write(value.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(value);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CsvWriter row(String... values) {
        for (String v : values) {
            field(v);
        }
        return endRow();
    }

    public CsvWriter endRow() {
        try {
            out.write('\n');
            lineStart = true;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
