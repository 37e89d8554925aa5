package id.kube.seeds.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import id.kube.seeds.table.TableSource;
import id.kube.seeds.template.Sheet;
import id.kube.seeds.template.TemplateFiles;

class XlsxImportTest {

    @Test
    void theDownloadedTemplateFilledInAsASpreadsheetUserWouldImports() throws Exception {
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TemplateFiles.xlsx()))) {
            assertThat(workbook.getSheet("petunjuk")).isNotNull();
            XSSFSheet facilitators = workbook.getSheet("pendamping");
            Row f = facilitators.createRow(1);
            f.createCell(0).setCellValue("PDP-5104-1");
            f.createCell(1).setCellValue("Ni Luh Putu Suryani");
            f.createCell(2).setCellValue("51.04");
            XSSFSheet groups = workbook.getSheet("kelompok");
            Row g = groups.createRow(1);
            Object[] values = {"KUBE-A", "KUBE Sekar Jagat", "51.04.01.2005", "2024-01-10", "BPD Bali", "0011223344",
                    25_000_000d, "2024-01-30", "KUBE-APBN-2024", 50_000d, 10_000d, 2_000d, "1.0", 12d, 10d, 40d,
                    "PDP-5104-1"};
            for (int c = 0; c < values.length; c++) {
                if (values[c] instanceof Double d) {
                    g.createCell(c).setCellValue(d); // amounts typed as numbers, as users do
                } else {
                    g.createCell(c).setCellValue((String) values[c]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }

        TableSource source = TableSource.xlsx(new ByteArrayInputStream(filled), "templat.xlsx");
        assertThat(source.table(Sheet.KELOMPOK).orElseThrow().rows()).singleElement()
                .satisfies(row -> assertThat(row.get("bantuan_stimulus")).isEqualTo("25000000"));
        ImportReport report = new Importer(new MemoryTarget(ImporterTest.REGIONS), ImporterTest.TODAY).run(source,
                ImportOptions.realRun(ImportMode.ALL_OR_NOTHING, "tester"), ImportProgress.NONE);
        assertThat(report.rejections()).isEmpty();
        assertThat(report.total().imported()).isEqualTo(2);
    }

    @Test
    void csvTemplateZipHasEveryTableAndTheGuide() throws Exception {
        var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(TemplateFiles.csvZip()));
        java.util.List<String> names = new java.util.ArrayList<>();
        for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            names.add(entry.getName());
        }
        assertThat(names).contains("kelompok.csv", "anggota.csv", "transaksi.csv", "PETUNJUK.txt")
                .hasSize(Sheet.values().length + 1);
    }
}
