package id.kube.seeds.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.kube.seeds.demo.DemoDataGenerator;
import id.kube.seeds.table.TableSource;
import id.kube.seeds.template.Sheet;

/** The importer's rules against an in-memory target (the PostgreSQL-backed target has its own tests). */
class ImporterTest {

    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);
    static final Set<String> REGIONS = DemoDataGenerator.regionCodes();

    static final String PENDAMPING = """
            kode_pendamping,nama,kode_kabupaten,telepon
            PDP-5104-1,Ni Luh Putu Suryani,51.04,081234567890
            """;
    static final String KELOMPOK = """
            kode_kelompok,nama_kelompok,kode_desa,tanggal_bentuk,bank,no_rekening,bantuan_stimulus,tanggal_bantuan,skema_bantuan,simpanan_pokok,iuran_wajib,iuran_iks,jasa_pinjaman_persen,maks_angsuran,shu_iks_persen,shu_anggota_persen,kode_pendamping
            KUBE-A,KUBE Sekar Jagat,51.04.01.2005,2024-01-10,BPD Bali,0011223344,25000000,2024-01-30,KUBE-APBN-2024,50000,10000,2000,1.0,12,10,40,PDP-5104-1
            KUBE-B,KUBE Canang Sari,51.04.01.2005,2024-02-10,BPD Bali,0011223345,25000000,2024-02-28,KUBE-APBN-2024,50000,10000,2000,1.0,12,10,40,PDP-5104-1
            KUBE-X,KUBE Salah Desa,51.04.09.2001,2024-02-10,BPD Bali,0011223346,25000000,2024-02-28,KUBE-APBN-2024,50000,10000,2000,1.0,12,10,40,PDP-5104-1
            """;
    static final String ANGGOTA = """
            kode_kelompok,nik,no_kk,nama,jenis_kelamin,tanggal_lahir,peran,alamat,rt,rw,kode_desa,telepon,kepala_keluarga,desil_dtsen,tanggal_masuk,tanggal_keluar
            KUBE-A,5104014404948002,5104010806128002,Ni Made Sriasih,P,1994-04-04,KETUA,Banjar Kaja,1,2,51.04.01.2005,,T,2,2024-01-10,
            KUBE-A,5104011607748001,5104010806128001,I Wayan Suardana,L,1974-07-16,BENDAHARA,Banjar Kaja,1,2,51.04.01.2005,,Y,1,2024-01-10,
            KUBE-A,510401160774800,5104010806128003,I Made Salah,L,1974-07-16,ANGGOTA,Banjar Kaja,1,2,51.04.01.2005,,Y,,2024-01-10,
            KUBE-A,5104011707748004,5104010806128004,I Ketut Tanggal,L,1974-07-16,ANGGOTA,Banjar Kaja,1,2,51.04.01.2005,,Y,,2024-01-10,
            KUBE-B,5104014404948002,5104010806128009,Ni Made Sriasih,P,1994-04-04,ANGGOTA,Banjar Kelod,1,2,51.04.01.2005,,T,,2024-02-10,
            KUBE-A,5104012501808005,5104010806128001,I Nyoman Sekeluarga,L,1980-01-25,ANGGOTA,Banjar Kaja,1,2,51.04.01.2005,,T,,2024-01-10,
            KUBE-X,5104012501808006,5104010806128006,I Gede Ikut Ditolak,L,1980-01-25,ANGGOTA,Banjar Kaja,1,2,51.04.01.2005,,T,,2024-02-10,
            """;
    static final String TRANSAKSI = """
            id_transaksi,kode_kelompok,tanggal,jenis,akun,debit,kredit,nik,id_pinjaman,keterangan
            A-T1,KUBE-A,2024-01-30,HIBAH_STIMULUS,BANK,25000000,0,,,Bantuan stimulus
            A-T1,KUBE-A,2024-01-30,HIBAH_STIMULUS,MODAL_HIBAH,0,25000000,,,Bantuan stimulus
            A-T2,KUBE-A,2024-02-05,TARIK_BANK,KAS,20000000,0,,,Tarik tunai
            A-T2,KUBE-A,2024-02-05,TARIK_BANK,BANK,0,2000000,,,Tarik tunai
            A-T3,KUBE-A,2024-02-06,PENJUALAN,KAS,150000.50,0,,,Penjualan
            A-T3,KUBE-A,2024-02-06,PENJUALAN,PENJUALAN,0,150000.50,,,Penjualan
            """;

    static TableSource badFile() throws Exception {
        return TableSource.csvContents(Map.of("pendamping.csv", PENDAMPING, "kelompok.csv", KELOMPOK,
                "anggota.csv", ANGGOTA, "transaksi.csv", TRANSAKSI));
    }

    @Test
    void aBadFileIsRejectedRowByRowWithTheReasonAndAllOrNothingWritesNothing() throws Exception {
        MemoryTarget target = new MemoryTarget(REGIONS);
        ImportReport report = new Importer(target, TODAY).run(badFile(),
                ImportOptions.realRun(ImportMode.ALL_OR_NOTHING, "tester"), ImportProgress.NONE);

        assertThat(report.rejections()).extracting(r -> r.sheet() + ":" + r.line() + ":" + r.reason()).containsExactly(
                "KELOMPOK:4:WILAYAH_TIDAK_DIKENAL",
                "ANGGOTA:4:NIK_TIDAK_VALID",
                "ANGGOTA:5:NIK_TIDAK_SESUAI",
                "ANGGOTA:6:ANGGOTA_GANDA_KELOMPOK_LAIN",
                "ANGGOTA:7:KK_GANDA",
                "ANGGOTA:8:BERGANTUNG_PADA_BARIS_DITOLAK",
                "TRANSAKSI:4:TIDAK_SEIMBANG",
                "TRANSAKSI:6:JUMLAH_TIDAK_VALID");
        assertThat(report.rejections().get(3).message()).contains("KUBE-A").contains("5104xxxxxxxx8002");
        assertThat(report.rejections().get(6).message()).contains("debit Rp20000000").contains("kredit Rp2000000");
        assertThat(report.committed()).isFalse();
        assertThat(target.stored).isEmpty();
        assertThat(target.commits).isZero();
        assertThat(report.total().imported()).isZero();
        assertThat(report.total().read()).isEqualTo(1 + 3 + 7 + 6);
        assertThat(report.total().rejected()).isEqualTo(8);
        assertThat(report.total().skipped()).isEqualTo(report.total().read() - 8);
    }

    @Test
    void validRowsOnlyImportsWhatIsValidAndReportsTheRest() throws Exception {
        MemoryTarget target = new MemoryTarget(REGIONS);
        ImportReport report = new Importer(target, TODAY).run(badFile(),
                ImportOptions.realRun(ImportMode.VALID_ROWS_ONLY, "tester"), ImportProgress.NONE);

        assertThat(report.committed()).isTrue();
        assertThat(report.of(Sheet.KELOMPOK)).isEqualTo(new SheetCounts(3, 2, 0, 1));
        assertThat(report.of(Sheet.ANGGOTA)).isEqualTo(new SheetCounts(7, 2, 0, 5));
        assertThat(report.of(Sheet.TRANSAKSI)).isEqualTo(new SheetCounts(6, 2, 0, 4));
        assertThat(target.count(ImportRecord.Member.class)).isEqualTo(2);
        assertThat(target.count(ImportRecord.Journal.class)).isEqualTo(1);
    }

    @Test
    void theDemoSetImportsCompletelyAndReImportingItChangesNothing() throws Exception {
        MemoryTarget target = new MemoryTarget(REGIONS);
        Importer importer = new Importer(target, TODAY);
        TableSource demo = TableSource.csvDirectory(Path.of("data/demo"));

        ImportReport dry = importer.run(demo, ImportOptions.dryRun(ImportMode.ALL_OR_NOTHING, "tester"),
                ImportProgress.NONE);
        assertThat(dry.rejections()).isEmpty();
        assertThat(dry.total().imported()).isEqualTo(demo.rowCount());
        assertThat(target.stored).as("a dry run commits nothing").isEmpty();

        List<Long> progress = new ArrayList<>();
        ImportReport first = importer.run(demo, ImportOptions.realRun(ImportMode.ALL_OR_NOTHING, "tester"),
                (stage, sheet, done, total) -> progress.add(done));
        assertThat(first.rejections()).isEmpty();
        assertThat(first.total()).isEqualTo(new SheetCounts(demo.rowCount(), demo.rowCount(), 0, 0));
        assertThat(progress).isSorted().last().isEqualTo(demo.rowCount());

        int before = target.stored.size();
        ImportReport again = importer.run(demo, ImportOptions.realRun(ImportMode.ALL_OR_NOTHING, "tester"),
                ImportProgress.NONE);
        assertThat(again.total()).isEqualTo(new SheetCounts(demo.rowCount(), 0, demo.rowCount(), 0));
        assertThat(target.stored).hasSize(before);
        assertThat(again.summary()).contains("JUMLAH").contains("Data tersimpan.");
    }

    @Test
    void aMissingRequiredColumnRejectsTheFileWithAMessageNamingIt() {
        var error = org.assertj.core.api.Assertions.catchThrowable(() -> TableSource.csvContents(Map.of(
                "kelompok.csv", "kode_kelompok,nama_kelompok\nKUBE-A,KUBE Sekar Jagat\n")));
        assertThat(error).hasMessageContaining("kolom wajib tidak ada").hasMessageContaining("kode_desa");
    }

    @Test
    void futureDatesAreRefused() throws Exception {
        String kelompok = KELOMPOK.lines().limit(2).map(l -> l.replace("2024-01-10", "2027-01-10")
                .replace("2024-01-30", "2027-01-30")).reduce((a, b) -> a + "\n" + b).orElseThrow() + "\n";
        ImportReport report = new Importer(new MemoryTarget(REGIONS), TODAY).run(
                TableSource.csvContents(Map.of("pendamping.csv", PENDAMPING, "kelompok.csv", kelompok)),
                ImportOptions.dryRun(ImportMode.ALL_OR_NOTHING, "tester"), ImportProgress.NONE);
        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RejectionReason.TANGGAL_MASA_DEPAN);
            assertThat(r.message()).contains("2027-01-10").contains("2026-11-23");
        });
    }

    @Test
    void surveyRowsAreCheckedAnswerByAnswer() throws Exception {
        String header = "id_survei,kode_kelompok,nik,tanggal,gelombang,pencacah,pendapatan_bulanan,pendapatan_kube,tabungan,jkn,kip,pkh,"
                + "listrik,air_bersih,sanitasi,keluar_dtsen,jumlah_art,sumber_pendapatan,anak_usia_sekolah,anak_bersekolah,akta_lahir,"
                + "dokumen_lengkap,rekening_bank,ketahanan_pangan,desil_dtsen\n";
        String survei = header
                + "S-1,KUBE-A,5104014404948002,2024-02-01,BASELINE,PDP-5104-1,1500000,0,200000,Y,T,T,Y,Y,T,T,4,\"BURUH,BANTUAN\",2,2,Y,Y,T,RAWAN_RINGAN,2\n"
                + "S-2,KUBE-A,5104011607748001,2024-02-01,BASELINE,PDP-5104-1,1500000,0,200000,Y,T,T,Y,Y,T,T,4,BURUH,1,2,Y,Y,T,RAWAN_RINGAN,2\n"
                + "S-3,KUBE-A,5104011607748001,2025-02-01,LANJUTAN_1,PDP-5104-1,1500000,400000,200000,Y,T,T,Y,Y,T,Y,4,\"KUBE,MELAUT\",1,1,Y,Y,Y,TAHAN,3\n"
                + "S-4,KUBE-A,5104011607748001,2025-03-01,SUSULAN,PDP-5104-1,1500000,1600000,200000,Y,T,T,Y,Y,T,T,4,KUBE,1,1,Y,Y,Y,LAPAR,\n";
        String anggota = ANGGOTA.lines().limit(3).reduce((a, b) -> a + "\n" + b).orElseThrow() + "\n";
        ImportReport report = new Importer(new MemoryTarget(REGIONS), TODAY).run(TableSource.csvContents(Map.of(
                        "pendamping.csv", PENDAMPING, "kelompok.csv", KELOMPOK.lines().limit(2).reduce((a, b) -> a + "\n" + b).orElseThrow() + "\n",
                        "anggota.csv", anggota, "survei.csv", survei)),
                ImportOptions.dryRun(ImportMode.VALID_ROWS_ONLY, "tester"), ImportProgress.NONE);

        assertThat(report.rejections()).extracting(r -> r.line() + ":" + r.reason()).containsExactly(
                "3:JUMLAH_TIDAK_VALID", "4:NILAI_TIDAK_DIKENAL", "5:NILAI_TIDAK_DIKENAL");
        assertThat(report.rejections().get(0).message()).contains("anak_bersekolah 2 melebihi anak_usia_sekolah 1");
        assertThat(report.rejections().get(1).message()).contains("MELAUT");
        assertThat(report.rejections().get(2).message()).contains("SUSULAN");
        assertThat(report.of(Sheet.SURVEI).imported()).isEqualTo(1);
    }
}
