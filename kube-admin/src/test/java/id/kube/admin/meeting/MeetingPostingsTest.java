package id.kube.admin.meeting;

import static id.kube.admin.entry.PostingFixtures.entriesOf;
import static id.kube.admin.entry.PostingFixtures.key;
import static id.kube.admin.entry.PostingFixtures.legsSum;
import static id.kube.admin.entry.PostingFixtures.signInAsTreasurerOf;
import static id.kube.admin.persistence.jooq.Tables.MEETING_POSTING;
import static id.kube.core.persistence.jooq.Tables.MEETING;
import static id.kube.ledger.persistence.jooq.Tables.CASH_COUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import id.kube.admin.entry.CashPostings;
import id.kube.admin.entry.EntryRefusal;
import id.kube.admin.entry.LoanPostings;
import id.kube.admin.security.GroupAccessDeniedException;
import id.kube.admin.support.AdminApplicationTest;
import id.kube.core.KubeCore;
import id.kube.core.group.GroupId;
import id.kube.core.meeting.Attendance;
import id.kube.core.meeting.Meeting;
import id.kube.core.meeting.MeetingType;
import id.kube.core.member.Member;
import id.kube.ledger.account.AccountRole;
import id.kube.ledger.check.InvariantChecker;
import id.kube.ledger.iks.IksPurpose;
import id.kube.ledger.loan.FeeMethod;
import id.kube.ledger.loan.Frequency;
import id.kube.ledger.loan.Loan;
import id.kube.ledger.loan.LoanBook;
import id.kube.ledger.loan.LoanTerms;
import id.kube.testing.KubeFixtures;

class MeetingPostingsTest extends AdminApplicationTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    MeetingPostings meetings;
    @Autowired
    CashPostings cash;
    @Autowired
    LoanPostings loans;
    @Autowired
    Clock clock;

    private KubeCore core;
    private GroupId own;
    private GroupId other;
    private List<Member> members;
    private LocalDate today;

    @BeforeEach
    void groupWithALoan() {
        core = KubeFixtures.core(dsl);
        own = KubeFixtures.activeGroup(core, "Rapat Sendiri " + UUID.randomUUID(), 10);
        other = KubeFixtures.activeGroup(core, "Rapat Lain " + UUID.randomUUID(), 10);
        members = core.members().activeMembers(own);
        today = LocalDate.now(clock);
        signInAsTreasurerOf(own);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Loan lendToFirstMember(LocalDate on) {
        cash.post(new CashPostings.CashEntry(CashPostings.Kind.SALE, own, null, "Pembeli umum", "panen", 2_000_000, on,
                key()));
        loans.disburse(new LoanPostings.Disbursement(own, members.getFirst().id(),
                new LoanTerms(1_000_000, FeeMethod.FLAT, new BigDecimal("1.5"), Frequency.MONTHLY, 10, 0, on), key()));
        return loans.activeLoans(own).getFirst();
    }

    /** Everyone present paying 10,000 + 2,000 IKS; the borrower repays 115,000; one new loan of 500,000. */
    private MeetingPlan plan(LocalDate day, Loan loan, String key) {
        List<MeetingPlan.MemberLine> lines = new ArrayList<>();
        for (Member m : members) {
            boolean borrower = m.id().equals(loan.memberId());
            Attendance attendance = m.equals(members.getLast()) ? Attendance.EXCUSED : Attendance.PRESENT;
            lines.add(new MeetingPlan.MemberLine(m.id(), attendance, attendance == Attendance.PRESENT ? 10_000 : 0,
                    attendance == Attendance.PRESENT ? 2_000 : 0, borrower ? loan.loanNo() : null, borrower ? 115_000 : 0));
        }
        return new MeetingPlan(own, day, MeetingType.ROUTINE, lines, List.of(new MeetingPlan.LoanRequest(members.get(1).id(),
                new LoanTerms(500_000, FeeMethod.FLAT, BigDecimal.ONE, Frequency.MONTHLY, 5, 0, day))),
                null, "Rapat rutin bulan ini", key);
    }

    @Test
    void aMeetingPostsAllOfItOnceWithTheMeetingRecordAndTheCashCount() {
        Loan loan = lendToFirstMember(today);
        long cashBefore = legsSum(dsl, own, AccountRole.CASH);
        int entriesBefore = entriesOf(dsl, own);
        MeetingPlan draft = plan(today, loan, key());
        long expectedIn = 9 * 12_000 + 115_000;
        MeetingPlan plan = new MeetingPlan(own, today, MeetingType.ROUTINE, draft.members(), draft.loans(),
                cashBefore + expectedIn - 500_000 - 1_000, null, draft.idempotencyKey());

        MeetingSummary summary = meetings.preview(plan);
        MeetingResult first = meetings.post(plan);
        MeetingResult again = meetings.post(plan);

        assertThat(summary.cashIn()).isEqualTo(expectedIn);
        assertThat(summary.cashAfter()).isEqualTo(cashBefore + expectedIn - 500_000);
        assertThat(summary.difference()).isEqualTo(-1_000);
        MeetingSummary.MemberSummary borrower = summary.members().stream()
                .filter(m -> m.member().equals(loan.memberId())).findFirst().orElseThrow();
        assertThat(borrower.fee()).isEqualTo(15_000);
        assertThat(borrower.principal()).isEqualTo(100_000);
        assertThat(first.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.meeting()).isEqualTo(first.meeting());
        // 9 contributions + 9 IKS in one batch, 1 repayment, 1 new loan
        assertThat(first.entries()).isEqualTo(20);
        assertThat(entriesOf(dsl, own)).isEqualTo(entriesBefore + 20);
        assertThat(legsSum(dsl, own, AccountRole.CASH)).isEqualTo(cashBefore + expectedIn - 500_000);
        assertThat(-legsSum(dsl, own, AccountRole.IKS_FUND)).isEqualTo(9 * 2_000);
        List<Meeting> recorded = core.meetings().ofGroup(own);
        assertThat(recorded).hasSize(1);
        assertThat(recorded.getFirst().present()).isEqualTo(9);
        assertThat(recorded.getFirst().attendance()).hasSize(10);
        assertThat(recorded.getFirst().decisions()).singleElement().asString().contains("Rp500.000");
        assertThat(dsl.fetchCount(CASH_COUNT, CASH_COUNT.GROUP_ID.eq(own.value()))).isEqualTo(1);
        assertThat(new LoanBook(dsl, clock).loans(own)).hasSize(2);
        assertThat(new InvariantChecker(dsl).check(own).violations()).isEmpty();
    }

    @Test
    void theSameMeetingPostedFromTwoThreadsAtOnceIsWrittenOnce() throws Exception {
        Loan loan = lendToFirstMember(today);
        int entriesBefore = entriesOf(dsl, own);
        MeetingPlan plan = plan(today, loan, key());
        var start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.Callable<MeetingResult> post = () -> {
            signInAsTreasurerOf(own);
            try {
                start.await();
                return meetings.post(plan);
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var first = pool.submit(post);
            var second = pool.submit(post);
            start.countDown();
            MeetingResult a = first.get();
            MeetingResult b = second.get();
            assertThat(a.meeting()).isEqualTo(b.meeting());
            assertThat(a.replayed() ^ b.replayed()).isTrue();
        }
        assertThat(core.meetings().ofGroup(own)).hasSize(1);
        assertThat(entriesOf(dsl, own)).isEqualTo(entriesBefore + 20);
        assertThat(new LoanBook(dsl, clock).loans(own)).hasSize(2);
    }

    @Test
    void iksHelpIsPaidFromTheFundIncludingThisMeetingsContributionsAndNeverBeyond() {
        Loan loan = lendToFirstMember(today);
        MeetingPlan draft = plan(today, loan, key());
        // the fund is empty before the meeting; 9 members present bring 2,000 each
        MeetingPlan.IksHelp tooMuch = new MeetingPlan.IksHelp(IksPurpose.DEATH, "Duka keluarga Bu Ketut", null, 18_001);
        int entriesBefore = entriesOf(dsl, own);
        assertThatThrownBy(() -> meetings.post(new MeetingPlan(own, today, MeetingType.ROUTINE, draft.members(), List.of(),
                List.of(tooMuch), null, null, key()))).isInstanceOfSatisfying(EntryRefusal.class, r -> {
                    assertThat(r.key()).isEqualTo("meeting.error.iksFund");
                    assertThat(r.getMessage()).isEqualTo("Dana IKS Rp0 ditambah iuran IKS rapat ini Rp18.000 tidak cukup untuk bantuan Rp18.001");
                });
        assertThat(entriesOf(dsl, own)).isEqualTo(entriesBefore);

        MeetingPlan.IksHelp help = new MeetingPlan.IksHelp(IksPurpose.DEATH, "Duka keluarga Bu Ketut", members.get(3).id(), 18_000);
        MeetingResult result = meetings.post(new MeetingPlan(own, today, MeetingType.ROUTINE, draft.members(), List.of(),
                List.of(help), null, null, key()));

        assertThat(result.cashOut()).isEqualTo(18_000);
        assertThat(legsSum(dsl, own, AccountRole.IKS_FUND)).isZero();
        assertThat(core.meetings().ofGroup(own).getFirst().decisions()).singleElement().asString()
                .contains("Bantuan IKS Rp18.000").contains("Duka keluarga Bu Ketut");
    }

    @Test
    void aMeetingRefusedHalfwayWritesNothingAtAll() {
        // the loan is disbursed today; a meeting dated yesterday repays it: the loan book refuses the repayment
        // after the meeting record and the contributions batch were written in the same transaction
        Loan loan = lendToFirstMember(today);
        int entriesBefore = entriesOf(dsl, own);
        long cashBefore = legsSum(dsl, own, AccountRole.CASH);
        MeetingPlan plan = plan(today.minusDays(1), loan, key());

        assertThatThrownBy(() -> meetings.post(plan)).hasMessageContaining("sebelum tanggal pencairan");

        assertThat(entriesOf(dsl, own)).isEqualTo(entriesBefore);
        assertThat(legsSum(dsl, own, AccountRole.CASH)).isEqualTo(cashBefore);
        assertThat(dsl.fetchCount(MEETING, MEETING.GROUP_ID.eq(own.value()))).isZero();
        assertThat(dsl.fetchCount(MEETING_POSTING, MEETING_POSTING.GROUP_ID.eq(own.value()))).isZero();
        assertThat(new LoanBook(dsl, clock).loans(own)).hasSize(1);
    }

    @Test
    void refusalsBeforeWritingNameTheProblemAndLeaveTheBooksUntouched() {
        Loan loan = lendToFirstMember(today);
        int entriesBefore = entriesOf(dsl, own);
        MeetingPlan tooMuch = plan(today, loan, key());
        List<MeetingPlan.MemberLine> over = tooMuch.members().stream().map(l -> l.repayment() > 0
                ? new MeetingPlan.MemberLine(l.member(), l.attendance(), l.contribution(), l.iks(), l.loanNo(), 2_000_000)
                : l).toList();
        assertThatThrownBy(() -> meetings.post(new MeetingPlan(own, today, MeetingType.ROUTINE, over, List.of(), null, null,
                key()))).isInstanceOfSatisfying(EntryRefusal.class, r -> assertThat(r.key()).isEqualTo("meeting.error.over"));

        LoanTerms huge = new LoanTerms(50_000_000, FeeMethod.FLAT, BigDecimal.ONE, Frequency.MONTHLY, 5, 0, today);
        assertThatThrownBy(() -> meetings.post(new MeetingPlan(own, today, MeetingType.ROUTINE, tooMuch.members(),
                List.of(new MeetingPlan.LoanRequest(members.get(2).id(), huge)), null, null, key())))
                .isInstanceOfSatisfying(EntryRefusal.class, r -> assertThat(r.key()).isEqualTo("meeting.error.cash"));

        Member stranger = core.members().activeMembers(other).getFirst();
        List<MeetingPlan.MemberLine> withStranger = new ArrayList<>(tooMuch.members());
        withStranger.add(new MeetingPlan.MemberLine(stranger.id(), Attendance.PRESENT, 10_000, 0, null, 0));
        assertThatThrownBy(() -> meetings.post(new MeetingPlan(own, today, MeetingType.ROUTINE, withStranger, List.of(),
                null, null, key()))).isInstanceOf(EntryRefusal.class);

        List<MeetingPlan.MemberLine> incomplete = tooMuch.members().subList(0, 5);
        assertThatThrownBy(() -> meetings.post(new MeetingPlan(own, today, MeetingType.ROUTINE, incomplete, List.of(),
                null, null, key()))).isInstanceOfSatisfying(EntryRefusal.class,
                r -> assertThat(r.getMessage()).contains("Kehadiran belum diisi"));

        assertThat(entriesOf(dsl, own)).isEqualTo(entriesBefore);
        assertThat(dsl.fetchCount(MEETING, MEETING.GROUP_ID.eq(own.value()))).isZero();
    }

    @Test
    void anotherGroupsTreasurerCannotPostThisGroupsMeeting() {
        Loan loan = lendToFirstMember(today);
        int entriesBefore = entriesOf(dsl, own);
        MeetingPlan plan = plan(today, loan, key());
        signInAsTreasurerOf(other);
        assertThatThrownBy(() -> meetings.post(plan)).isInstanceOf(GroupAccessDeniedException.class);
        assertThatThrownBy(() -> meetings.roll(own)).isInstanceOf(GroupAccessDeniedException.class);
        assertThat(entriesOf(dsl, own)).isEqualTo(entriesBefore);
        assertThat(dsl.fetchCount(MEETING, MEETING.GROUP_ID.eq(own.value()))).isZero();
    }
}
