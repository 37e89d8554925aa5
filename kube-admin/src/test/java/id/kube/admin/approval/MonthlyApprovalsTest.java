package id.kube.admin.approval;

import static id.kube.admin.persistence.jooq.Tables.MONTHLY_REPORT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import id.kube.admin.entry.CashPostings;
import id.kube.admin.security.KubeUser;
import id.kube.admin.security.Role;
import id.kube.admin.support.AdminApplicationTest;
import id.kube.admin.support.TestUsers;
import id.kube.core.KubeCore;
import id.kube.core.facilitator.FacilitatorId;
import id.kube.core.group.GroupId;
import id.kube.core.region.RegionCode;
import id.kube.ledger.LedgerException;
import id.kube.core.money.Rupiah;
import id.kube.ledger.journal.Periods;
import id.kube.ledger.loan.FeeMethod;
import id.kube.ledger.loan.Frequency;
import id.kube.ledger.loan.LoanBook;
import id.kube.ledger.loan.LoanTerms;
import id.kube.testing.KubeFixtures;

/**
 * The monthly approval workflow against the real database and the real ledger: each step only by the right
 * role within its scope, the history audited, approval closing the month in the books.
 */
class MonthlyApprovalsTest extends AdminApplicationTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    MonthlyApprovals approvals;
    @Autowired
    ApprovedMonths approvedMonths;
    @Autowired
    CashPostings contributions;
    @Autowired
    Clock clock;

    private KubeCore core;
    private GroupId group;
    private GroupId otherGroup;
    private YearMonth lastMonth;
    private KubeUser treasurer;
    private KubeUser otherTreasurer;
    private KubeUser facilitator;
    private KubeUser otherFacilitator;
    private KubeUser districtOfficer;
    private KubeUser otherDistrictOfficer;
    private KubeUser ministry;

    @BeforeEach
    void twoGroupsWithTheirPeople() {
        core = KubeFixtures.core(dsl);
        String stamp = String.valueOf(Instant.now().toEpochMilli());
        group = KubeFixtures.activeGroup(core, "Laporan " + stamp, 10);
        otherGroup = KubeFixtures.activeGroup(core, "Laporan lain " + stamp, 10);
        lastMonth = YearMonth.now(clock).minusMonths(1);
        FacilitatorId ours = core.facilitators().register(KubeFixtures.FACILITATOR, "Pendamping " + stamp, null).id();
        FacilitatorId theirs = core.facilitators().register(KubeFixtures.FACILITATOR, "Pendamping lain " + stamp, null)
                .id();
        core.groups().assignFacilitator(KubeFixtures.FACILITATOR, group, ours, KubeFixtures.TODAY);
        core.groups().assignFacilitator(KubeFixtures.FACILITATOR, otherGroup, theirs, KubeFixtures.TODAY);
        treasurer = new KubeUser("bendahara." + stamp, "Bendahara", Role.TREASURER, group, null, null);
        otherTreasurer = new KubeUser("bendahara.lain." + stamp, "Bendahara lain", Role.TREASURER, otherGroup, null,
                null);
        facilitator = new KubeUser("pendamping." + stamp, "Pendamping", Role.FACILITATOR, null, null, ours);
        otherFacilitator = new KubeUser("pendamping.lain." + stamp, "Pendamping lain", Role.FACILITATOR, null, null,
                theirs);
        districtOfficer = new KubeUser("dinsos." + stamp, "Dinsos Gianyar", Role.DISTRICT_OFFICER, null,
                RegionCode.of("51.04"), null);
        otherDistrictOfficer = new KubeUser("dinsos.lobar." + stamp, "Dinsos Lombok Barat", Role.DISTRICT_OFFICER,
                null, RegionCode.of("52.01"), null);
        ministry = new KubeUser("kemensos." + stamp, "Kemensos", Role.MINISTRY, null, null, null);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void contribution(long amount, LocalDate on) {
        TestUsers.signIn(treasurer);
        var member = core.members().activeMembers(group).getFirst();
        contributions.post(new CashPostings.CashEntry(CashPostings.Kind.CONTRIBUTION, group, member.id(), null, null, amount,
                on, UUID.randomUUID().toString()));
    }

    private ApprovalException.Reason refusal(KubeUser user, Runnable step) {
        TestUsers.signIn(user);
        try {
            step.run();
        } catch (ApprovalException e) {
            return e.reason();
        }
        throw new AssertionError("the step was not refused");
    }

    @Test
    void aMonthGoesFromTreasurerToFacilitatorToDistrictOfficerAndIsThenLockedInTheBooks() {
        contribution(1_250_000, lastMonth.atDay(10));
        contribution(250_000, lastMonth.atDay(20));

        TestUsers.signIn(treasurer);
        MonthlyReport report = approvals.report(group, lastMonth);
        assertThat(report.figures().contributions()).isEqualTo(1_500_000);
        assertThat(report.figures().closingCash()).isEqualTo(1_500_000);
        assertThat(report.figures().openingCash()).isZero();
        MonthStatus submitted = approvals.submit(group, lastMonth);
        assertThat(submitted.state()).isEqualTo(ReportState.SUBMITTED);
        assertThat(submitted.submitted()).isEqualTo(report.figures());

        assertThat(refusal(facilitator, () -> approvals.sendBack(group, lastMonth, "  ")))
                .isEqualTo(ApprovalException.Reason.COMMENT_REQUIRED);
        TestUsers.signIn(facilitator);
        assertThat(approvals.awaitingMe()).extracting(MonthEntry::group).contains(group);
        assertThat(approvals.sendBack(group, lastMonth, "Kuitansi tanggal 20 belum dilampirkan").state())
                .isEqualTo(ReportState.RETURNED);

        TestUsers.signIn(treasurer);
        assertThat(approvals.awaitingMe()).extracting(MonthEntry::group).containsExactly(group);
        assertThat(approvals.submit(group, lastMonth).state()).isEqualTo(ReportState.SUBMITTED);
        TestUsers.signIn(facilitator);
        assertThat(approvals.accept(group, lastMonth, null).state()).isEqualTo(ReportState.REVIEWED);
        TestUsers.signIn(districtOfficer);
        assertThat(approvals.awaitingMe()).extracting(MonthEntry::group).contains(group);
        MonthStatus approved = approvals.approve(group, lastMonth, "Sesuai");
        assertThat(approved.state()).isEqualTo(ReportState.APPROVED);

        assertThat(new Periods(dsl, clock).isClosed(group, lastMonth)).isTrue();
        assertThat(approved.history()).extracting(ReportEvent::action).containsExactly(ApprovalAction.SUBMIT,
                ApprovalAction.SEND_BACK, ApprovalAction.SUBMIT, ApprovalAction.ACCEPT, ApprovalAction.APPROVE);
        assertThat(approved.history()).extracting(ReportEvent::actor).containsExactly(treasurer.username(),
                facilitator.username(), treasurer.username(), facilitator.username(), districtOfficer.username());
        assertThat(approved.history().get(1).comment()).isEqualTo("Kuitansi tanggal 20 belum dilampirkan");
        assertThat(approved.history().get(4).actorRole()).isEqualTo(Role.DISTRICT_OFFICER);
        assertThat(approvedMonths.approvedMonths(group)).containsExactly(lastMonth);
        assertThat(approvedMonths.isApproved(group, lastMonth)).isTrue();

        // the ledger now refuses a posting into the approved month, in Indonesian; the next month is open
        assertThatThrownBy(() -> contribution(10_000, lastMonth.atDay(25)))
                .isInstanceOfSatisfying(LedgerException.class, e -> {
                    assertThat(e.reason()).isEqualTo(LedgerException.Reason.CLOSED_PERIOD);
                    assertThat(e.getMessage()).contains("sudah ditutup");
                });
        contribution(10_000, lastMonth.plusMonths(1).atDay(1));
        assertThat(refusal(districtOfficer, () -> approvals.approve(group, lastMonth, null)))
                .isEqualTo(ApprovalException.Reason.NOT_ALLOWED_IN_STATE);
    }

    @Test
    void theReportShowsLoansDisbursedRepaidOutstandingAndInArrearsFromTheLedger() {
        YearMonth disbursedIn = lastMonth.minusMonths(3);
        contribution(2_000_000, disbursedIn.atDay(1));
        var member = core.members().activeMembers(group).get(2);
        LoanBook loans = new LoanBook(dsl, clock);
        long loanNo = loans.disburse(group, member.id(), new LoanTerms(1_000_000, FeeMethod.FLAT, new BigDecimal("1.0"),
                Frequency.MONTHLY, 10, 0, disbursedIn.atDay(5)), treasurer.username(), UUID.randomUUID().toString())
                .loanNo();
        loans.repay(group, loanNo, lastMonth.atDay(10), Rupiah.of(300_000), null, treasurer.username(),
                UUID.randomUUID().toString());

        TestUsers.signIn(facilitator);
        MonthlyFigures then = approvals.report(group, disbursedIn).figures();
        assertThat(then.loansDisbursed()).isEqualTo(1_000_000);
        assertThat(then.loansOutstanding()).isEqualTo(1_000_000);
        assertThat(then.closingCash()).isEqualTo(1_000_000);
        MonthlyFigures now = approvals.report(group, lastMonth).figures();
        assertThat(now.loansDisbursed()).isZero();
        assertThat(now.loansRepaid()).isPositive();
        assertThat(now.loansRepaid() + now.totalIncome()).as("principal plus fee").isEqualTo(300_000);
        assertThat(now.loansOutstanding()).isEqualTo(1_000_000 - now.loansRepaid());
        assertThat(now.openingCash() + 300_000).isEqualTo(now.closingCash());
        // the repayment covered the first two installments and part of the third, due on the 5th: late < 30 days
        assertThat(now.arrearsOverdue()).isPositive();
        assertThat(now.atRiskOver30()).isZero();
        // a month earlier nothing had been paid and the first installment was almost two months late
        MonthlyFigures before = approvals.report(group, lastMonth.minusMonths(1)).figures();
        assertThat(before.atRiskOver30()).isEqualTo(1_000_000);
        assertThat(before.arrearsOverdue()).isEqualTo(2 * 110_000);
    }

    @Test
    void onlyTheRightRoleWithinItsScopeMayTakeEachStep() {
        assertThat(refusal(otherTreasurer, () -> approvals.submit(group, lastMonth)))
                .isEqualTo(ApprovalException.Reason.GROUP_NOT_VISIBLE);
        assertThat(refusal(facilitator, () -> approvals.submit(group, lastMonth)))
                .isEqualTo(ApprovalException.Reason.WRONG_ROLE);
        assertThat(refusal(ministry, () -> approvals.submit(group, lastMonth)))
                .isEqualTo(ApprovalException.Reason.WRONG_ROLE);
        TestUsers.signIn(treasurer);
        approvals.submit(group, lastMonth);

        assertThat(refusal(treasurer, () -> approvals.accept(group, lastMonth, null)))
                .isEqualTo(ApprovalException.Reason.WRONG_ROLE);
        assertThat(refusal(otherFacilitator, () -> approvals.accept(group, lastMonth, null)))
                .isEqualTo(ApprovalException.Reason.GROUP_NOT_VISIBLE);
        assertThat(refusal(districtOfficer, () -> approvals.approve(group, lastMonth, null)))
                .isEqualTo(ApprovalException.Reason.NOT_ALLOWED_IN_STATE);
        TestUsers.signIn(facilitator);
        approvals.accept(group, lastMonth, "Lengkap");

        assertThat(refusal(treasurer, () -> approvals.approve(group, lastMonth, null)))
                .isEqualTo(ApprovalException.Reason.WRONG_ROLE);
        assertThat(refusal(facilitator, () -> approvals.approve(group, lastMonth, null)))
                .isEqualTo(ApprovalException.Reason.WRONG_ROLE);
        assertThat(refusal(otherFacilitator, () -> approvals.approve(group, lastMonth, null)))
                .isEqualTo(ApprovalException.Reason.GROUP_NOT_VISIBLE);
        assertThat(refusal(otherDistrictOfficer, () -> approvals.approve(group, lastMonth, null)))
                .isEqualTo(ApprovalException.Reason.GROUP_NOT_VISIBLE);
        assertThat(refusal(ministry, () -> approvals.approve(group, lastMonth, null)))
                .isEqualTo(ApprovalException.Reason.WRONG_ROLE);

        TestUsers.signIn(ministry);
        MonthStatus status = approvals.status(group, lastMonth);
        assertThat(status.state()).isEqualTo(ReportState.REVIEWED);
        assertThat(status.history()).hasSize(2);
        assertThat(new Periods(dsl, clock).isClosed(group, lastMonth)).isFalse();
        assertThat(refusal(otherTreasurer, () -> approvals.status(group, lastMonth)))
                .isEqualTo(ApprovalException.Reason.GROUP_NOT_VISIBLE);
        TestUsers.signIn(otherTreasurer);
        assertThat(approvedMonths.state(group, lastMonth)).isEqualTo(ReportState.NOT_SUBMITTED);
    }

    @Test
    void aMonthIsSubmittedOnlyOnceItHasEndedAndOnlyFromTheGroupsFormation() {
        assertThat(refusal(treasurer, () -> approvals.submit(group, YearMonth.now(clock))))
                .isEqualTo(ApprovalException.Reason.MONTH_NOT_ENDED);
        assertThat(refusal(treasurer, () -> approvals.submit(group, YearMonth.of(2020, 1))))
                .isEqualTo(ApprovalException.Reason.MONTH_BEFORE_FORMATION);
    }

    @Test
    void booksChangedAfterSubmissionAreNotAcceptedUntilSubmittedAgain() {
        contribution(500_000, lastMonth.atDay(5));
        TestUsers.signIn(treasurer);
        approvals.submit(group, lastMonth);
        contribution(75_000, lastMonth.atDay(28));

        assertThat(refusal(facilitator, () -> approvals.accept(group, lastMonth, null)))
                .isEqualTo(ApprovalException.Reason.FIGURES_CHANGED);
        TestUsers.signIn(facilitator);
        assertThat(approvals.status(group, lastMonth).state()).isEqualTo(ReportState.SUBMITTED);
        approvals.sendBack(group, lastMonth, "Ada setoran baru tanggal 28");
        TestUsers.signIn(treasurer);
        assertThat(approvals.submit(group, lastMonth).submitted().contributions()).isEqualTo(575_000);
        TestUsers.signIn(facilitator);
        assertThat(approvals.accept(group, lastMonth, null).state()).isEqualTo(ReportState.REVIEWED);
    }

    @Test
    void aGroupWithoutBooksCanStillBeApprovedAndItsEmptyMonthIsLocked() {
        TestUsers.signIn(treasurer);
        assertThat(approvals.report(group, lastMonth).booksOpen()).isFalse();
        approvals.submit(group, lastMonth);
        TestUsers.signIn(facilitator);
        approvals.accept(group, lastMonth, null);
        TestUsers.signIn(districtOfficer);
        approvals.approve(group, lastMonth, null);
        assertThat(new Periods(dsl, clock).isClosed(group, lastMonth)).isTrue();
    }

    @Test
    void theHistoryIsAppendOnly() {
        TestUsers.signIn(treasurer);
        approvals.submit(group, lastMonth);
        assertThatThrownBy(() -> dsl.update(MONTHLY_REPORT_EVENT).set(MONTHLY_REPORT_EVENT.COMMENT, "diubah")
                .where(MONTHLY_REPORT_EVENT.GROUP_ID.eq(group.value())).execute())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> dsl.deleteFrom(MONTHLY_REPORT_EVENT)
                .where(MONTHLY_REPORT_EVENT.GROUP_ID.eq(group.value())).execute())
                .hasMessageContaining("append-only");
    }

    @Test
    void theSummaryCountsTheMonthsOfTheGroupsInTheUsersAggregates() {
        TestUsers.signIn(treasurer);
        approvals.submit(group, lastMonth);
        TestUsers.signIn(treasurer);
        var mine = approvedMonths.summary(lastMonth);
        assertThat(mine.get(ReportState.SUBMITTED)).isEqualTo(1);
        assertThat(mine.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
        TestUsers.signIn(otherTreasurer);
        var theirs = approvedMonths.summary(lastMonth);
        assertThat(theirs.get(ReportState.NOT_SUBMITTED)).isEqualTo(1);
        assertThat(theirs.get(ReportState.SUBMITTED)).isZero();
    }
}
