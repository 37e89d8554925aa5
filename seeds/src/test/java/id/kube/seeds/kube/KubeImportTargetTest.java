package id.kube.seeds.kube;

import static id.kube.seeds.persistence.jooq.Tables.IMPORT_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import id.kube.core.member.NikProtector;
import id.kube.seeds.importing.ImportMode;
import id.kube.seeds.importing.ImportOptions;
import id.kube.seeds.importing.ImportProgress;
import id.kube.seeds.importing.ImportReport;
import id.kube.seeds.importing.Importer;
import id.kube.seeds.importing.RejectionReason;
import id.kube.seeds.importing.SheetCounts;
import id.kube.seeds.table.TableSource;
import id.kube.seeds.template.Sheet;
import id.kube.testing.TestDatabase;

/** The import path against a real KUBE database (kube-core, kube-ledger and seeds schemas). */
@TestDatabase
class KubeImportTargetTest {

    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);
    static final NikProtector PROTECTOR = NikProtector.fromSecret(new byte[32]);

    static final String PENDAMPING = """
            kode_pendamping,nama,kode_kabupaten,telepon
            PDP-5104-1,Ni Luh Putu Suryani,51.04,081234567890
            """;
    static final String KELOMPOK = """
            kode_kelompok,nama_kelompok,kode_desa,tanggal_bentuk,bank,no_rekening,bantuan_stimulus,tanggal_bantuan,skema_bantuan,simpanan_pokok,iuran_wajib,iuran_iks,jasa_pinjaman_persen,maks_angsuran,shu_iks_persen,shu_anggota_persen,kode_pendamping
            KUBE-A,KUBE Sekar Jagat,51.04.01.2005,2024-01-10,BPD Bali,0011223344,25000000,2024-01-30,KUBE-APBN-2024,50000,10000,2000,1.0,12,10,40,PDP-5104-1
            KUBE-X,KUBE Salah Desa,51.04.01.2999,2024-02-10,BPD Bali,0011223346,25000000,2024-02-28,KUBE-APBN-2024,50000,10000,2000,1.0,12,10,40,PDP-5104-1
            """;
    static final String ANGGOTA = """
            kode_kelompok,nik,no_kk,nama,jenis_kelamin,tanggal_lahir,peran,alamat,rt,rw,kode_desa,telepon,kepala_keluarga,desil_dtsen,tanggal_masuk,tanggal_keluar
            KUBE-A,5104014404948002,5104010806128002,Ni Made Sriasih,P,1994-04-04,KETUA,Banjar Kaja,1,2,51.04.01.2005,,T,2,2024-01-10,
            KUBE-A,5104011607748001,5104010806128001,I Wayan Suardana,L,1974-07-16,BENDAHARA,Banjar Kaja,1,2,51.04.01.2005,,Y,1,2024-01-10,
            KUBE-A,5104011707748004,5104010806128004,I Ketut Tanggal,L,1974-07-16,ANGGOTA,Banjar Kaja,1,2,51.04.01.2005,,Y,,2024-01-10,
            """;
    static final String TRANSAKSI_OK = """
            id_transaksi,kode_kelompok,tanggal,jenis,akun,debit,kredit,nik,id_pinjaman,keterangan
            A-T1,KUBE-A,2024-01-30,HIBAH_STIMULUS,BANK,25000000,0,,,Bantuan stimulus
            A-T1,KUBE-A,2024-01-30,HIBAH_STIMULUS,MODAL_HIBAH,0,25000000,,,Bantuan stimulus
            """;
    static final String TRANSAKSI_NEGATIVE_CASH = TRANSAKSI_OK + """
            A-T2,KUBE-A,2024-02-03,PEMBELIAN,PEMBELIAN,5000000,0,,,Belanja bahan tanpa uang kas
            A-T2,KUBE-A,2024-02-03,PEMBELIAN,KAS,0,5000000,,,Belanja bahan tanpa uang kas
            """;

    static TableSource file(String transactions, boolean withBadRows) throws Exception {
        String groups = withBadRows ? KELOMPOK : KELOMPOK.lines().limit(2).reduce("", (a, b) -> a + b + "\n");
        String members = withBadRows ? ANGGOTA : ANGGOTA.lines().filter(l -> !l.contains("1707748004"))
                .reduce("", (a, b) -> a + b + "\n");
        return TableSource.csvContents(Map.of("pendamping.csv", PENDAMPING, "kelompok.csv", groups,
                "anggota.csv", members, "transaksi.csv", transactions));
    }

    @Test
    void aBadFileIsRejectedWithTheRightReasonsAndAllOrNothingWritesNothing(DataSource dataSource, DSLContext dsl)
            throws Exception {
        var before = counts(dsl);
        Importer importer = new Importer(new KubeImportTarget(dataSource, PROTECTOR, TODAY), TODAY);
        ImportReport report = importer.run(file(TRANSAKSI_OK, true),
                ImportOptions.realRun(ImportMode.ALL_OR_NOTHING, "tester"), ImportProgress.NONE);

        assertThat(report.rejections()).extracting(r -> r.sheet() + ":" + r.line() + ":" + r.reason()).containsExactly(
                "KELOMPOK:3:WILAYAH_TIDAK_DIKENAL", "ANGGOTA:4:NIK_TIDAK_SESUAI");
        assertThat(report.committed()).isFalse();
        assertThat(counts(dsl)).as("nothing written").isEqualTo(before);
    }

    @Test
    void aJournalTheLedgerRefusesIsReportedAndAllOrNothingWritesNothing(DataSource dataSource, DSLContext dsl)
            throws Exception {
        var before = counts(dsl);
        Importer importer = new Importer(new KubeImportTarget(dataSource, PROTECTOR, TODAY), TODAY);
        ImportReport report = importer.run(file(TRANSAKSI_NEGATIVE_CASH, false),
                ImportOptions.realRun(ImportMode.ALL_OR_NOTHING, "tester"), ImportProgress.NONE);

        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.sheet()).isEqualTo(Sheet.TRANSAKSI);
            assertThat(r.key()).isEqualTo("A-T2");
            assertThat(r.reason()).isEqualTo(RejectionReason.DITOLAK_SISTEM);
            assertThat(r.message()).containsIgnoringCase("saldo");
        });
        assertThat(report.committed()).isFalse();
        assertThat(counts(dsl)).as("nothing written").isEqualTo(before);
    }

    @Test
    void validRowsOnlyKeepsTheRestDryRunKeepsNothingAndReImportIsANoOp(DataSource dataSource, DSLContext dsl)
            throws Exception {
        var before = counts(dsl);
        Importer importer = new Importer(new KubeImportTarget(dataSource, PROTECTOR, TODAY), TODAY);

        ImportReport dry = importer.run(file(TRANSAKSI_NEGATIVE_CASH, false),
                ImportOptions.dryRun(ImportMode.VALID_ROWS_ONLY, "tester"), ImportProgress.NONE);
        assertThat(dry.of(Sheet.ANGGOTA)).isEqualTo(new SheetCounts(2, 2, 0, 0, 0));
        assertThat(dry.of(Sheet.TRANSAKSI)).isEqualTo(new SheetCounts(4, 2, 0, 2, 0));
        assertThat(counts(dsl)).as("nothing written").isEqualTo(before);

        ImportReport real = importer.run(file(TRANSAKSI_NEGATIVE_CASH, false),
                ImportOptions.realRun(ImportMode.VALID_ROWS_ONLY, "tester"), ImportProgress.NONE);
        assertThat(real.committed()).isTrue();
        assertThat(real.of(Sheet.TRANSAKSI)).isEqualTo(new SheetCounts(4, 2, 0, 2, 0));
        assertThat(counts(dsl).get(3) - before.get(3)).as("members added").isEqualTo(2);
        assertThat(counts(dsl).get(4) - before.get(4)).as("entries posted").isEqualTo(1);

        int keys = dsl.fetchCount(IMPORT_KEY);
        ImportReport again = importer.run(file(TRANSAKSI_OK, false),
                ImportOptions.realRun(ImportMode.ALL_OR_NOTHING, "tester"), ImportProgress.NONE);
        assertThat(again.rejections()).isEmpty();
        assertThat(again.total().imported()).isZero();
        assertThat(again.total().unchanged()).isEqualTo(again.total().read());
        assertThat(dsl.fetchCount(IMPORT_KEY)).isEqualTo(keys);
        assertThat(counts(dsl).get(4) - before.get(4)).isEqualTo(1);
    }

    /** Rows in the tables an import writes (tests of one class share a database, in any order). */
    private static java.util.List<Integer> counts(DSLContext dsl) {
        return java.util.List.of(dsl.fetchCount(IMPORT_KEY), dsl.fetchCount(DSL.table(DSL.name("kube", "kube_group"))),
                dsl.fetchCount(DSL.table(DSL.name("kube", "person"))), dsl.fetchCount(DSL.table(DSL.name("kube", "member"))),
                dsl.fetchCount(DSL.table(DSL.name("ledger", "entry"))));
    }
}
