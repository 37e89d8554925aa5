package id.kube.seeds.kube;

import static id.kube.core.persistence.jooq.Tables.KUBE_GROUP;
import static id.kube.ledger.persistence.jooq.Tables.IKS_DISBURSEMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import id.kube.core.group.GroupId;
import id.kube.core.member.NikProtector;
import id.kube.ledger.check.InvariantChecker;
import id.kube.ledger.loan.Loan;
import id.kube.ledger.loan.LoanArrears;
import id.kube.ledger.loan.LoanBook;
import id.kube.ledger.loan.LoanStatus;
import id.kube.seeds.importing.ImportMode;
import id.kube.seeds.importing.ImportOptions;
import id.kube.seeds.importing.ImportProgress;
import id.kube.seeds.importing.ImportReport;
import id.kube.seeds.importing.Importer;
import id.kube.seeds.table.TableSource;
import id.kube.seeds.template.Sheet;
import id.kube.testing.TestDatabase;

/** Loans in pinjaman.csv and their journals in transaksi.csv become real loans in kube-ledger's loan book. */
@TestDatabase
class LoanImportTest {

    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);
    static final NikProtector PROTECTOR = NikProtector.fromSecret(new byte[32]);

    static TableSource loans() throws Exception {
        return TableSource.csvContents(Map.of(
                "pendamping.csv", """
                        kode_pendamping,nama,kode_kabupaten,telepon
                        PDP-5104-1,Ni Luh Putu Suryani,51.04,081234567890
                        """,
                "kelompok.csv", """
                        kode_kelompok,nama_kelompok,kode_desa,tanggal_bentuk,bank,no_rekening,bantuan_stimulus,tanggal_bantuan,skema_bantuan,simpanan_pokok,iuran_wajib,iuran_iks,jasa_pinjaman_persen,maks_angsuran,shu_iks_persen,shu_anggota_persen,kode_pendamping
                        KUBE-L,KUBE Sekar Jagat,51.04.01.2005,2024-01-10,BPD Bali,0011223344,25000000,2024-01-30,KUBE-APBN-2024,50000,10000,2000,1.0,12,10,40,PDP-5104-1
                        """,
                "anggota.csv", """
                        kode_kelompok,nik,no_kk,nama,jenis_kelamin,tanggal_lahir,peran,alamat,rt,rw,kode_desa,telepon,kepala_keluarga,desil_dtsen,tanggal_masuk,tanggal_keluar
                        KUBE-L,5104014404948002,5104010806128002,Ni Made Sriasih,P,1994-04-04,KETUA,Banjar Kaja,1,2,51.04.01.2005,,T,2,2024-01-10,
                        KUBE-L,5104011607748001,5104010806128001,I Wayan Suardana,L,1974-07-16,BENDAHARA,Banjar Kaja,1,2,51.04.01.2005,,Y,1,2024-01-10,
                        """,
                "pinjaman.csv", """
                        id_pinjaman,kode_kelompok,nik,tanggal_cair,pokok,jasa_persen,metode_jasa,frekuensi,jumlah_angsuran,masa_tenggang,id_pinjaman_asal,keterangan
                        L-P1,KUBE-L,5104014404948002,2024-02-05,1200000,1.0,FLAT,BULANAN,12,0,,Modal warung
                        L-P2,KUBE-L,5104011607748001,2024-02-05,600000,1.0,FLAT,BULANAN,6,0,,Modal ternak
                        L-P3,KUBE-L,5104011607748001,2024-05-05,500000,0.5,FLAT,BULANAN,10,3,L-P2,Restrukturisasi setelah banjir (keputusan rapat anggota)
                        L-P4,KUBE-L,5104014404948002,2024-06-05,300000,1.0,FLAT,BULANAN,3,0,,Modal jualan keliling
                        """,
                "transaksi.csv", """
                        id_transaksi,kode_kelompok,tanggal,jenis,akun,debit,kredit,nik,id_pinjaman,keterangan
                        L-T1,KUBE-L,2024-01-30,HIBAH_STIMULUS,BANK,25000000,0,,,Bantuan stimulus
                        L-T1,KUBE-L,2024-01-30,HIBAH_STIMULUS,MODAL_HIBAH,0,25000000,,,Bantuan stimulus
                        L-T2,KUBE-L,2024-02-01,TARIK_BANK,KAS,10000000,0,,,Tarik tunai
                        L-T2,KUBE-L,2024-02-01,TARIK_BANK,BANK,0,10000000,,,Tarik tunai
                        L-T3,KUBE-L,2024-02-05,PINJAMAN_CAIR,PIUTANG_PINJAMAN,1200000,0,5104014404948002,L-P1,Pencairan L-P1
                        L-T3,KUBE-L,2024-02-05,PINJAMAN_CAIR,KAS,0,1200000,,,Pencairan L-P1
                        L-T4,KUBE-L,2024-02-05,PINJAMAN_CAIR,PIUTANG_PINJAMAN,600000,0,5104011607748001,L-P2,Pencairan L-P2
                        L-T4,KUBE-L,2024-02-05,PINJAMAN_CAIR,KAS,0,600000,,,Pencairan L-P2
                        L-T5,KUBE-L,2024-03-05,ANGSURAN,KAS,112000,0,,,Angsuran L-P1 ke-1
                        L-T5,KUBE-L,2024-03-05,ANGSURAN,PIUTANG_PINJAMAN,0,100000,5104014404948002,L-P1,Angsuran L-P1 ke-1
                        L-T5,KUBE-L,2024-03-05,ANGSURAN,PENDAPATAN_JASA,0,12000,5104014404948002,L-P1,Angsuran L-P1 ke-1
                        L-T6,KUBE-L,2024-03-05,ANGSURAN,KAS,106000,0,,,Angsuran L-P2 ke-1
                        L-T6,KUBE-L,2024-03-05,ANGSURAN,PIUTANG_PINJAMAN,0,100000,5104011607748001,L-P2,Angsuran L-P2 ke-1
                        L-T6,KUBE-L,2024-03-05,ANGSURAN,PENDAPATAN_JASA,0,6000,5104011607748001,L-P2,Angsuran L-P2 ke-1
                        L-T7,KUBE-L,2024-04-20,ANGSURAN,KAS,112000,0,,,Angsuran L-P1 ke-2 (terlambat)
                        L-T7,KUBE-L,2024-04-20,ANGSURAN,PIUTANG_PINJAMAN,0,100000,5104014404948002,L-P1,Angsuran L-P1 ke-2 (terlambat)
                        L-T7,KUBE-L,2024-04-20,ANGSURAN,PENDAPATAN_JASA,0,12000,5104014404948002,L-P1,Angsuran L-P1 ke-2 (terlambat)
                        L-T8,KUBE-L,2024-05-05,RESTRUKTURISASI,PIUTANG_PINJAMAN,500000,0,5104011607748001,L-P3,Restrukturisasi L-P2 menjadi L-P3
                        L-T8,KUBE-L,2024-05-05,RESTRUKTURISASI,PIUTANG_PINJAMAN,0,500000,5104011607748001,L-P2,Restrukturisasi L-P2 menjadi L-P3
                        L-T9,KUBE-L,2024-09-05,ANGSURAN,KAS,52500,0,,,Angsuran L-P3 ke-1
                        L-T9,KUBE-L,2024-09-05,ANGSURAN,PIUTANG_PINJAMAN,0,50000,5104011607748001,L-P3,Angsuran L-P3 ke-1
                        L-T9,KUBE-L,2024-09-05,ANGSURAN,PENDAPATAN_JASA,0,2500,5104011607748001,L-P3,Angsuran L-P3 ke-1
                        L-T10,KUBE-L,2024-09-05,SETORAN_PERTEMUAN,KAS,20000,0,,,Iuran IKS pertemuan September
                        L-T10,KUBE-L,2024-09-05,SETORAN_PERTEMUAN,DANA_IKS,0,20000,,,Iuran IKS pertemuan September
                        L-T11,KUBE-L,2024-09-10,IKS_SALUR,DANA_IKS,15000,0,5104014404948002,,Santunan IKS: anggota sakit dirawat di puskesmas
                        L-T11,KUBE-L,2024-09-10,IKS_SALUR,KAS,0,15000,,,Santunan IKS: anggota sakit dirawat di puskesmas
                        L-T12,KUBE-L,2024-06-05,PINJAMAN_CAIR,PIUTANG_PINJAMAN,300000,0,5104014404948002,L-P4,Pencairan L-P4
                        L-T12,KUBE-L,2024-06-05,PINJAMAN_CAIR,KAS,0,300000,,,Pencairan L-P4
                        L-T13,KUBE-L,2024-11-20,HAPUS_BUKU,BEBAN_PENGHAPUSAN,300000,0,,,Penghapusan pinjaman macet L-P4 (keputusan rapat anggota)
                        L-T13,KUBE-L,2024-11-20,HAPUS_BUKU,PIUTANG_PINJAMAN,0,300000,5104014404948002,L-P4,Penghapusan pinjaman macet L-P4 (keputusan rapat anggota)
                        """));
    }

    @Test
    void loansAreDisbursedRepaidOnTimeAndLateAndRestructuredInTheLoanBookAndReImportChangesNothing(DataSource dataSource,
                                                                                                 DSLContext dsl) throws Exception {
        Importer importer = new Importer(new KubeImportTarget(dataSource, PROTECTOR, TODAY), TODAY);
        ImportReport report = importer.run(loans(), ImportOptions.realRun(ImportMode.ALL_OR_NOTHING, "tester"), ImportProgress.NONE);
        assertThat(report.rejections()).isEmpty();
        assertThat(report.of(Sheet.PINJAMAN).imported()).isEqualTo(4);

        GroupId group = new GroupId(dsl.select(KUBE_GROUP.ID).from(KUBE_GROUP).where(KUBE_GROUP.REGISTRATION_NUMBER.eq("KUBE-L"))
                .fetchOne(KUBE_GROUP.ID));
        LoanBook book = new LoanBook(dataSource, TODAY);
        List<Loan> loans = book.loans(group);
        assertThat(loans).hasSize(3);

        Loan shop = loans.get(0);
        assertThat(shop.principal()).isEqualTo(1_200_000);
        assertThat(shop.currentVersion()).isEqualTo(1);
        assertThat(shop.installments()).extracting(Loan.InstallmentBalance::owed).startsWith(0L, 0L, 112_000L);
        assertThat(shop.outstandingPrincipal()).isEqualTo(1_000_000);
        LoanArrears arrears = book.arrears(group, shop.loanNo(), LocalDate.of(2024, 10, 1));
        assertThat(arrears.daysPastDue()).as("installment 3 due 5 May 2024 unpaid").isEqualTo(149);

        Loan livestock = loans.get(1);
        assertThat(livestock.currentVersion()).as("restructured: a second schedule").isEqualTo(2);
        assertThat(livestock.schedule().terms().principal()).isEqualTo(500_000);
        assertThat(livestock.schedule().terms().gracePeriods()).isEqualTo(3);
        assertThat(livestock.installments().getFirst().installment().dueOn()).isEqualTo(LocalDate.of(2024, 9, 5));
        assertThat(livestock.outstandingPrincipal()).isEqualTo(450_000);
        assertThat(livestock.status()).isEqualTo(LoanStatus.ACTIVE);
        assertThat(book.portfolio(group, LocalDate.of(2024, 10, 1)).par30()).isPositive();

        Loan writtenOff = loans.get(2);
        assertThat(writtenOff.principal()).isEqualTo(300_000);
        assertThat(writtenOff.status()).isEqualTo(LoanStatus.WRITTEN_OFF);
        assertThat(writtenOff.outstandingPrincipal()).isZero();

        // the IKS payout went through the IKS fund, which keeps its purpose and beneficiary
        assertThat(dsl.select(IKS_DISBURSEMENT.PURPOSE, IKS_DISBURSEMENT.DETAIL).from(IKS_DISBURSEMENT)
                .where(IKS_DISBURSEMENT.GROUP_ID.eq(group.value()), IKS_DISBURSEMENT.BENEFICIARY_ID.isNotNull()).fetch())
                .singleElement().satisfies(r -> {
                    assertThat(r.value1()).isEqualTo("ILLNESS");
                    assertThat(r.value2()).isEqualTo("anggota sakit dirawat di puskesmas");
                });

        assertThat(new InvariantChecker(dataSource).check(group).violations()).isEmpty();

        ImportReport again = importer.run(loans(), ImportOptions.realRun(ImportMode.ALL_OR_NOTHING, "tester"), ImportProgress.NONE);
        assertThat(again.total().imported()).isZero();
        assertThat(again.rejections()).isEmpty();
        assertThat(book.loans(group)).hasSize(3);
    }
}
