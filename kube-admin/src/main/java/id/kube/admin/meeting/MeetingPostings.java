package id.kube.admin.meeting;

import static id.kube.admin.persistence.jooq.Tables.MEETING_POSTING;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;

import id.kube.admin.entry.EntryRefusal;
import id.kube.admin.entry.LoanPostings;
import id.kube.admin.entry.TreasurerBooks;
import id.kube.core.audit.Actor;
import id.kube.core.group.GroupId;
import id.kube.core.meeting.Attendance;
import id.kube.core.meeting.Meeting;
import id.kube.core.meeting.MeetingId;
import id.kube.core.meeting.MeetingRuleException;
import id.kube.core.meeting.MeetingService;
import id.kube.core.meeting.NewMeeting;
import id.kube.core.member.Member;
import id.kube.core.member.MemberId;
import id.kube.core.money.Rupiah;
import id.kube.ledger.LedgerException;
import id.kube.ledger.account.AccountId;
import id.kube.ledger.account.AccountRole;
import id.kube.ledger.account.BookSettings;
import id.kube.ledger.account.OverpaymentPolicy;
import id.kube.ledger.iks.IksFund;
import id.kube.ledger.journal.Books;
import id.kube.ledger.journal.CashCounts;
import id.kube.ledger.journal.EntryKind;
import id.kube.ledger.journal.Journal;
import id.kube.ledger.journal.Leg;
import id.kube.ledger.journal.NewEntry;
import id.kube.ledger.loan.Loan;
import id.kube.ledger.loan.LoanBook;
import id.kube.ledger.loan.LoanStatus;

/**
 * Posts a group meeting all or nothing: in ONE database transaction, the kube-core meeting with every member's
 * attendance, one linked kube-ledger batch of the contributions and IKS contributions (each entry balanced), each
 * repayment and each new loan through the loan book (so schedules and allocations are kept), the end-of-meeting
 * cash count, and the meeting's idempotency row. Anything refused — a member who is not in the group, a repayment
 * above what a loan owes, a loan the cash cannot cover, a closed month — rolls the whole meeting back: nothing
 * is written. The same screen posted twice (double click, retry) writes once.
 */
@Service
public class MeetingPostings {

    private final TreasurerBooks books;

    public MeetingPostings(TreasurerBooks books) {
        this.books = books;
    }

    private DSLContext dsl() {
        return books.dsl();
    }

    /** The active members of the group with their running loan, if any (what the meeting screen lists). */
    public Map<Member, Optional<Loan>> roll(GroupId group) {
        books.requireTreasurerOf(group);
        Map<MemberId, Loan> loans = activeLoans(group);
        Map<Member, Optional<Loan>> roll = new LinkedHashMap<>();
        for (Member member : books.core().members().activeMembers(group)) {
            roll.put(member, Optional.ofNullable(loans.get(member.id())));
        }
        return roll;
    }

    /** The cash the group has now. */
    public long cashNow(GroupId group) {
        books.requireTreasurerOf(group);
        return books.balance(group, AccountRole.CASH);
    }

    private Map<MemberId, Loan> activeLoans(GroupId group) {
        Map<MemberId, Loan> loans = new HashMap<>();
        if (books.books().isOpen(group)) {
            for (Loan loan : new LoanBook(dsl(), books.clock()).loans(group)) {
                if (loan.status() == LoanStatus.ACTIVE) {
                    loans.putIfAbsent(loan.memberId(), loan);
                }
            }
        }
        return loans;
    }

    /**
     * The member-by-member summary to confirm, computed with the ledger's rules (fee first, the group's
     * overpayment policy, cash never below zero), refusing what the posting would refuse.
     */
    public MeetingSummary preview(MeetingPlan plan) {
        GroupId group = plan.group();
        books.requireTreasurerOf(group);
        books.requireNotFuture(plan.heldOn());
        Map<MemberId, Member> members = new HashMap<>();
        books.core().members().activeMembers(group).forEach(m -> members.put(m.id(), m));
        Map<Long, Loan> loans = new HashMap<>();
        activeLoans(group).values().forEach(l -> loans.put(l.loanNo(), l));
        OverpaymentPolicy policy = books.books().isOpen(group) ? books.books().settings(group).overpaymentPolicy()
                : OverpaymentPolicy.REJECT;
        Map<MemberId, Long> newLoans = new HashMap<>();
        for (MeetingPlan.LoanRequest request : plan.loans()) {
            Member borrower = members.get(request.member());
            if (borrower == null) {
                throw new EntryRefusal("loans", "entry.error.notMember", "Anggota ini bukan anggota aktif kelompok ini");
            }
            newLoans.merge(request.member(), request.terms().principal(), Long::sum);
        }
        List<MeetingSummary.MemberSummary> lines = new ArrayList<>();
        for (MeetingPlan.MemberLine line : plan.members()) {
            Member member = members.get(line.member());
            if (member == null) {
                throw new EntryRefusal(null, "meeting.error.notMember",
                        "Orang ini bukan anggota aktif kelompok ini", line.member().value());
            }
            long fee = 0;
            long principal = 0;
            long excess = 0;
            if (line.repayment() > 0) {
                Loan loan = loans.get(line.loanNo());
                if (loan == null || !loan.memberId().equals(line.member())) {
                    throw new EntryRefusal(null, "meeting.error.loan",
                            "Pinjaman no. " + line.loanNo() + " bukan pinjaman berjalan " + member.fullName(),
                            line.loanNo(), member.fullName());
                }
                LoanPostings.Allocation allocation = LoanPostings.allocate(loan, line.repayment(), policy);
                if (allocation.refused()) {
                    throw new EntryRefusal(null, "meeting.error.over",
                            "Angsuran " + member.fullName() + " " + Rupiah.format(line.repayment())
                                    + " melebihi sisa pinjaman " + Rupiah.format(allocation.outstanding()),
                            member.fullName(), Rupiah.format(line.repayment()), Rupiah.format(allocation.outstanding()));
                }
                fee = allocation.fee();
                principal = allocation.principal();
                excess = allocation.excess();
            }
            lines.add(new MeetingSummary.MemberSummary(member.id(), member.fullName(), line.attendance(), line.contribution(),
                    line.iks(), line.loanNo(), line.repayment(), fee, principal, excess, newLoans.getOrDefault(member.id(), 0L)));
        }
        for (MeetingPlan.IksHelp help : plan.iksHelp()) {
            if (help.beneficiary() != null && !members.containsKey(help.beneficiary())) {
                throw new EntryRefusal("iks", "entry.error.notMember", "Anggota ini bukan anggota aktif kelompok ini");
            }
        }
        long fundBefore = books.balance(group, AccountRole.IKS_FUND);
        if (plan.iksHelpOut() > fundBefore + plan.iksIn()) {
            throw new EntryRefusal("iks", "meeting.error.iksFund",
                    "Dana IKS " + Rupiah.format(fundBefore) + " ditambah iuran IKS rapat ini " + Rupiah.format(plan.iksIn())
                            + " tidak cukup untuk bantuan " + Rupiah.format(plan.iksHelpOut()),
                    Rupiah.format(fundBefore), Rupiah.format(plan.iksIn()), Rupiah.format(plan.iksHelpOut()));
        }
        long cashBefore = books.balance(group, AccountRole.CASH);
        MeetingSummary summary = new MeetingSummary(lines, cashBefore, plan.cashIn(), plan.cashOut(), plan.cashCounted());
        if (summary.cashAfter() < 0) {
            throw new EntryRefusal("loans", "meeting.error.cash",
                    "Kas sebelum rapat " + Rupiah.format(cashBefore) + " ditambah setoran " + Rupiah.format(plan.cashIn())
                            + " tidak cukup untuk pinjaman baru dan bantuan " + Rupiah.format(plan.cashOut()),
                    Rupiah.format(cashBefore), Rupiah.format(plan.cashIn()), Rupiah.format(plan.cashOut()));
        }
        return summary;
    }

    /** The meeting posted under this screen's key, if it was. */
    public Optional<MeetingResult> posted(GroupId group, String idempotencyKey) {
        return dsl().selectFrom(MEETING_POSTING)
                .where(MEETING_POSTING.GROUP_ID.eq(group.value()), MEETING_POSTING.IDEMPOTENCY_KEY.eq(idempotencyKey))
                .fetchOptional(r -> new MeetingResult(new MeetingId(r.getMeetingId()), r.getHeldOn(), r.getEntries(),
                        r.getCashIn(), r.getCashOut(), r.getCashCounted(), true));
    }

    public MeetingResult post(MeetingPlan plan) {
        GroupId group = plan.group();
        String treasurer = books.requireTreasurerOf(group);
        Optional<MeetingResult> done = posted(group, plan.idempotencyKey());
        if (done.isPresent()) {
            return done.get();
        }
        MeetingSummary summary = preview(plan);
        try {
            return dsl().transactionResult(cfg -> write(DSL.using(cfg), plan, summary, treasurer));
        } catch (MeetingRuleException e) {
            throw new EntryRefusal(null, "meeting.error.rule", e.getMessage(), e.getMessage());
        } catch (RuntimeException e) {
            // the same screen posted concurrently (a double click reaching two server threads): the loser fails on
            // admin.meeting_posting's primary key, whatever exception type the driver/translator gives it
            Optional<MeetingResult> concurrent = posted(group, plan.idempotencyKey());
            if (concurrent.isPresent()) {
                return concurrent.get();
            }
            throw e;
        }
    }

    private MeetingResult write(DSLContext tx, MeetingPlan plan, MeetingSummary summary, String treasurer) {
        GroupId group = plan.group();
        String key = plan.idempotencyKey();
        LocalDate day = plan.heldOn();
        Books ledgerBooks = new Books(tx);
        if (!ledgerBooks.isOpen(group)) {
            ledgerBooks.open(group, BookSettings.DEFAULT);
        }
        Map<MemberId, Attendance> attendance = new LinkedHashMap<>();
        plan.members().forEach(line -> attendance.put(line.member(), line.attendance()));
        List<String> decisions = new ArrayList<>();
        Map<MemberId, String> names = new HashMap<>();
        summary.members().forEach(m -> names.put(m.member(), m.name()));
        for (MeetingPlan.IksHelp help : plan.iksHelp()) {
            decisions.add("Bantuan IKS " + Rupiah.format(help.amount()) + " (" + help.purpose().label() + "): " + help.detail());
        }
        for (MeetingPlan.LoanRequest loan : plan.loans()) {
            decisions.add("Pinjaman " + Rupiah.format(loan.terms().principal()) + " untuk "
                    + names.getOrDefault(loan.member(), books.memberName(loan.member())) + " disetujui ("
                    + loan.terms().installments() + " kali angsuran)");
        }
        Meeting meeting = new MeetingService(tx, books.clock()).record(Actor.of(treasurer), group,
                new NewMeeting(day, plan.type(), plan.notes(), attendance, decisions));

        AccountId cash = Books.accountFor(tx, group, AccountRole.CASH);
        AccountId mandatory = Books.accountFor(tx, group, AccountRole.MANDATORY_CONTRIBUTIONS);
        AccountId iksFund = Books.accountFor(tx, group, AccountRole.IKS_FUND);
        List<NewEntry> batch = new ArrayList<>();
        for (MeetingPlan.MemberLine line : plan.members()) {
            String name = names.get(line.member());
            if (line.contribution() > 0) {
                batch.add(new NewEntry(group, key + "/wajib/" + line.member().value(), EntryKind.CONTRIBUTION, day,
                        "Iuran wajib " + name + " (rapat " + day + ")", line.member(), treasurer,
                        List.of(Leg.debit(cash, line.contribution()), Leg.credit(mandatory, line.contribution())), null));
            }
            if (line.iks() > 0) {
                batch.add(new NewEntry(group, key + "/iks/" + line.member().value(), EntryKind.IKS_CONTRIBUTION, day,
                        "Iuran IKS " + name + " (rapat " + day + ")", line.member(), treasurer,
                        List.of(Leg.debit(cash, line.iks()), Leg.credit(iksFund, line.iks())), null));
            }
        }
        int entries = 0;
        if (!batch.isEmpty()) {
            entries += new Journal(tx, books.clock()).postIn(tx, batch).size();
        }
        LoanBook loanBook = new LoanBook(tx, books.clock());
        for (MeetingPlan.MemberLine line : plan.members()) {
            if (line.repayment() > 0) {
                loanBook.repay(group, line.loanNo(), day, Rupiah.of(line.repayment()), null, treasurer,
                        key + "/angsuran/" + line.loanNo());
                entries++;
            }
        }
        int h = 0;
        for (MeetingPlan.IksHelp help : plan.iksHelp()) {
            new IksFund(tx, books.clock()).disburse(group, day, help.purpose(), help.detail(), help.beneficiary(),
                    Rupiah.of(help.amount()), treasurer, key + "/iks-bantuan/" + (++h));
            entries++;
        }
        int n = 0;
        for (MeetingPlan.LoanRequest loan : plan.loans()) {
            loanBook.disburse(group, loan.member(), loan.terms(), treasurer, key + "/pinjaman/" + (++n));
            entries++;
        }
        if (plan.cashCounted() != null) {
            new CashCounts(tx, books.clock()).record(cash, day, Rupiah.of(plan.cashCounted()), treasurer,
                    "Hitung kas akhir rapat " + day);
        }
        tx.insertInto(MEETING_POSTING)
                .set(MEETING_POSTING.GROUP_ID, group.value())
                .set(MEETING_POSTING.IDEMPOTENCY_KEY, key)
                .set(MEETING_POSTING.MEETING_ID, meeting.id().value())
                .set(MEETING_POSTING.HELD_ON, day)
                .set(MEETING_POSTING.ENTRIES, entries)
                .set(MEETING_POSTING.CASH_IN, plan.cashIn())
                .set(MEETING_POSTING.CASH_OUT, plan.cashOut())
                .set(MEETING_POSTING.CASH_COUNTED, plan.cashCounted())
                .set(MEETING_POSTING.POSTED_BY, treasurer)
                .set(MEETING_POSTING.POSTED_AT, books.clock().instant().atOffset(ZoneOffset.UTC))
                .execute();
        return new MeetingResult(meeting.id(), day, entries, plan.cashIn(), plan.cashOut(), plan.cashCounted(), false);
    }

    /** Whether a failure is a ledger refusal (shown as is) rather than a fault. */
    static boolean isRefusal(RuntimeException e) {
        return e instanceof LedgerException || e instanceof EntryRefusal;
    }
}
