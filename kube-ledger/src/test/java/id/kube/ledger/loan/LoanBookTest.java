package id.kube.ledger.loan;

import static id.kube.ledger.LedgerFixture.*;
import static id.kube.ledger.persistence.jooq.Tables.ENTRY;
import static id.kube.ledger.persistence.jooq.Tables.LOAN;
import static id.kube.ledger.persistence.jooq.Tables.LOAN_ALLOCATION;
import static id.kube.ledger.persistence.jooq.Tables.LOAN_SCHEDULE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import id.kube.core.group.GroupId;
import id.kube.core.member.MemberId;
import id.kube.core.money.Rupiah;
import id.kube.ledger.LedgerException;
import id.kube.ledger.LedgerFixture;
import id.kube.ledger.account.AccountRole;
import id.kube.ledger.account.BookSettings;
import id.kube.ledger.account.OverpaymentPolicy;
import id.kube.ledger.check.InvariantChecker;
import id.kube.ledger.report.Reports;
import id.kube.testing.TestDatabase;

@TestDatabase
class LoanBookTest {

    private static final LocalDate JAN_15 = LocalDate.of(2026, 1, 15);

    private final LedgerFixture f;
    private final LoanBook loans;
    private final Reports reports;
    private final MemberId siti = MemberId.random();

    LoanBookTest(DataSource dataSource) {
        this.f = new LedgerFixture(dataSource);
        this.loans = new LoanBook(f.dsl, CLOCK);
        this.reports = new Reports(f.dsl);
    }

    private static LoanTerms tenMonthsFlat2Percent(long principal) {
        return new LoanTerms(principal, FeeMethod.FLAT, new BigDecimal("2"), Frequency.MONTHLY, 10, 0, JAN_15);
    }

    private long balance(GroupId g, String code, LocalDate on) {
        return reports.balancesAsOf(g, on).stream().filter(b -> b.account().code().equals(code)).findFirst().orElseThrow().normal();
    }

    @Test
    void aLoanIsDisbursedOnlyFromCashTheGroupHas() {
        GroupId g = f.groupWithGrant(2_000_000);
        Loan loan = loans.disburse(g, siti, tenMonthsFlat2Percent(1_000_000), "bendahara", key());
        assertThat(loan.loanNo()).isEqualTo(1);
        assertThat(loan.outstanding()).isEqualTo(1_200_000);
        assertThat(balance(g, CASH, JAN_15)).isEqualTo(1_000_000);
        assertThat(balance(g, LOANS, JAN_15)).isEqualTo(1_000_000);

        int entries = f.dsl.fetchCount(ENTRY, ENTRY.GROUP_ID.eq(g.value()));
        assertThatThrownBy(() -> loans.disburse(g, siti, tenMonthsFlat2Percent(1_000_001), "bendahara", key()))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.reason()).isEqualTo(LedgerException.Reason.INSUFFICIENT_FUNDS));
        assertThat(f.dsl.fetchCount(ENTRY, ENTRY.GROUP_ID.eq(g.value()))).isEqualTo(entries);
        assertThat(f.dsl.fetchCount(LOAN, LOAN.GROUP_ID.eq(g.value()))).isEqualTo(1);
    }

    @Test
    void repaymentsPayFeeFirstThenPrincipalOldestInstallmentFirst() {
        GroupId g = f.groupWithGrant(2_000_000);
        Loan loan = loans.disburse(g, siti, tenMonthsFlat2Percent(1_000_000), "bendahara", key());
        RepaymentResult early = loans.repay(g, loan.loanNo(), LocalDate.of(2026, 2, 10), Rupiah.of(50_000), null, "bendahara", key());
        assertThat(early.feePaid()).isEqualTo(20_000);
        assertThat(early.principalPaid()).isEqualTo(30_000);
        RepaymentResult late = loans.repay(g, loan.loanNo(), LocalDate.of(2026, 3, 20), Rupiah.of(200_000), null, "bendahara", key());
        assertThat(late.feePaid()).isEqualTo(30_000);      // installment 2's fee, then installment 3's fee (10,000 of 20,000)
        assertThat(late.principalPaid()).isEqualTo(170_000); // installment 1's 70,000, installment 2's 100,000
        Loan now = loans.loan(g, loan.loanNo());
        assertThat(now.outstandingPrincipal()).isEqualTo(800_000);
        assertThat(now.installments().get(2).feeOwed()).isEqualTo(10_000);
        assertThat(balance(g, FEES, LocalDate.of(2026, 3, 31))).isEqualTo(50_000);
        assertThat(balance(g, LOANS, LocalDate.of(2026, 3, 31))).isEqualTo(800_000);

        LoanArrears april = loans.arrears(g, loan.loanNo(), LocalDate.of(2026, 4, 20));
        assertThat(april.daysPastDue()).isEqualTo(5);
        assertThat(april.overdue()).isEqualTo(110_000);
        LoanArrears march1 = loans.arrears(g, loan.loanNo(), LocalDate.of(2026, 3, 1));
        assertThat(march1.daysPastDue()).isEqualTo(14);
        assertThat(march1.overdue()).isEqualTo(70_000);

        Portfolio portfolio = loans.portfolio(g, LocalDate.of(2026, 4, 20));
        assertThat(portfolio.outstandingPrincipal()).isEqualTo(800_000);
        assertThat(portfolio.par0()).isEqualByComparingTo("1");
        assertThat(portfolio.par30()).isEqualByComparingTo("0");
        assertThat(portfolio.repaymentRate()).isEqualByComparingTo("0.6944"); // 250,000 of 360,000 due
    }

    @Test
    void anOverpaymentIsRefusedOrKeptAsSavingsByPolicyNeverLost() {
        GroupId g = f.groupWithGrant(2_000_000);
        Loan loan = loans.disburse(g, siti, tenMonthsFlat2Percent(1_000_000), "bendahara", key());
        int entries = f.dsl.fetchCount(ENTRY, ENTRY.GROUP_ID.eq(g.value()));
        assertThatThrownBy(() -> loans.repay(g, loan.loanNo(), LocalDate.of(2026, 2, 15), Rupiah.of(1_200_001), null, "bendahara", key()))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.reason()).isEqualTo(LedgerException.Reason.OVERPAYMENT));
        assertThat(f.dsl.fetchCount(ENTRY, ENTRY.GROUP_ID.eq(g.value()))).isEqualTo(entries);
        assertThat(f.dsl.fetchCount(LOAN_ALLOCATION, LOAN_ALLOCATION.GROUP_ID.eq(g.value()))).isZero();

        f.books.changeSettings(g, new BookSettings(OverpaymentPolicy.HOLD_AS_SAVINGS));
        RepaymentResult payoff = loans.repay(g, loan.loanNo(), LocalDate.of(2026, 2, 15), Rupiah.of(1_205_000), null, "bendahara", key());
        assertThat(payoff.loanClosed()).isTrue();
        assertThat(payoff.heldAsSavings()).isEqualTo(5_000);
        assertThat(reports.memberStatement(g, siti, JAN_15, LocalDate.of(2026, 12, 31)).closing(AccountRole.VOLUNTARY_SAVINGS)).isEqualTo(5_000);
        assertThat(loans.loan(g, loan.loanNo()).status()).isEqualTo(LoanStatus.CLOSED);

        assertThatThrownBy(() -> loans.repay(g, loan.loanNo(), LocalDate.of(2026, 3, 15), Rupiah.of(1_000), null, "bendahara", key()))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.reason()).isEqualTo(LedgerException.Reason.LOAN_NOT_ACTIVE));
        assertThat(new InvariantChecker(f.dsl).check(g).violations()).isEmpty();
    }

    @Test
    void aRetriedRepaymentIsRecordedOnceAndOtherContentUnderItsKeyIsRefused() {
        GroupId g = f.groupWithGrant(2_000_000);
        Loan loan = loans.disburse(g, siti, tenMonthsFlat2Percent(1_000_000), "bendahara", key());
        String k = key();
        RepaymentResult first = loans.repay(g, loan.loanNo(), LocalDate.of(2026, 2, 15), Rupiah.of(120_000), Rupiah.of(2_000), "bendahara", k);
        RepaymentResult again = loans.repay(g, loan.loanNo(), LocalDate.of(2026, 2, 15), Rupiah.of(120_000), Rupiah.of(2_000), "bendahara", k);
        assertThat(again.replayed()).isTrue();
        assertThat(again.entry().entryNo()).isEqualTo(first.entry().entryNo());
        assertThat(again.feePaid()).isEqualTo(first.feePaid());
        assertThat(again.iksContribution()).isEqualTo(2_000);
        assertThat(loans.loan(g, loan.loanNo()).outstanding()).isEqualTo(1_080_000);
        assertThat(balance(g, IKS, LocalDate.of(2026, 2, 15))).isEqualTo(2_000);
        assertThatThrownBy(() -> loans.repay(g, loan.loanNo(), LocalDate.of(2026, 2, 15), Rupiah.of(99_000), null, "bendahara", k))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.reason()).isEqualTo(LedgerException.Reason.IDEMPOTENCY_CONFLICT));
    }

    @Test
    void aRepaymentWithItsIksShareIsAllOrNothing() {
        GroupId g = f.groupWithGrant(2_000_000);
        Loan loan = loans.disburse(g, siti, tenMonthsFlat2Percent(1_000_000), "bendahara", key());
        String k = key();
        // the IKS half of the batch collides with an earlier entry: the repayment half must not stay behind
        f.journal.post(LedgerFixture.entry(g, k + "/iks", CASH, SALES, 7, LocalDate.of(2026, 2, 1), null));
        int entries = f.dsl.fetchCount(ENTRY, ENTRY.GROUP_ID.eq(g.value()));
        assertThatThrownBy(() -> loans.repay(g, loan.loanNo(), LocalDate.of(2026, 2, 15), Rupiah.of(120_000), Rupiah.of(2_000), "bendahara", k))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.reason()).isEqualTo(LedgerException.Reason.IDEMPOTENCY_CONFLICT));
        assertThat(f.dsl.fetchCount(ENTRY, ENTRY.GROUP_ID.eq(g.value()))).isEqualTo(entries);
        assertThat(f.dsl.fetchCount(LOAN_ALLOCATION, LOAN_ALLOCATION.GROUP_ID.eq(g.value()))).isZero();
        assertThat(loans.loan(g, loan.loanNo()).outstanding()).isEqualTo(1_200_000);
    }

    @Test
    void restructuringKeepsTheOldScheduleAndCapitalizesOverdueFeeWithAnEntry() {
        GroupId g = f.groupWithGrant(2_000_000);
        Loan loan = loans.disburse(g, siti, tenMonthsFlat2Percent(1_000_000), "bendahara", key());
        loans.repay(g, loan.loanNo(), LocalDate.of(2026, 2, 15), Rupiah.of(120_000), null, "bendahara", key());
        Restructuring covid = new Restructuring(LocalDate.of(2026, 5, 1), FeeMethod.DECLINING, new BigDecimal("1"), Frequency.MONTHLY,
                12, 2, true, "Gagal panen karena banjir", "pendamping");
        assertThatThrownBy(() -> loans.restructure(g, loan.loanNo(), new Restructuring(covid.on(), covid.feeMethod(), covid.monthlyFeeRatePercent(),
                covid.frequency(), 12, 2, true, "x", "bendahara"), "bendahara", key()))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.reason()).isEqualTo(LedgerException.Reason.INVALID_INPUT));
        Loan restructured = loans.restructure(g, loan.loanNo(), covid, "bendahara", key());
        // 900,000 principal outstanding + fee of the installments due Mar 15 and Apr 15 (2 x 20,000) capitalized
        assertThat(restructured.currentVersion()).isEqualTo(2);
        assertThat(restructured.schedule().totalPrincipal()).isEqualTo(940_000);
        assertThat(restructured.outstandingPrincipal()).isEqualTo(940_000);
        assertThat(restructured.installments().getFirst().installment().dueOn()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(balance(g, LOANS, LocalDate.of(2026, 5, 1))).isEqualTo(940_000);
        assertThat(f.dsl.fetchCount(LOAN_SCHEDULE, LOAN_SCHEDULE.GROUP_ID.eq(g.value()))).isEqualTo(2);
        // as of April 30 the old schedule was in force and installment 2 (due March 15) was still unpaid
        assertThat(loans.arrears(g, loan.loanNo(), LocalDate.of(2026, 4, 30)).daysPastDue()).isEqualTo(46);
        assertThat(loans.arrears(g, loan.loanNo(), LocalDate.of(2026, 5, 2)).daysPastDue()).isZero();
    }

    @Test
    void aWriteOffNeedsAnotherPersonsApprovalAndClearsTheReceivable() {
        GroupId g = f.groupWithGrant(2_000_000);
        Loan loan = loans.disburse(g, siti, tenMonthsFlat2Percent(1_000_000), "bendahara", key());
        loans.repay(g, loan.loanNo(), LocalDate.of(2026, 2, 15), Rupiah.of(120_000), null, "bendahara", key());
        assertRefused(LedgerException.Reason.INVALID_INPUT,
                () -> loans.writeOff(g, loan.loanNo(), LocalDate.of(2026, 12, 1), "meninggal dunia", "bendahara", "bendahara", key()));
        Loan gone = loans.writeOff(g, loan.loanNo(), LocalDate.of(2026, 12, 1), "Anggota meninggal dunia", "ketua kelompok", "bendahara", key());
        assertThat(gone.status()).isEqualTo(LoanStatus.WRITTEN_OFF);
        assertThat(balance(g, LOANS, LocalDate.of(2026, 12, 1))).isZero();
        assertThat(balance(g, "5301", LocalDate.of(2026, 12, 1))).isEqualTo(900_000);
        assertThat(loans.portfolio(g, LocalDate.of(2026, 12, 2)).outstandingPrincipal()).isZero();
        assertThat(loans.portfolio(g, LocalDate.of(2026, 11, 30)).outstandingPrincipal()).isEqualTo(900_000);
        assertRefused(LedgerException.Reason.LOAN_NOT_ACTIVE,
                () -> loans.repay(g, loan.loanNo(), LocalDate.of(2026, 12, 5), Rupiah.of(1_000), null, "bendahara", key()));
        assertRefused(LedgerException.Reason.UNKNOWN_LOAN,
                () -> loans.repay(g, 77, LocalDate.of(2026, 12, 5), Rupiah.of(1_000), null, "bendahara", key()));
    }

    @Test
    void restructuringAndWriteOffKeepTheirHistoryWithReasonAndApproval() {
        GroupId g = f.groupWithGrant(2_000_000);
        Loan loan = loans.disburse(g, siti, tenMonthsFlat2Percent(1_000_000), "bendahara", key());
        loans.repay(g, loan.loanNo(), LocalDate.of(2026, 2, 15), Rupiah.of(120_000), null, "bendahara", key());
        loans.restructure(g, loan.loanNo(), new Restructuring(LocalDate.of(2026, 5, 1), FeeMethod.FLAT, new BigDecimal("1"), Frequency.MONTHLY,
                6, 1, false, "Gagal panen karena banjir", "pendamping"), "bendahara", key());
        loans.writeOff(g, loan.loanNo(), LocalDate.of(2026, 12, 1), "Anggota meninggal dunia", "ketua kelompok", "bendahara", key());

        LoanHistory history = loans.history(g, loan.loanNo());
        assertThat(history.schedules()).extracting(LoanHistory.ScheduleVersion::version).containsExactly(1, 2);
        Schedule original = history.schedules().getFirst().schedule();
        assertThat(original.installments()).hasSize(10);
        assertThat(original.totalPrincipal()).isEqualTo(1_000_000);
        Schedule rescheduled = history.schedules().get(1).schedule();
        assertThat(rescheduled.installments()).hasSize(6);
        assertThat(rescheduled.totalPrincipal()).isEqualTo(900_000); // nothing capitalised
        assertThat(rescheduled.installments().getFirst().dueOn()).isEqualTo(LocalDate.of(2026, 7, 1)); // one month of grace

        assertThat(history.events()).hasSize(2);
        LoanEvent restructured = history.events().getFirst();
        assertThat(restructured.kind()).isEqualTo(LoanEvent.Kind.RESTRUCTURED);
        assertThat(restructured.fromVersion()).isEqualTo(1);
        assertThat(restructured.toVersion()).isEqualTo(2);
        assertThat(restructured.outstandingPrincipal()).isEqualTo(900_000);
        assertThat(restructured.reason()).isEqualTo("Gagal panen karena banjir");
        assertThat(restructured.approvedBy()).isEqualTo("pendamping");
        assertThat(restructured.recordedBy()).isEqualTo("bendahara");
        assertThat(restructured.entryNo()).isNull();
        LoanEvent writtenOff = history.events().get(1);
        assertThat(writtenOff.kind()).isEqualTo(LoanEvent.Kind.WRITTEN_OFF);
        assertThat(writtenOff.occurredOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(writtenOff.approvedBy()).isEqualTo("ketua kelompok");
        assertThat(writtenOff.recordedBy()).isEqualTo("bendahara");
        assertThat(writtenOff.recordedAt()).isEqualTo(CLOCK.instant());
        assertThat(writtenOff.entryNo()).isNotNull();
        assertThat(f.dsl.select(ENTRY.KIND).from(ENTRY).where(ENTRY.GROUP_ID.eq(g.value()), ENTRY.ENTRY_NO.eq(writtenOff.entryNo()))
                .fetchOne().value1()).isEqualTo("LOAN_WRITE_OFF");
    }

    @Test
    void thePortfolioAsTheBooksSaidThenLeavesOutWhatWasBookedLater() {
        GroupId g = f.groupWithGrant(2_000_000);
        // disbursed with value date 15 January, written into the books on 15 March (CLOCK)
        Loan loan = loans.disburse(g, siti, tenMonthsFlat2Percent(1_000_000), "bendahara", key());
        // the 15 February installment, paid on time, written in on 20 March
        new LoanBook(f.dsl, clockAt("2026-03-20T03:00:00Z"))
                .repay(g, loan.loanNo(), LocalDate.of(2026, 2, 15), Rupiah.of(120_000), null, "bendahara", key());
        // written off with value date 1 April, recorded on 10 April
        new LoanBook(f.dsl, clockAt("2026-04-10T03:00:00Z"))
                .writeOff(g, loan.loanNo(), LocalDate.of(2026, 4, 1), "Anggota pindah tanpa kabar", "ketua kelompok", "bendahara", key());

        // as of 1 February, as known on 1 March: no loan had been booked yet
        assertThat(loans.portfolio(g, LocalDate.of(2026, 2, 1), Instant.parse("2026-03-01T00:00:00Z")).loans()).isEmpty();
        // as known today the loan was there on 1 February
        assertThat(loans.portfolio(g, LocalDate.of(2026, 2, 1)).outstandingPrincipal()).isEqualTo(1_000_000);

        LocalDate march16 = LocalDate.of(2026, 3, 16);
        Portfolio thenKnown = loans.portfolio(g, march16, Instant.parse("2026-03-17T00:00:00Z"));
        assertThat(thenKnown.outstandingPrincipal()).isEqualTo(1_000_000);
        assertThat(thenKnown.dueToDate()).isEqualTo(240_000);
        assertThat(thenKnown.paidOnDueToDate()).isZero();
        assertThat(thenKnown.repaymentRate()).isEqualByComparingTo("0");
        assertThat(thenKnown.loans().getFirst().daysPastDue()).isEqualTo(29); // since 15 February
        Portfolio laterKnown = loans.portfolio(g, march16, Instant.parse("2026-03-21T00:00:00Z"));
        assertThat(laterKnown.outstandingPrincipal()).isEqualTo(900_000);
        assertThat(laterKnown.paidOnDueToDate()).isEqualTo(120_000);
        assertThat(laterKnown.repaymentRate()).isEqualByComparingTo("0.5");
        assertThat(laterKnown.loans().getFirst().daysPastDue()).isEqualTo(1); // since 15 March
        assertThat(laterKnown).isEqualTo(loans.portfolio(g, march16));

        LocalDate april5 = LocalDate.of(2026, 4, 5);
        assertThat(loans.portfolio(g, april5, Instant.parse("2026-04-06T00:00:00Z")).outstandingPrincipal()).isEqualTo(900_000);
        assertThat(loans.portfolio(g, april5, Instant.parse("2026-04-06T00:00:00Z")).par0()).isEqualByComparingTo("1"); // 15 March unpaid, 21 days
        assertThat(loans.portfolio(g, april5, Instant.parse("2026-04-11T00:00:00Z")).outstandingPrincipal()).isZero();
    }

    private static Clock clockAt(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    private static void assertRefused(LedgerException.Reason reason, Supplier<?> action) {
        assertThatThrownBy(action::get).isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
