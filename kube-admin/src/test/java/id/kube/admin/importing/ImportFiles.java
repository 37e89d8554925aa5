package id.kube.admin.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import id.kube.seeds.template.Sheet;

/** Small template files for the import tests: facilitators, groups and members with well-formed NIKs. */
final class ImportFiles {

    /** A desa in Kab. Gianyar (51.04) and one in Kab. Pasuruan (35.14), both in the region reference. */
    static final String GIANYAR_VILLAGE = "51.04.01.2004";
    static final String PASURUAN_VILLAGE = "35.14.02.2008";

    private static final AtomicInteger SERIAL = new AtomicInteger(9000 + (int) (System.nanoTime() % 500));

    private final Map<Sheet, StringBuilder> tables = new LinkedHashMap<>();

    private StringBuilder table(Sheet sheet) {
        return tables.computeIfAbsent(sheet, s -> new StringBuilder(String.join(",", s.header())).append('\n'));
    }

    ImportFiles facilitator(String code, String name, String regency) {
        table(Sheet.PENDAMPING).append(String.join(",", code, name, regency, "081234567890")).append('\n');
        return this;
    }

    ImportFiles group(String code, String name, String village, String facilitatorCode) {
        table(Sheet.KELOMPOK).append(String.join(",", code, name, village, "2024-03-01", "BRI", "123456789",
                "20000000", "2024-03-20", "KUBE-APBN-2024", "50000", "15000", "5000", "1.0", "12", "10", "40",
                facilitatorCode)).append('\n');
        return this;
    }

    /** A member with a NIK that fits the village's district, the birth date and the sex. */
    ImportFiles member(String groupCode, String village, String name, char sex, LocalDate born) {
        String district = village.substring(0, 8).replace(".", "");
        int day = born.getDayOfMonth() + (sex == 'P' ? 40 : 0);
        String serial = "%04d".formatted(SERIAL.incrementAndGet());
        String nik = district + "%02d%02d%02d".formatted(day, born.getMonthValue(), born.getYear() % 100) + serial;
        return memberWithNik(groupCode, village, name, sex, born, nik, district + "2003" + "11" + serial);
    }

    ImportFiles memberWithNik(String groupCode, String village, String name, char sex, LocalDate born, String nik,
                              String familyCard) {
        table(Sheet.ANGGOTA).append(String.join(",", groupCode, nik, familyCard, name, String.valueOf(sex),
                born.toString(), "ANGGOTA", "Banjar Tengah", "001", "002", village, "", "Y", "", "2024-03-01", ""))
                .append('\n');
        return this;
    }

    String csv(Sheet sheet) {
        return table(sheet).toString();
    }

    /** All tables as a zip of CSV files, as the CSV template is downloaded. */
    UploadedFile zip(String name) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var entry : tables.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey().fileName()));
                zip.write(entry.getValue().toString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new UploadedFile(name, bytes.toByteArray());
    }
}
