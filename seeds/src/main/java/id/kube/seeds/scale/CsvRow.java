package id.kube.seeds.scale;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Writes one table's rows in PostgreSQL's COPY CSV format (an unquoted empty field is NULL, text always
 * quoted, {@code bytea} as {@code \x} hex, timestamps in UTC with an explicit offset) and feeds a digest of
 * what it writes. Ciphertexts ({@link #cipher}) are left out of the digest: AES-GCM draws a fresh random nonce
 * for each, so they differ from run to run while everything else is a function of the seed. Not thread-safe.
 */
final class CsvRow {

    private static final HexFormat HEX = HexFormat.of();
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx")
            .withZone(ZoneOffset.UTC);

    private final OutputStream out;
    private final MessageDigest digest;
    private final StringBuilder line = new StringBuilder(512);
    private final int[] cipherRanges = new int[8];
    private int cipherCount;
    private final int columns;
    private int fields;
    private long rows;
    private long bytes;

    CsvRow(OutputStream out, MessageDigest digest, int columns) {
        this.out = out;
        this.digest = digest;
        this.columns = columns;
    }

    private StringBuilder next() {
        if (fields++ > 0) {
            line.append(',');
        }
        return line;
    }

    CsvRow nul() {
        next();
        return this;
    }

    CsvRow id(@Nullable UUID value) {
        if (value == null) {
            return nul();
        }
        next().append(value);
        return this;
    }

    CsvRow text(@Nullable String value) {
        if (value == null) {
            return nul();
        }
        StringBuilder b = next().append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                b.append('"');
            }
            b.append(c);
        }
        b.append('"');
        return this;
    }

    CsvRow num(long value) {
        next().append(value);
        return this;
    }

    CsvRow decimal(String value) {
        next().append(value);
        return this;
    }

    CsvRow bool(boolean value) {
        next().append(value ? 't' : 'f');
        return this;
    }

    CsvRow date(@Nullable LocalDate value) {
        if (value == null) {
            return nul();
        }
        next().append(value);
        return this;
    }

    CsvRow time(Instant value) {
        TIMESTAMP.formatTo(value, next());
        return this;
    }

    CsvRow bytes(byte[] value) {
        next().append("\\x").append(HEX.formatHex(value));
        return this;
    }

    /** A ciphertext: written like {@link #bytes} but replaced by {@code *} in the digest. */
    CsvRow cipher(byte[] value) {
        int start = line.length() + (fields > 0 ? 1 : 0);
        bytes(value);
        cipherRanges[cipherCount++] = start;
        cipherRanges[cipherCount++] = line.length();
        return this;
    }

    void end() {
        if (fields != columns) {
            throw new IllegalStateException("row has " + fields + " fields, the table " + columns + " columns");
        }
        line.append('\n');
        byte[] encoded = line.toString().getBytes(StandardCharsets.UTF_8);
        try {
            out.write(encoded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        digest.update(cipherCount == 0 ? encoded : withoutCiphers());
        bytes += encoded.length;
        line.setLength(0);
        fields = 0;
        cipherCount = 0;
        rows++;
    }

    private byte[] withoutCiphers() {
        StringBuilder kept = new StringBuilder(line.length());
        int from = 0;
        for (int i = 0; i < cipherCount; i += 2) {
            kept.append(line, from, cipherRanges[i]).append('*');
            from = cipherRanges[i + 1];
        }
        kept.append(line, from, line.length());
        return kept.toString().getBytes(StandardCharsets.UTF_8);
    }

    long rows() {
        return rows;
    }

    long bytes() {
        return bytes;
    }
}
