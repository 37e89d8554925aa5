package id.kube.admin.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import id.kube.admin.security.KubeUser;
import id.kube.admin.security.Role;
import id.kube.admin.support.AdminApplicationTest;
import id.kube.core.KubeCore;
import id.kube.core.region.RegionCode;
import id.kube.seeds.importing.ImportMode;
import id.kube.seeds.importing.ImportProgress;
import id.kube.seeds.importing.ImportReport;
import id.kube.seeds.importing.Rejection;
import id.kube.seeds.importing.RejectionReason;
import id.kube.seeds.table.TableSource;
import id.kube.seeds.table.TemplateException;
import id.kube.seeds.template.Sheet;

/**
 * On the server: the service behind the import screen commits nothing in a dry run, imports for real, changes
 * nothing on a second import of the same file, and keeps a district officer inside their regency.
 */
class SpreadsheetImportsTest extends AdminApplicationTest {

    private static final KubeUser ADMIN = new KubeUser("admin.impor", "Admin Impor", Role.ADMIN, null, null, null);
    private static final KubeUser GIANYAR_OFFICER = new KubeUser("dinsos.impor", "Dinsos Gianyar", Role.DISTRICT_OFFICER,
            null, RegionCode.of("51.04"), null);

    @Autowired
    SpreadsheetImports imports;
    @Autowired
    KubeCore core;

    private ImportReport run(KubeUser user, UploadedFile file, ImportMode mode, boolean dryRun) throws TemplateException {
        TableSource tables = imports.read(file, null);
        return imports.run(user, tables, mode, dryRun, ImportProgress.NONE);
    }

    private boolean stored(String groupCode) {
        return core.groups().findByRegistrationNumber(groupCode).isPresent();
    }

    @Test
    void aDryRunReportsWhatWouldBeImportedAndCommitsNothingThenTheRealRunImportsOnceOnly() throws Exception {
        UploadedFile file = new ImportFiles()
                .facilitator("PDP-UJI-01", "Made Uji", "51.04")
                .group("KUBE-UJI-001", "KUBE Uji Coba", ImportFiles.GIANYAR_VILLAGE, "PDP-UJI-01")
                .member("KUBE-UJI-001", ImportFiles.GIANYAR_VILLAGE, "I Wayan Uji", 'L', LocalDate.of(1980, 5, 12))
                .member("KUBE-UJI-001", ImportFiles.GIANYAR_VILLAGE, "Ni Made Uji", 'P', LocalDate.of(1985, 7, 3))
                .memberWithNik("KUBE-UJI-001", ImportFiles.GIANYAR_VILLAGE, "Salah NIK", 'L', LocalDate.of(1970, 1, 1),
                        "51040101017", "5104012003119999")
                .zip("impor-uji.zip");

        ImportReport dryRun = run(ADMIN, file, ImportMode.VALID_ROWS_ONLY, true);
        assertThat(dryRun.committed()).isFalse();
        assertThat(dryRun.of(Sheet.KELOMPOK).imported()).isEqualTo(1);
        assertThat(dryRun.of(Sheet.ANGGOTA).imported()).isEqualTo(2);
        assertThat(dryRun.rejections()).singleElement().satisfies(r -> {
            assertThat(r.sheet()).isEqualTo(Sheet.ANGGOTA);
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.reason()).isEqualTo(RejectionReason.NIK_TIDAK_VALID);
            assertThat(r.message()).contains("16 angka");
        });
        assertThat(stored("KUBE-UJI-001")).as("a dry run commits nothing").isFalse();

        ImportReport real = run(ADMIN, file, ImportMode.VALID_ROWS_ONLY, false);
        assertThat(real.committed()).isTrue();
        assertThat(real.total().imported()).isEqualTo(dryRun.total().imported());
        assertThat(stored("KUBE-UJI-001")).isTrue();

        ImportReport again = run(ADMIN, file, ImportMode.VALID_ROWS_ONLY, false);
        assertThat(again.total().imported()).isZero();
        assertThat(again.total().unchanged()).isEqualTo(real.total().imported());
    }

    @Test
    void allOrNothingWithARejectedRowStoresNothing() throws Exception {
        UploadedFile file = new ImportFiles()
                .facilitator("PDP-UJI-02", "Ketut Uji", "51.04")
                .group("KUBE-UJI-002", "KUBE Semua Atau Tidak", ImportFiles.GIANYAR_VILLAGE, "PDP-UJI-02")
                .group("KUBE-UJI-003", "KUBE Desa Salah", "51.04.99.9999", "PDP-UJI-02")
                .zip("impor-uji-2.zip");

        ImportReport report = run(ADMIN, file, ImportMode.ALL_OR_NOTHING, false);

        assertThat(report.committed()).isFalse();
        assertThat(report.rejections()).extracting(Rejection::reason)
                .containsExactly(RejectionReason.WILAYAH_TIDAK_DIKENAL);
        assertThat(stored("KUBE-UJI-002")).isFalse();
    }

    @Test
    void aDistrictOfficersRowsOutsideTheirRegencyAreRejectedWithTheReasonAndTheRestIsImported() throws Exception {
        UploadedFile file = new ImportFiles()
                .facilitator("PDP-UJI-51", "Nyoman Gianyar", "51.04")
                .facilitator("PDP-UJI-35", "Slamet Pasuruan", "35.14")
                .group("KUBE-UJI-510", "KUBE Gianyar Uji", ImportFiles.GIANYAR_VILLAGE, "PDP-UJI-51")
                .group("KUBE-UJI-350", "KUBE Pasuruan Uji", ImportFiles.PASURUAN_VILLAGE, "PDP-UJI-35")
                .member("KUBE-UJI-510", ImportFiles.GIANYAR_VILLAGE, "I Ketut Dalam", 'L', LocalDate.of(1975, 2, 2))
                .member("KUBE-UJI-350", ImportFiles.PASURUAN_VILLAGE, "Siti Luar", 'P', LocalDate.of(1979, 9, 9))
                .zip("impor-dinsos.zip");

        ImportReport dryRun = run(GIANYAR_OFFICER, file, ImportMode.VALID_ROWS_ONLY, true);
        assertThat(dryRun.rejections()).hasSize(3).allSatisfy(r -> {
            assertThat(r.reason()).isEqualTo(RejectionReason.DITOLAK_SISTEM);
            assertThat(r.message()).contains("di luar wilayah kerja Anda (51.04)");
        });
        assertThat(dryRun.rejections()).extracting(Rejection::sheet)
                .containsExactly(Sheet.PENDAMPING, Sheet.KELOMPOK, Sheet.ANGGOTA);
        assertThat(stored("KUBE-UJI-510")).isFalse();

        ImportReport real = run(GIANYAR_OFFICER, file, ImportMode.VALID_ROWS_ONLY, false);
        assertThat(real.committed()).isTrue();
        assertThat(real.total().imported()).isEqualTo(3);
        assertThat(stored("KUBE-UJI-510")).isTrue();
        assertThat(stored("KUBE-UJI-350")).as("outside Kab. Gianyar").isFalse();
    }

    @Test
    void aGroupOfAnotherRegencyAlreadyStoredStaysOutOfReachOfTheOfficer() throws Exception {
        UploadedFile groupByAdmin = new ImportFiles()
                .facilitator("PDP-UJI-36", "Budi Pasuruan", "35.14")
                .group("KUBE-UJI-360", "KUBE Pasuruan Tersimpan", ImportFiles.PASURUAN_VILLAGE, "PDP-UJI-36")
                .zip("impor-admin.zip");
        assertThat(run(ADMIN, groupByAdmin, ImportMode.ALL_OR_NOTHING, false).committed()).isTrue();

        UploadedFile member = new ImportFiles()
                .member("KUBE-UJI-360", ImportFiles.PASURUAN_VILLAGE, "Sri Luar", 'P', LocalDate.of(1982, 4, 4))
                .zip("impor-dinsos-3.zip");
        ImportReport report = run(GIANYAR_OFFICER, member, ImportMode.VALID_ROWS_ONLY, false);

        assertThat(report.total().imported()).isZero();
        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RejectionReason.DITOLAK_SISTEM);
            assertThat(r.message()).contains("KUBE-UJI-360").contains(ImportFiles.PASURUAN_VILLAGE)
                    .contains("di luar wilayah kerja Anda (51.04)");
        });
    }

    @Test
    void aMemberActiveInAGroupOfAnotherRegencyIsRejectedWithoutNamingThatGroupToTheOfficer() throws Exception {
        String nik = "3514024909790" + "777";
        assertThat(run(ADMIN, new ImportFiles()
                .facilitator("PDP-UJI-37", "Agus Pasuruan", "35.14")
                .group("KUBE-UJI-370", "KUBE Pasuruan Lain", ImportFiles.PASURUAN_VILLAGE, "PDP-UJI-37")
                .memberWithNik("KUBE-UJI-370", ImportFiles.PASURUAN_VILLAGE, "Sri Ganda", 'P', LocalDate.of(1979, 9, 9),
                        nik, "3514022003117777")
                .zip("impor-admin-2.zip"), ImportMode.ALL_OR_NOTHING, false).committed()).isTrue();

        ImportReport report = run(GIANYAR_OFFICER, new ImportFiles()
                .facilitator("PDP-UJI-52", "Kadek Gianyar", "51.04")
                .group("KUBE-UJI-520", "KUBE Gianyar Ganda", ImportFiles.GIANYAR_VILLAGE, "PDP-UJI-52")
                .memberWithNik("KUBE-UJI-520", ImportFiles.GIANYAR_VILLAGE, "Sri Ganda", 'P', LocalDate.of(1979, 9, 9),
                        nik, "5104012003117777")
                .zip("impor-dinsos-4.zip"), ImportMode.VALID_ROWS_ONLY, true);

        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RejectionReason.ANGGOTA_GANDA_KELOMPOK_LAIN);
            assertThat(r.message()).contains("kabupaten/kota lain").doesNotContain("KUBE-UJI-370");
        });
        // the admin is told which group
        ImportReport byAdmin = run(ADMIN, new ImportFiles()
                .facilitator("PDP-UJI-53", "Komang Gianyar", "51.04")
                .group("KUBE-UJI-530", "KUBE Gianyar Ganda Dua", ImportFiles.GIANYAR_VILLAGE, "PDP-UJI-53")
                .memberWithNik("KUBE-UJI-530", ImportFiles.GIANYAR_VILLAGE, "Sri Ganda", 'P', LocalDate.of(1979, 9, 9),
                        nik, "5104012003117778")
                .zip("impor-admin-3.zip"), ImportMode.VALID_ROWS_ONLY, true);
        assertThat(byAdmin.rejections()).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("KUBE-UJI-370"));
    }

    @Test
    void onlyAdminsAndDistrictOfficersMayImport() throws Exception {
        TableSource tables = imports.read(new ImportFiles().facilitator("PDP-UJI-99", "Tidak Boleh", "51.04")
                .zip("x.zip"), null);
        for (Role role : List.of(Role.RESEARCHER, Role.MINISTRY)) {
            KubeUser user = new KubeUser("uji." + role.name().toLowerCase(), "Uji", role, null, null, null);
            assertThatThrownBy(() -> imports.run(user, tables, ImportMode.ALL_OR_NOTHING, true, ImportProgress.NONE))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
