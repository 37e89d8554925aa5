package id.kube.ledger.receipt;

import static id.kube.ledger.LedgerFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import id.kube.core.group.GroupId;
import id.kube.core.member.MemberId;
import id.kube.ledger.LedgerFixture;
import id.kube.ledger.journal.EntryKind;
import id.kube.ledger.journal.NewEntry;
import id.kube.ledger.journal.PostedEntry;
import id.kube.testing.TestDatabase;

@TestDatabase
class ReceiptsTest {

    private final LedgerFixture f;
    private final Receipts receipts;
    private final MemberId siti = MemberId.random();
    private final Receipts.MemberNames names = Map.of(siti, "Siti Aminah")::get;

    ReceiptsTest(DataSource dataSource) {
        this.f = new LedgerFixture(dataSource);
        this.receipts = new Receipts(f.dsl);
    }

    @Test
    void aMembersContributionGivesAReceiptFromHerWithTheAmountInFiguresAndWords() {
        GroupId g = f.groupWithGrant(5_000_000);
        PostedEntry posted = f.journal.post(NewEntry.builder(g, key()).kind(EntryKind.CONTRIBUTION).valueDate(LocalDate.of(2026, 2, 10))
                .description("Simpanan pokok dan wajib Februari").postedBy("bendahara.wati").member(siti)
                .debit(CASH, 1_250_000).credit(PRINCIPAL, 1_000_000).credit(MANDATORY, 250_000).build());

        Kuitansi k = receipts.kuitansi(g, posted.entryNo(), "KUBE Maju Bersama", names, null);

        assertThat(k.number()).isEqualTo(String.format("KW/%06d/2026", posted.entryNo()));
        assertThat(k.groupName()).isEqualTo("KUBE Maju Bersama");
        assertThat(k.date()).isEqualTo(LocalDate.of(2026, 2, 10));
        assertThat(k.direction()).isEqualTo(Kuitansi.Direction.RECEIVED);
        assertThat(k.direction().labelId()).isEqualTo("Telah terima dari");
        assertThat(k.counterparty()).isEqualTo("Siti Aminah");
        assertThat(k.purpose()).isEqualTo("Simpanan pokok dan wajib Februari");
        assertThat(k.amount()).isEqualTo(1_250_000);
        assertThat(k.amountFormatted()).isEqualTo("Rp1.250.000");
        assertThat(k.amountInWords()).isEqualTo("satu juta dua ratus lima puluh ribu rupiah");
        assertThat(k.amountInWordsCapitalized()).isEqualTo("Satu juta dua ratus lima puluh ribu rupiah");
        assertThat(k.treasurer()).isEqualTo("bendahara.wati");
    }

    @Test
    void aPurchaseFromBankAndCashIsAPaymentToTheNamedSupplierForTheWholeMoneyOut() {
        GroupId g = f.groupWithGrant(5_000_000);
        f.transfer(g, BANK, CASH, 2_000_000, LocalDate.of(2026, 2, 1));
        PostedEntry posted = f.journal.post(NewEntry.builder(g, key()).kind(EntryKind.PURCHASE).valueDate(LocalDate.of(2026, 2, 3))
                .description("Kain batik 40 meter").postedBy("bendahara").debit(PURCHASES, 1_100_000)
                .credit(CASH, 100_000).credit(BANK, 1_000_000).build());

        Kuitansi k = receipts.kuitansi(g, posted.entryNo(), "KUBE Maju Bersama", names, "  Toko Kain Sejahtera ");

        assertThat(k.direction()).isEqualTo(Kuitansi.Direction.PAID);
        assertThat(k.counterparty()).isEqualTo("Toko Kain Sejahtera");
        assertThat(k.amountFormatted()).isEqualTo("Rp1.100.000");
        assertThat(k.amountInWords()).isEqualTo("satu juta seratus ribu rupiah");
    }

    @Test
    void anEntryThatMovesNoMoneyHasNoReceipt() {
        GroupId g = f.groupWithGrant(5_000_000);
        f.transfer(g, BANK, CASH, 2_000_000, LocalDate.of(2026, 2, 1));
        PostedEntry bankToBank = f.transfer(g, CASH, BANK, 500_000, LocalDate.of(2026, 2, 2));
        PostedEntry nonCash = f.transfer(g, PURCHASES, GRANT, 300_000, LocalDate.of(2026, 2, 2));

        assertThatThrownBy(() -> receipts.kuitansi(g, bankToBank.entryNo(), "KUBE", names, "Bank"))
                .isInstanceOfSatisfying(ReceiptException.class, e -> assertThat(e.reason()).isEqualTo(ReceiptException.Reason.NOT_A_CASH_ENTRY))
                .hasMessageContaining("tidak mengubah kas atau bank");
        assertThatThrownBy(() -> receipts.kuitansi(g, nonCash.entryNo(), "KUBE", names, "X"))
                .isInstanceOfSatisfying(ReceiptException.class, e -> assertThat(e.reason()).isEqualTo(ReceiptException.Reason.NOT_A_CASH_ENTRY));
    }

    @Test
    void anUnknownEntryOrAMissingNameIsRefusedInBahasaIndonesia() {
        GroupId g = f.groupWithGrant(5_000_000);
        PostedEntry sale = f.transfer(g, CASH, SALES, 75_000, LocalDate.of(2026, 2, 5));

        assertThatThrownBy(() -> receipts.kuitansi(g, 999, "KUBE", names, "Pembeli"))
                .isInstanceOfSatisfying(ReceiptException.class, e -> assertThat(e.reason()).isEqualTo(ReceiptException.Reason.UNKNOWN_ENTRY))
                .hasMessageContaining("tidak ditemukan");
        assertThatThrownBy(() -> receipts.kuitansi(g, sale.entryNo(), "KUBE", names, " "))
                .isInstanceOfSatisfying(ReceiptException.class, e -> assertThat(e.reason()).isEqualTo(ReceiptException.Reason.COUNTERPARTY_REQUIRED))
                .hasMessageContaining("Isi nama penyetor");
        assertThat(receipts.kuitansi(g, sale.entryNo(), "KUBE", names, "Pembeli umum").amountInWords()).isEqualTo("tujuh puluh lima ribu rupiah");
    }

    @Test
    void aKuitansiWhoseWordsDisagreeWithItsAmountCannotExist() {
        GroupId g = GroupId.random();
        assertThatThrownBy(() -> new Kuitansi("KW/000001/2026", g, "KUBE", 1, LocalDate.of(2026, 1, 1), Kuitansi.Direction.RECEIVED,
                "Siti", "Iuran", 11_000, "Rp11.000", "sepuluh ribu rupiah", "bendahara"))
                .isInstanceOfSatisfying(ReceiptException.class, e -> assertThat(e.reason()).isEqualTo(ReceiptException.Reason.INVALID_RECEIPT));
        assertThatThrownBy(() -> Kuitansi.of("KW/000001/2026", g, "KUBE", 1, LocalDate.of(2026, 1, 1), Kuitansi.Direction.PAID,
                "Siti", "Iuran", 0, "bendahara"))
                .isInstanceOf(ReceiptException.class).hasMessageContaining("lebih dari nol");
    }
}
