package id.kube.core.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The panel as an XLSX workbook (sheets data, codebook, manifest), written with POI's streaming SXSSF (a
 * window of rows in memory) and then re-zipped with fixed entry times and a fixed creation date so the same
 * data and options give the same bytes.
 */
final class XlsxPanel {

    private static final LocalDateTime ZIP_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private XlsxPanel() {
    }

    static Manifest write(PanelExporter exporter, PanelExportOptions options, Path target, long total,
                          ExportProgress progress) throws IOException {
        List<PanelColumn> columns = PanelExporter.columns(options.grain());
        boolean[] numeric = new boolean[columns.size()];
        for (int i = 0; i < numeric.length; i++) {
            numeric[i] = columns.get(i).numeric();
        }
        MessageDigest sha = PanelExporter.sha256();
        BufferedWriter digestWriter = new BufferedWriter(new OutputStreamWriter(
                new DigestOutputStream(OutputStream.nullOutputStream(), sha), StandardCharsets.UTF_8), 1 << 16);
        CsvWriter canonical = new CsvWriter(digestWriter);
        Path raw = Files.createTempFile(target.getParent(), options.grain().fileStem() + "-", ".xlsx.tmp");
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            wb.setCompressTempFiles(true);
            try {
                wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(options.asOf() + "T00:00:00Z");
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IllegalStateException("ISO date is a valid creation date", e);
            }
            Sheet data = wb.createSheet("data");
            int[] rowIndex = {0};
            long rows = exporter.forEachRow(options, header -> {
                canonical.row(header);
                textRow(data, rowIndex[0]++, header);
            }, values -> {
                canonical.row(values);
                Row r = data.createRow(rowIndex[0]++);
                for (int i = 0; i < values.length; i++) {
                    String v = values[i];
                    if (v.isEmpty()) {
                        continue;
                    }
                    if (numeric[i]) {
                        r.createCell(i).setCellValue(Double.parseDouble(v));
                    } else {
                        r.createCell(i).setCellValue(v);
                    }
                }
            }, total, progress);
            digestWriter.flush();
            Manifest manifest = new Manifest(options.filters(), rows, HexFormat.of().formatHex(sha.digest()),
                    exporter.keyFingerprint());

            Sheet cb = wb.createSheet("codebook");
            int i = 0;
            textRow(cb, i++, "column", "type", "definition", "unit", "version");
            for (PanelColumn c : columns) {
                textRow(cb, i++, c.name(), c.type(), c.definition(), c.unit(), Integer.toString(c.version()));
            }
            Sheet mf = wb.createSheet("manifest");
            i = 0;
            textRow(mf, i++, "key", "value");
            for (String[] kv : manifest.entries()) {
                textRow(mf, i++, kv);
            }
            try (OutputStream out = Files.newOutputStream(raw)) {
                wb.write(out);
            }
            normalise(raw, target);
            return manifest;
        } finally {
            wb.close();
            wb.dispose();
            Files.deleteIfExists(raw);
        }
    }

    private static void textRow(Sheet sheet, int index, String... values) {
        Row r = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            r.createCell(i).setCellValue(values[i]);
        }
    }

    /** Copies the zip entry by entry, in order, with a fixed timestamp and no extra fields. */
    private static void normalise(Path raw, Path target) throws IOException {
        try (ZipFile in = new ZipFile(raw.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            out.setLevel(6);
            var entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(ZIP_TIME);
                out.putNextEntry(copy);
                try (InputStream data = in.getInputStream(e)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }
}
