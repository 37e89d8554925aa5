package id.kube.admin.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import id.kube.seeds.table.TemplateException;
import id.kube.seeds.template.Sheet;

/** Which tables an uploaded file holds: by the CSV's name, by the user's choice, or from a zip of CSVs. */
class UploadedFileTest {

    private static final String FACILITATORS = "kode_pendamping,nama,kode_kabupaten,telepon\nPDP-1,Made,51.04,\n";

    @Test
    void aCsvNamedAfterItsTableIsRecognisedEvenWithTheBrowsersCopyNumber() {
        assertThat(new UploadedFile("Anggota (2).csv", new byte[0]).tableByName()).contains(Sheet.ANGGOTA);
        assertThat(new UploadedFile("data-desa.csv", new byte[0]).tableByName()).isEmpty();
    }

    @Test
    void aCsvWithAnotherNameIsReadAsTheChosenTableAndRefusedWithoutAChoice() throws TemplateException {
        UploadedFile file = new UploadedFile("data-desa.csv", FACILITATORS.getBytes(StandardCharsets.UTF_8));
        assertThat(file.tables(Sheet.PENDAMPING).table(Sheet.PENDAMPING)).isPresent();
        assertThatThrownBy(() -> file.tables(null)).isInstanceOf(TemplateException.class)
                .hasMessageContaining("pilih tabelnya");
    }

    @Test
    void aZipOfTemplateCsvsHoldsEveryTableInIt() throws TemplateException {
        UploadedFile zip = new ImportFiles().facilitator("PDP-Z", "Zip", "51.04")
                .group("KUBE-Z", "KUBE Zip", ImportFiles.GIANYAR_VILLAGE, "PDP-Z").zip("templat.zip");
        var tables = zip.tables(null);
        assertThat(tables.table(Sheet.PENDAMPING)).isPresent();
        assertThat(tables.table(Sheet.KELOMPOK)).isPresent();
        assertThat(tables.rowCount()).isEqualTo(2);
    }

    @Test
    void theDownloadedXlsxTemplateUploadsBackAsEveryTableWithNoRows() throws TemplateException {
        var tables = new UploadedFile("kube-templat-impor.xlsx", id.kube.seeds.template.TemplateFiles.xlsx()).tables(null);
        for (Sheet sheet : Sheet.values()) {
            assertThat(tables.table(sheet)).as(sheet.sheetName()).isPresent();
        }
        assertThat(tables.rowCount()).isZero();
    }

    @Test
    void anotherKindOfFileIsRefusedInIndonesian() {
        assertThatThrownBy(() -> new UploadedFile("laporan.pdf", new byte[] {1}).tables(null))
                .isInstanceOf(TemplateException.class).hasMessageContaining("bukan CSV");
    }
}
