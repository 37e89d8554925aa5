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

    private final StringBuilder line = new StringBuilder(1024);

    /** A whole row, assembled in a reused buffer and written in one call. */
    public CsvWriter row(String... values) {
        if (!lineStart) {
            throw new IllegalStateException("row() after field() without endRow()");
        }
        StringBuilder b = line;
        b.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            String v = values[i];
            if (needsQuotes(v)) {
                b.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                b.append(v);
            }
        }
        b.append('\n');
        try {
            out.append(b);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
