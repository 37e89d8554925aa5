package id.kube.admin.entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;

import id.kube.core.group.GroupId;
import id.kube.core.member.Member;
import id.kube.core.member.MemberId;
import id.kube.core.money.Rupiah;
import id.kube.ledger.account.AccountRole;
import id.kube.ledger.account.OverpaymentPolicy;
import id.kube.ledger.loan.Loan;
import id.kube.ledger.loan.LoanBook;
import id.kube.ledger.loan.LoanStatus;
import id.kube.ledger.loan.LoanTerms;
import id.kube.ledger.loan.RepaymentResult;
import id.kube.ledger.loan.Schedule;
import id.kube.ledger.report.JournalReader;

/**
 * Revolving-fund loans as the treasurer records them, through kube-ledger's {@link LoanBook}: a disbursement
 * (schedule previewed from the terms; refused, before anything is written, when the group's cash is short) and a
 * repayment (allocated fee first, then principal, oldest installment first; more than the loan owes is refused or
 * kept as the member's voluntary savings, as the group's policy says). Idempotent per form like every posting.
 */
@Service
public class LoanPostings {

    /** A loan to disburse: the member, the terms (principal, fee, frequency, count, grace, date), the form's key. */
    public record Disbursement(GroupId group, MemberId member, LoanTerms terms, String idempotencyKey) {
        public Disbursement {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(terms, "terms");
            Objects.requireNonNull(idempotencyKey, "idempotency key");
        }
    }

    /** A repayment on a loan: the amount paid in cash on a date, the form's key. */
    public record Repayment(GroupId group, long loanNo, long amount, LocalDate paidOn, String idempotencyKey) {
        public Repayment {
            if (amount <= 0 || amount > RupiahInput.MAX) {
                throw new EntryRefusal("amount", "entry.error.amountRange",
                        "Jumlah harus antara Rp1 dan " + RupiahInput.format(RupiahInput.MAX));
            }
        }
    }

    /**
     * How a payment would be allocated, computed with the ledger's rule before posting: fee, principal, the rest
     * ({@code excess}) and whether the group's policy refuses it or keeps it as savings.
     */
    public record Allocation(long fee, long principal, long excess, boolean closesLoan, OverpaymentPolicy policy,
                             long outstanding) {
        public boolean refused() {
            return excess > 0 && policy == OverpaymentPolicy.REJECT;
        }
    }

    private final TreasurerBooks books;

    public LoanPostings(TreasurerBooks books) {
        this.books = books;
    }

    private LoanBook loanBook() {
        return new LoanBook(books.dsl(), books.clock());
    }

    /** The schedule the terms give (pure, nothing stored). */
    public static Schedule preview(LoanTerms terms) {
        return Schedule.of(terms);
    }

    /** The group's cash now (what a disbursement may take). */
    public long cashAvailable(GroupId group) {
        books.requireTreasurerOf(group);
        return books.balance(group, AccountRole.CASH);
    }

    /** The group's loans still being repaid, oldest first. */
    public List<Loan> activeLoans(GroupId group) {
        books.requireTreasurerOf(group);
        if (!books.books().isOpen(group)) {
            return List.of();
        }
        return loanBook().loans(group).stream().filter(l -> l.status() == LoanStatus.ACTIVE).toList();
    }

    public OverpaymentPolicy policy(GroupId group) {
        return books.books().isOpen(group) ? books.books().settings(group).overpaymentPolicy() : OverpaymentPolicy.REJECT;
    }

    /** Fee first, then principal, installment by installment, oldest first: the ledger's own rule. */
    public static Allocation allocate(Loan loan, long amount, OverpaymentPolicy policy) {
        long remaining = amount;
        long fee = 0;
        long principal = 0;
        for (Loan.InstallmentBalance ib : loan.installments()) {
            long f = Math.min(remaining, ib.feeOwed());
            remaining -= f;
            long p = Math.min(remaining, ib.principalOwed());
            remaining -= p;
            fee += f;
            principal += p;
        }
        return new Allocation(fee, principal, remaining, fee + principal == loan.outstanding(), policy, loan.outstanding());
    }

    public PostedReceipt disburse(Disbursement request) {
        GroupId group = request.group();
        String treasurer = books.requireTreasurerOf(group);
        boolean retry = books.alreadyPosted(group, request.idempotencyKey());
        books.requireNotFuture(request.terms().startsOn());
        Member member = books.requireActiveMember(group, request.member(), "member");
        books.ensureOpen(group);
        if (!retry) {
            long cash = books.balance(group, AccountRole.CASH);
            if (request.terms().principal() > cash) {
                throw new EntryRefusal("amount", "entry.loan.error.cash",
                        "Kas kelompok hanya " + Rupiah.format(cash) + ": pinjaman " + Rupiah.format(request.terms().principal())
                                + " tidak dapat dicairkan. Kurangi pokok pinjaman atau tunggu angsuran masuk.",
                        Rupiah.format(cash), Rupiah.format(request.terms().principal()));
            }
        }
        Loan loan = loanBook().disburse(group, member.id(), request.terms(), treasurer, request.idempotencyKey());
        long entryNo = new JournalReader(books.dsl()).entryWithKey(group, request.idempotencyKey()).orElseThrow();
        long fee = loan.schedule().installments().stream().mapToLong(i -> i.feeDue()).sum();
        return new PostedReceipt(entryNo, retry, books.kuitansi(group, entryNo, null), List.of(
                new PostedReceipt.Detail("entry.loan.no", String.valueOf(loan.loanNo())),
                new PostedReceipt.Detail("entry.loan.installments", String.valueOf(loan.schedule().installments().size())),
                new PostedReceipt.Detail("entry.loan.totalFee", Rupiah.format(fee)),
                new PostedReceipt.Detail("entry.loan.totalDue", Rupiah.format(loan.principal() + fee))));
    }

    public PostedReceipt repay(Repayment request) {
        GroupId group = request.group();
        String treasurer = books.requireTreasurerOf(group);
        boolean retry = books.alreadyPosted(group, request.idempotencyKey());
        books.requireNotFuture(request.paidOn());
        if (!books.books().isOpen(group)) {
            throw new EntryRefusal("loan", "entry.repay.error.noLoan", "Pinjaman ini tidak ada di buku kelompok");
        }
        Loan loan;
        try {
            loan = loanBook().loan(group, request.loanNo());
        } catch (id.kube.ledger.LedgerException e) {
            throw new EntryRefusal("loan", "entry.repay.error.noLoan", "Pinjaman ini tidak ada di buku kelompok");
        }
        if (!retry) {
            if (loan.status() != LoanStatus.ACTIVE) {
                throw new EntryRefusal("loan", "entry.repay.error.notActive", "Pinjaman no. " + loan.loanNo() + " sudah lunas",
                        loan.loanNo());
            }
            Allocation allocation = allocate(loan, request.amount(), policy(group));
            if (allocation.refused()) {
                throw new EntryRefusal("amount", "entry.repay.error.over",
                        "Pembayaran " + Rupiah.format(request.amount()) + " melebihi sisa pinjaman "
                                + Rupiah.format(allocation.outstanding()) + "; catat jumlah yang benar",
                        Rupiah.format(request.amount()), Rupiah.format(allocation.outstanding()));
            }
        }
        RepaymentResult result = loanBook().repay(group, request.loanNo(), request.paidOn(), Rupiah.of(request.amount()), null,
                treasurer, request.idempotencyKey());
        long entryNo = result.entry().entryNo();
        List<PostedReceipt.Detail> details = new ArrayList<>();
        details.add(new PostedReceipt.Detail("entry.loan.no", String.valueOf(request.loanNo())));
        details.add(new PostedReceipt.Detail("entry.repay.fee", Rupiah.format(result.feePaid())));
        details.add(new PostedReceipt.Detail("entry.repay.principal", Rupiah.format(result.principalPaid())));
        if (result.heldAsSavings() > 0) {
            details.add(new PostedReceipt.Detail("entry.repay.savings", Rupiah.format(result.heldAsSavings())));
        }
        Loan after = loanBook().loan(group, request.loanNo());
        details.add(new PostedReceipt.Detail("entry.repay.remaining", Rupiah.format(after.outstanding())));
        return new PostedReceipt(entryNo, result.replayed() || retry, books.kuitansi(group, entryNo, null), details);
    }
}
