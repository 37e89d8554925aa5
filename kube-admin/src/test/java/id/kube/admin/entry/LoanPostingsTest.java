package id.kube.admin.entry;

import static id.kube.admin.entry.PostingFixtures.entriesOf;
import static id.kube.admin.entry.PostingFixtures.key;
import static id.kube.admin.entry.PostingFixtures.legsSum;
import static id.kube.admin.entry.PostingFixtures.signInAsTreasurerOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import id.kube.admin.entry.CashPostings.CashEntry;
import id.kube.admin.security.GroupAccessDeniedException;
import id.kube.admin.support.AdminApplicationTest;
import id.kube.core.KubeCore;
import id.kube.core.group.GroupId;
import id.kube.core.member.MemberId;
import id.kube.ledger.account.AccountRole;
import id.kube.ledger.account.BookSettings;
import id.kube.ledger.account.OverpaymentPolicy;
import id.kube.ledger.journal.Books;
import id.kube.ledger.loan.FeeMethod;
import id.kube.ledger.loan.Frequency;
import id.kube.ledger.loan.Loan;
import id.kube.ledger.loan.LoanBook;
import id.kube.ledger.loan.LoanTerms;
import id.kube.ledger.receipt.Kuitansi;
import id.kube.testing.KubeFixtures;

class LoanPostingsTest extends AdminApplicationTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    LoanPostings loans;
    @Autowired
    CashPostings cash;
    @Autowired
    Clock clock;

    private GroupId own;
    private GroupId other;
    private MemberId borrower;
    private LocalDate today;

    @BeforeEach
    void groupWithCash() {
        KubeCore core = KubeFixtures.core(dsl);
        own = KubeFixtures.activeGroup(core, "Pinjam Sendiri " + UUID.randomUUID(), 10);
        other = KubeFixtures.activeGroup(core, "Pinjam Lain " + UUID.randomUUID(), 10);
        borrower = core.members().activeMembers(own).getFirst().id();
        today = LocalDate.now(clock);
        signInAsTreasurerOf(own);
        cash.post(new CashEntry(CashPostings.Kind.SALE, own, null, "Pembeli umum", "hasil panen", 3_000_000, today, key()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private LoanTerms terms(long principal) {
        return new LoanTerms(principal, FeeMethod.FLAT, new BigDecimal("1.5"), Frequency.MONTHLY, 10, 0, today);
    }

    @Test
    void aLoanLargerThanTheCashIsRefusedClearlyAndNothingIsWritten() {
        int before = entriesOf(dsl, own);
        assertThatThrownBy(() -> loans.disburse(new LoanPostings.Disbursement(own, borrower, terms(3_000_001), key())))
                .isInstanceOfSatisfying(EntryRefusal.class, r -> {
                    assertThat(r.field()).isEqualTo("amount");
                    assertThat(r.getMessage()).startsWith("Kas kelompok hanya Rp3.000.000: pinjaman Rp3.000.001 tidak dapat dicairkan");
                });
        assertThat(entriesOf(dsl, own)).isEqualTo(before);
        assertThat(new LoanBook(dsl, clock).loans(own)).isEmpty();
    }

    @Test
    void aDisbursementPostsOnceWithTheScheduleThePreviewShowedAndAPaymentKuitansi() {
        String key = key();
        LoanTerms terms = terms(2_000_000);
        PostedReceipt first = loans.disburse(new LoanPostings.Disbursement(own, borrower, terms, key));
        PostedReceipt again = loans.disburse(new LoanPostings.Disbursement(own, borrower, terms, key));

        assertThat(again.entryNo()).isEqualTo(first.entryNo());
        assertThat(again.replayed()).isTrue();
        Loan loan = new LoanBook(dsl, clock).loans(own).getFirst();
        assertThat(new LoanBook(dsl, clock).loans(own)).hasSize(1);
        assertThat(loan.schedule().installments()).isEqualTo(LoanPostings.preview(terms).installments());
        assertThat(first.kuitansi().direction()).isEqualTo(Kuitansi.Direction.PAID);
        assertThat(first.kuitansi().amountFormatted()).isEqualTo("Rp2.000.000");
        assertThat(legsSum(dsl, own, AccountRole.CASH)).isEqualTo(1_000_000);
        assertThat(legsSum(dsl, own, AccountRole.LOANS_RECEIVABLE)).isEqualTo(2_000_000);
    }

    @Test
    void aRepaymentIsAllocatedFeeFirstExactlyAsPreviewedAndPostedOnce() {
        loans.disburse(new LoanPostings.Disbursement(own, borrower, terms(1_000_000), key()));
        Loan loan = loans.activeLoans(own).getFirst();
        // flat 1.5 % × 10 months of 1,000,000 = 150,000 fee: 15,000 per installment, principal 100,000 each
        LoanPostings.Allocation preview = LoanPostings.allocate(loan, 130_000, OverpaymentPolicy.REJECT);
        assertThat(preview.fee()).isEqualTo(15_000 + 15_000);
        assertThat(preview.principal()).isEqualTo(100_000);
        String key = key();

        PostedReceipt first = loans.repay(new LoanPostings.Repayment(own, loan.loanNo(), 130_000, today, key));
        PostedReceipt again = loans.repay(new LoanPostings.Repayment(own, loan.loanNo(), 130_000, today, key));

        assertThat(again.entryNo()).isEqualTo(first.entryNo());
        assertThat(again.replayed()).isTrue();
        assertThat(first.details()).contains(new PostedReceipt.Detail("entry.repay.fee", "Rp30.000"),
                new PostedReceipt.Detail("entry.repay.principal", "Rp100.000"),
                new PostedReceipt.Detail("entry.repay.remaining", "Rp1.020.000"));
        assertThat(first.kuitansi().amountInWords()).isEqualTo("seratus tiga puluh ribu rupiah");
        assertThat(-legsSum(dsl, own, AccountRole.LOAN_FEES)).isEqualTo(30_000);
        assertThat(legsSum(dsl, own, AccountRole.LOANS_RECEIVABLE)).isEqualTo(900_000);
        assertThat(legsSum(dsl, own, AccountRole.CASH)).isEqualTo(3_000_000 - 1_000_000 + 130_000);
    }

    @Test
    void anOverpaymentIsRefusedUnderTheRejectPolicyAndKeptAsSavingsUnderTheOther() {
        loans.disburse(new LoanPostings.Disbursement(own, borrower, terms(100_000), key()));
        long loanNo = loans.activeLoans(own).getFirst().loanNo();
        int before = entriesOf(dsl, own);
        // owes 100,000 + 15,000 fee
        assertThatThrownBy(() -> loans.repay(new LoanPostings.Repayment(own, loanNo, 120_000, today, key())))
                .isInstanceOfSatisfying(EntryRefusal.class, r -> {
                    assertThat(r.field()).isEqualTo("amount");
                    assertThat(r.getMessage()).isEqualTo("Pembayaran Rp120.000 melebihi sisa pinjaman Rp115.000; catat jumlah yang benar");
                });
        assertThat(entriesOf(dsl, own)).isEqualTo(before);

        new Books(dsl).changeSettings(own, new BookSettings(OverpaymentPolicy.HOLD_AS_SAVINGS));
        PostedReceipt paid = loans.repay(new LoanPostings.Repayment(own, loanNo, 120_000, today, key()));

        assertThat(paid.details()).contains(new PostedReceipt.Detail("entry.repay.savings", "Rp5.000"),
                new PostedReceipt.Detail("entry.repay.remaining", "Rp0"));
        assertThat(-legsSum(dsl, own, AccountRole.VOLUNTARY_SAVINGS)).isEqualTo(5_000);
        assertThat(loans.activeLoans(own)).isEmpty();
        assertThatThrownBy(() -> loans.repay(new LoanPostings.Repayment(own, loanNo, 1_000, today, key())))
                .isInstanceOfSatisfying(EntryRefusal.class, r -> assertThat(r.key()).isEqualTo("entry.repay.error.notActive"));
    }

    @Test
    void anotherGroupsTreasurerCannotLendOrCollectHere() {
        loans.disburse(new LoanPostings.Disbursement(own, borrower, terms(100_000), key()));
        long loanNo = loans.activeLoans(own).getFirst().loanNo();
        int before = entriesOf(dsl, own);
        signInAsTreasurerOf(other);
        assertThatThrownBy(() -> loans.repay(new LoanPostings.Repayment(own, loanNo, 10_000, today, key())))
                .isInstanceOf(GroupAccessDeniedException.class);
        assertThatThrownBy(() -> loans.disburse(new LoanPostings.Disbursement(own, borrower, terms(10_000), key())))
                .isInstanceOf(GroupAccessDeniedException.class);
        assertThatThrownBy(() -> loans.activeLoans(own)).isInstanceOf(GroupAccessDeniedException.class);
        assertThat(entriesOf(dsl, own)).isEqualTo(before);
    }
}
