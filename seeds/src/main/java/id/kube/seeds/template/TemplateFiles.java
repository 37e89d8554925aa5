package id.kube.seeds.template;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import id.kube.seeds.table.CsvFormat;

/**
 * The downloadable import template (the admin UI offers both): an XLSX workbook with a "petunjuk" sheet that
 * describes every table and column and one empty sheet per table, or a ZIP of empty CSV files with the same
 * headers and a PETUNJUK.txt. Identifier columns (NIK, No. KK, codes) are formatted as text in the workbook so
 * that a spreadsheet never turns a 16-digit NIK into a rounded number.
 */
public final class TemplateFiles {

    private static final Set<String> TEXT_COLUMNS = Set.of("nik", "no_kk", "telepon", "rt", "rw", "no_rekening",
            "kode_desa", "kode_kabupaten", "tanggal", "tanggal_bentuk", "tanggal_bantuan", "tanggal_lahir",
            "tanggal_masuk", "tanggal_keluar", "tanggal_mulai", "tanggal_cair", "kunjungan_berikut");

    private TemplateFiles() {
    }

    public static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));

            XSSFSheet guide = workbook.createSheet("petunjuk");
            int r = 0;
            for (String line : introduction()) {
                guide.createRow(r++).createCell(0).setCellValue(line);
            }
            r++;
            for (Sheet sheet : Sheet.values()) {
                Row title = guide.createRow(r++);
                title.createCell(0).setCellValue(sheet.sheetName() + " — " + sheet.title());
                title.getCell(0).setCellStyle(bold);
                for (Sheet.Column column : sheet.columns()) {
                    Row row = guide.createRow(r++);
                    row.createCell(0).setCellValue(column.name());
                    row.createCell(1).setCellValue(column.required() ? "wajib" : "boleh kosong");
                    row.createCell(2).setCellValue(column.description());
                }
                r++;
            }
            guide.setColumnWidth(0, 32 * 256);
            guide.setColumnWidth(1, 14 * 256);
            guide.setColumnWidth(2, 100 * 256);

            for (Sheet sheet : Sheet.values()) {
                XSSFSheet data = workbook.createSheet(sheet.sheetName());
                Row header = data.createRow(0);
                List<Sheet.Column> columns = sheet.columns();
                for (int c = 0; c < columns.size(); c++) {
                    header.createCell(c).setCellValue(columns.get(c).name());
                    header.getCell(c).setCellStyle(bold);
                    data.setColumnWidth(c, Math.max(14, columns.get(c).name().length() + 4) * 256);
                    if (TEXT_COLUMNS.contains(columns.get(c).name()) || columns.get(c).name().startsWith("id_")
                            || columns.get(c).name().startsWith("kode_")) {
                        data.setDefaultColumnStyle(c, text);
                    }
                }
                data.createFreezePane(0, 1);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("template workbook could not be written", e);
        }
    }

    public static byte[] csvZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            for (Sheet sheet : Sheet.values()) {
                zip.putNextEntry(new ZipEntry(sheet.fileName()));
                CsvFormat.writeRow(out, sheet.header());
                out.flush();
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("PETUNJUK.txt"));
            out.write(plainGuide());
            out.flush();
            zip.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException("template zip could not be written", e);
        }
        return bytes.toByteArray();
    }

    public static void writeXlsx(OutputStream out) throws IOException {
        out.write(xlsx());
    }

    static List<String> introduction() {
        return List.of("Templat impor data KUBE (kelompok, anggota, pertemuan, kunjungan, survei, pinjaman, transaksi).",
                "Setiap lembar/berkas adalah satu tabel; baris pertama adalah judul kolom. Tabel boleh diisi sebagian saja.",
                "Tanggal ditulis YYYY-MM-DD. Jumlah uang ditulis rupiah utuh tanpa titik, koma atau sen (2500000).",
                "NIK dan nomor KK 16 angka; format kolomnya Teks. Kode wilayah menurut Kemendagri (51.04.01.2005).",
                "Transaksi: satu baris per kaki jurnal; baris dengan id_transaksi sama harus seimbang (debit = kredit).",
                "Impor yang sama dua kali tidak mengubah apa pun: kode kelompok, id pertemuan, id transaksi dll. adalah kunci.",
                "Lakukan uji coba dulu: semua baris diperiksa dan alasan setiap baris yang ditolak dilaporkan.");
    }

    /** The column reference as plain text (PETUNJUK.txt) — also the basis of the template section in docs/seeds.md. */
    public static String plainGuide() {
        StringBuilder out = new StringBuilder();
        introduction().forEach(line -> out.append(line).append('\n'));
        for (Sheet sheet : Sheet.values()) {
            out.append('\n').append(sheet.fileName()).append(" — ").append(sheet.title()).append('\n');
            for (Sheet.Column column : sheet.columns()) {
                out.append("  ").append(column.name()).append(column.required() ? " (wajib)" : " (boleh kosong)")
                        .append(": ").append(column.description()).append('\n');
            }
        }
        return out.toString();
    }

    /** The column reference as Markdown tables, for docs/seeds.md. */
    public static String markdown() {
        StringBuilder out = new StringBuilder();
        for (Sheet sheet : Sheet.values()) {
            out.append("#### `").append(sheet.fileName()).append("` — ").append(sheet.title()).append("\n\n")
                    .append("| kolom | wajib | isi |\n|---|---|---|\n");
            for (Sheet.Column column : sheet.columns()) {
                out.append("| `").append(column.name()).append("` | ").append(column.required() ? "ya" : "—")
                        .append(" | ").append(column.description().replace("|", "\\|")).append(" |\n");
            }
            out.append('\n');
        }
        return out.toString();
    }

    public static void main(String[] args) {
        System.out.print(markdown());
    }
}
