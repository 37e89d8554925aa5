package id.kube.admin.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jspecify.annotations.Nullable;

import id.kube.seeds.table.TableSource;
import id.kube.seeds.table.TemplateException;
import id.kube.seeds.template.Sheet;

/**
 * A file the user uploaded, held in memory: one template CSV ({@code anggota.csv}, or any name with the table
 * chosen on the screen), a zip of template CSVs (as the CSV template is downloaded), or an XLSX workbook with a
 * sheet per table.
 */
public record UploadedFile(String name, byte[] content) {

    /** The largest upload accepted (the whole demo data set of 40 groups is under 4 MB as CSV). */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    /** The most a zip may unpack to, so that a small zip cannot fill the memory. */
    static final long MAX_UNZIPPED_BYTES = 100L * 1024 * 1024;

    public UploadedFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException("upload larger than " + MAX_BYTES + " bytes");
        }
    }

    public enum Kind { CSV, ZIP, XLSX, OTHER }

    public Kind kind() {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return Kind.CSV;
        }
        if (lower.endsWith(".zip")) {
            return Kind.ZIP;
        }
        if (lower.endsWith(".xlsx")) {
            return Kind.XLSX;
        }
        return Kind.OTHER;
    }

    /** The table a single CSV file holds, recognised by its name ({@code anggota.csv}, {@code Anggota (2).csv}). */
    public Optional<Sheet> tableByName() {
        if (kind() != Kind.CSV) {
            return Optional.empty();
        }
        String base = name.replaceAll("(?i)\\.csv$", "").replaceAll("\\s*\\(\\d+\\)$", "").strip();
        return Sheet.byName(base + ".csv");
    }

    /**
     * The tables of this file. A single CSV is read as {@code table} when given, else as the table its name
     * says; a CSV whose table is neither named nor chosen is refused with a message saying so.
     */
    public TableSource tables(@Nullable Sheet table) throws TemplateException {
        switch (kind()) {
            case XLSX -> {
                return TableSource.xlsx(new ByteArrayInputStream(content), name);
            }
            case CSV -> {
                Sheet sheet = table != null ? table : tableByName().orElseThrow(() -> new TemplateException(
                        "Berkas " + name + " tidak bernama seperti tabel templat (mis. anggota.csv): pilih tabelnya."));
                return TableSource.csvContents(Map.of(sheet.fileName(), new String(content, StandardCharsets.UTF_8)));
            }
            case ZIP -> {
                return TableSource.csvContents(unzipCsvs());
            }
            default -> throw new TemplateException("Berkas " + name
                    + " bukan CSV, ZIP berisi CSV, atau XLSX. Gunakan templat yang diunduh dari halaman ini.");
        }
    }

    private Map<String, String> unzipCsvs() throws TemplateException {
        Map<String, String> csvs = new LinkedHashMap<>();
        long unpacked = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String entryName = entry.getName().replaceAll(".*/", "");
                if (entry.isDirectory() || !entryName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    continue;
                }
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_UNZIPPED_BYTES - unpacked + 1));
                unpacked += bytes.length;
                if (unpacked > MAX_UNZIPPED_BYTES) {
                    throw new TemplateException("Isi berkas " + name + " terlalu besar (lebih dari 100 MB setelah dibuka).");
                }
                csvs.put(entryName.toLowerCase(Locale.ROOT), new String(bytes, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new TemplateException("Berkas " + name + " bukan zip yang dapat dibuka: " + e.getMessage(), e);
        }
        if (csvs.isEmpty()) {
            throw new TemplateException("Berkas " + name + " tidak berisi berkas CSV templat (kelompok.csv, anggota.csv, ...).");
        }
        return csvs;
    }
}
