package id.kube.core.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Writes the group × period research panel into a directory, streamed from PostgreSQL with a cursor (memory
 * flat in the number of rows), and logs the export.
 *
 * <ul>
 *   <li>CSV: {@code panel.csv} (UTF-8, header, {@code \n}), {@code codebook.csv}, {@code manifest.csv};</li>
 *   <li>XLSX: {@code panel.xlsx} with sheets {@code data}, {@code codebook}, {@code manifest};</li>
 *   <li>both: {@code SHA256SUMS} of the files written.</li>
 * </ul>
 * The same data and options give byte-identical files.
 */
public final class PanelExporter {

    static final int FETCH_SIZE = 5_000;
    static final int REPORT_EVERY = 10_000;
    /** Rows of data an XLSX sheet can take (1,048,576 minus the header). */
    static final long XLSX_MAX_ROWS = 1_048_575;

    private final DataSource dataSource;
    private final Pseudonymizer pseudonyms;
    private final ExportLog log;
    private final HouseholdWaveExport households;

    public PanelExporter(DataSource dataSource, Pseudonymizer pseudonyms, Clock clock) {
        this.dataSource = dataSource;
        this.pseudonyms = pseudonyms;
        this.log = new ExportLog(DSL.using(dataSource, SQLDialect.POSTGRES), clock);
        this.households = new HouseholdWaveExport(DSL.using(dataSource, SQLDialect.POSTGRES), pseudonyms);
    }

    /** The columns of an export of this grain, in file order, as its codebook documents them. */
    public static List<PanelColumn> columns(ExportGrain grain) {
        return grain == ExportGrain.HOUSEHOLD_WAVE ? HouseholdWaveExport.CODEBOOK : PanelColumns.all();
    }

    /**
     * Packs the files of an export into one zip (entries in the given order, fixed timestamps), so the same
     * export gives the same zip bytes. Streams file by file; memory stays flat.
     */
    public static void writeZip(List<Path> files, OutputStream out) throws IOException {
        java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out);
        for (Path f : files) {
            java.util.zip.ZipEntry e = new java.util.zip.ZipEntry(f.getFileName().toString());
            e.setTimeLocal(java.time.LocalDateTime.of(1980, 1, 1, 0, 0));
            zip.putNextEntry(e);
            Files.copy(f, zip);
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    public record ExportResult(long logId, long rows, String dataSha256, List<Path> files) {
    }

    public ExportResult export(PanelExportOptions options, Path directory, ExportProgress progress) {
        long logId = log.started(options);
        try {
            Files.createDirectories(directory);
            long total = count(options);
            if (options.format() == ExportFormat.XLSX && total > XLSX_MAX_ROWS
                    && (total = exactCount(options)) > XLSX_MAX_ROWS) {
                throw new ExportException(ExportException.Reason.TOO_MANY_ROWS_FOR_XLSX, "Ekspor berisi " + total
                        + " baris, melebihi batas XLSX " + XLSX_MAX_ROWS + "; pilih format CSV atau persempit filter");
            }
            List<Path> files = new ArrayList<>();
            Manifest manifest;
            String stem = options.grain().fileStem();
            if (options.format() == ExportFormat.CSV) {
                Path panel = directory.resolve(stem + ".csv");
                long rows;
                String sha;
                try (OutputStream out = Files.newOutputStream(panel)) {
                    StreamResult r = streamCsv(options, out, total, progress);
                    rows = r.rows();
                    sha = r.sha256();
                }
                manifest = new Manifest(options.filters(), rows, sha, pseudonyms.keyFingerprint());
                files.add(panel);
                files.add(writeText(directory.resolve("codebook.csv"),
                        w -> PanelColumns.writeCodebookCsv(columns(options.grain()), w)));
                files.add(writeText(directory.resolve("manifest.csv"), manifest::writeCsv));
            } else {
                Path panel = directory.resolve(stem + ".xlsx");
                manifest = XlsxPanel.write(this, options, panel, total, progress);
                files.add(panel);
            }
            files.add(writeSums(directory, files, options.format() == ExportFormat.CSV
                    ? java.util.Map.of(directory.resolve(stem + ".csv"), manifest.dataSha256()) : java.util.Map.of()));
            log.completed(logId, manifest.rows(), manifest.dataSha256());
            return new ExportResult(logId, manifest.rows(), manifest.dataSha256(), List.copyOf(files));
        } catch (RuntimeException | IOException e) {
            log.failed(logId, String.valueOf(e.getMessage()));
            if (e instanceof ExportException ee) {
                throw ee;
            }
            throw new ExportException(ExportException.Reason.WRITE_FAILED, "Ekspor gagal: " + e.getMessage(), e);
        }
    }

    /** Rows and SHA-256 of a stream of panel data in canonical CSV. */
    public record StreamResult(long rows, String sha256) {
    }

    /** Expected rows (an upper bound: groups × periods) for progress and the XLSX size check. */
    public long count(PanelExportOptions options) {
        if (options.grain() == ExportGrain.HOUSEHOLD_WAVE) {
            return households.count(options);
        }
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(PanelQuery.expectedRowsSql(options))) {
            rs.next();
            return rs.getLong(1) * PanelQuery.periods(options);
        } catch (SQLException e) {
            throw new ExportException(ExportException.Reason.WRITE_FAILED, "Ekspor gagal: " + e.getMessage(), e);
        }
    }

    private long exactCount(PanelExportOptions options) {
        if (options.grain() == ExportGrain.HOUSEHOLD_WAVE) {
            return households.count(options);
        }
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(org.jooq.impl.DSL.using(SQLDialect.POSTGRES)
                     .selectCount().from(org.jooq.impl.DSL.table(PanelQuery.select(options)))
                     .getSQL(org.jooq.conf.ParamType.INLINED))) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new ExportException(ExportException.Reason.WRITE_FAILED, "Ekspor gagal: " + e.getMessage(), e);
        }
    }

    /** Streams the panel data (header + rows) as UTF-8 CSV into {@code out}; does not log. */
    public StreamResult streamCsv(PanelExportOptions options, OutputStream out, long total, ExportProgress progress) {
        MessageDigest sha = sha256();
        Writer w = new BufferedWriter(new OutputStreamWriter(new DigestOutputStream(out, sha), StandardCharsets.UTF_8),
                1 << 16);
        CsvWriter csv = new CsvWriter(w);
        long rows = forEachRow(options, header -> csv.row(header), row -> csv.row(row), total, progress);
        flush(w);
        return new StreamResult(rows, HexFormat.of().formatHex(sha.digest()));
    }

    interface RowConsumer {
        void accept(String[] row);
    }

    /** Runs the panel query with a cursor and hands every export row to {@code rows}; returns the count. */
    long forEachRow(PanelExportOptions options, RowConsumer header, RowConsumer rows, long total,
                    ExportProgress progress) {
        if (options.grain() == ExportGrain.HOUSEHOLD_WAVE) {
            return households.forEachRow(options, header, rows, progress);
        }
        header.accept(PanelColumns.all().stream().map(PanelColumn::name).toArray(String[]::new));
        PanelRows mapper = new PanelRows(pseudonyms, options.geography(),
                RegionNames.load(DSL.using(dataSource, SQLDialect.POSTGRES)));
        long n = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try (PreparedStatement ps = c.prepareStatement(PanelQuery.sql(options), ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                ps.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.accept(mapper.next(rs));
                        n++;
                        if (n % REPORT_EVERY == 0) {
                            progress.rowsWritten(n, total);
                        }
                    }
                }
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new ExportException(ExportException.Reason.WRITE_FAILED, "Ekspor gagal: " + e.getMessage(), e);
        }
        progress.rowsWritten(n, n);
        return n;
    }

    String keyFingerprint() {
        return pseudonyms.keyFingerprint();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void flush(Writer w) {
        try {
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    interface TextContent {
        void writeTo(Writer w);
    }

    private static Path writeText(Path file, TextContent content) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            content.writeTo(w);
        }
        return file;
    }

    /** @param known checksums computed while streaming, so a large file is not read back */
    private static Path writeSums(Path dir, List<Path> files, java.util.Map<Path, String> known) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Path f : files) {
            if (known.containsKey(f)) {
                sb.append(known.get(f)).append("  ").append(f.getFileName()).append('\n');
                continue;
            }
            MessageDigest sha = sha256();
            try (var in = new java.security.DigestInputStream(Files.newInputStream(f), sha)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            sb.append(HexFormat.of().formatHex(sha.digest())).append("  ").append(f.getFileName()).append('\n');
        }
        Path sums = dir.resolve("SHA256SUMS");
        Files.writeString(sums, sb, StandardCharsets.UTF_8);
        return sums;
    }
}
