package id.kube.seeds.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import id.kube.seeds.template.Sheet;

/**
 * Where the template tables come from: a directory of CSV files (any subset of {@code kelompok.csv},
 * {@code anggota.csv}, ...), single CSV files, or one XLSX workbook with a sheet per table. Headers are checked
 * against the template when a table is read.
 */
public final class TableSource {

    private final Map<Sheet, Table> tables;

    private TableSource(Map<Sheet, Table> tables) {
        this.tables = tables;
    }

    public Optional<Table> table(Sheet sheet) {
        return Optional.ofNullable(tables.get(sheet));
    }

    public long rowCount() {
        return tables.values().stream().mapToLong(t -> t.rows().size()).sum();
    }

    /** Every {@code <table>.csv} in a directory, or a single CSV file named after its table, or an XLSX workbook. */
    public static TableSource open(Path path) throws TemplateException {
        if (Files.isDirectory(path)) {
            return csvDirectory(path);
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            try (InputStream in = Files.newInputStream(path)) {
                return xlsx(in, path.getFileName().toString());
            } catch (IOException e) {
                throw new TemplateException("Berkas " + path.getFileName() + " tidak dapat dibaca: " + e.getMessage(), e);
            }
        }
        if (name.endsWith(".csv")) {
            return csvFiles(List.of(path));
        }
        throw new TemplateException("Berkas " + path.getFileName()
                + " bukan CSV atau XLSX. Gunakan templat (kelompok.csv, anggota.csv, transaksi.csv, ... atau satu berkas .xlsx).");
    }

    public static TableSource csvDirectory(Path directory) throws TemplateException {
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new TemplateException("Folder " + directory + " tidak dapat dibaca: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new TemplateException("Folder " + directory + " tidak berisi berkas CSV templat.");
        }
        return csvFiles(files);
    }

    public static TableSource csvFiles(List<Path> files) throws TemplateException {
        Map<Sheet, Table> tables = new EnumMap<>(Sheet.class);
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            Sheet sheet = Sheet.byName(fileName).orElseThrow(() -> new TemplateException("Berkas " + fileName
                    + " bukan bagian templat. Nama yang dikenal: " + knownNames()));
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                tables.put(sheet, fromRecords(sheet, fileName, CsvFormat.read(in)));
            } catch (IOException e) {
                throw new TemplateException("Berkas " + fileName + " tidak dapat dibaca sebagai CSV UTF-8: "
                        + e.getMessage(), e);
            }
        }
        return new TableSource(tables);
    }

    /** CSV content already in memory, e.g. uploaded through the admin UI; keys are file names. */
    public static TableSource csvContents(Map<String, String> contentByFileName) throws TemplateException {
        Map<Sheet, Table> tables = new EnumMap<>(Sheet.class);
        for (var entry : contentByFileName.entrySet()) {
            Sheet sheet = Sheet.byName(entry.getKey()).orElseThrow(() -> new TemplateException("Berkas "
                    + entry.getKey() + " bukan bagian templat. Nama yang dikenal: " + knownNames()));
            try {
                tables.put(sheet, fromRecords(sheet, entry.getKey(),
                        CsvFormat.read(new java.io.StringReader(entry.getValue()))));
            } catch (IOException e) {
                throw new TemplateException("Berkas " + entry.getKey() + " tidak dapat dibaca: " + e.getMessage(), e);
            }
        }
        return new TableSource(tables);
    }

    public static TableSource xlsx(InputStream workbook, String origin) throws TemplateException {
        Map<Sheet, List<CsvFormat.Record>> sheets = XlsxReader.read(workbook, origin);
        Map<Sheet, Table> tables = new EnumMap<>(Sheet.class);
        for (var entry : sheets.entrySet()) {
            tables.put(entry.getKey(), fromRecords(entry.getKey(), origin + " / " + entry.getKey().sheetName(),
                    entry.getValue()));
        }
        if (tables.isEmpty()) {
            throw new TemplateException("Buku kerja " + origin + " tidak berisi lembar templat. Nama lembar yang dikenal: "
                    + knownNames());
        }
        return new TableSource(tables);
    }

    static Table fromRecords(Sheet sheet, String origin, List<CsvFormat.Record> records) throws TemplateException {
        if (records.isEmpty()) {
            return new Table(sheet, origin, List.of());
        }
        List<String> header = records.getFirst().fields().stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        List<String> missing = sheet.columns().stream().filter(Sheet.Column::required).map(Sheet.Column::name)
                .filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new TemplateException(origin + ": kolom wajib tidak ada di baris judul: " + String.join(", ", missing)
                    + ". Baris judul harus memuat: " + String.join(", ", sheet.header()) + ".");
        }
        List<Row> rows = new ArrayList<>(records.size() - 1);
        for (CsvFormat.Record record : records.subList(1, records.size())) {
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < header.size() && i < record.fields().size(); i++) {
                values.put(header.get(i), record.fields().get(i));
            }
            rows.add(new Row(record.lineNumber(), values));
        }
        return new Table(sheet, origin, rows);
    }

    private static String knownNames() {
        return String.join(", ", Stream.of(Sheet.values()).map(Sheet::sheetName).toList());
    }
}
