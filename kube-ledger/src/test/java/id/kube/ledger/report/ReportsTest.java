package id.kube.ledger.report;

import static id.kube.ledger.LedgerFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import id.kube.core.group.GroupId;
import id.kube.core.member.MemberId;
import id.kube.ledger.LedgerFixture;
import id.kube.ledger.account.AccountRole;
import id.kube.testing.TestDatabase;

@TestDatabase
class ReportsTest {

    private final LedgerFixture f;
    private final Reports reports;

    ReportsTest(DataSource dataSource) {
        this.f = new LedgerFixture(dataSource);
        this.reports = new Reports(f.dsl);
    }

    @Test
    void balancesAsOfAPastDateShowTheBooksAsTheyWereThen() {
        GroupId g = f.groupWithGrant(5_000_000);
        f.transfer(g, PURCHASES, CASH, 400_000, LocalDate.of(2026, 2, 5));
        f.transfer(g, CASH, SALES, 650_000, LocalDate.of(2026, 3, 5));
        assertThat(cash(g, LocalDate.of(2026, 1, 31))).isEqualTo(5_000_000);
        assertThat(cash(g, LocalDate.of(2026, 2, 28))).isEqualTo(4_600_000);
        assertThat(cash(g, LocalDate.of(2026, 3, 31))).isEqualTo(5_250_000);
    }

    private long cash(GroupId g, LocalDate date) {
        return reports.balancesAsOf(g, date).stream().filter(b -> b.account().code().equals(CASH)).findFirst().orElseThrow().normal();
    }

    @Test
    void theReportsAgreeWithEachOther() {
        GroupId g = f.groupWithGrant(5_000_000);
        MemberId siti = MemberId.random();
        f.journal.post(LedgerFixture.entry(g, key(), CASH, PRINCIPAL, 50_000, LocalDate.of(2026, 1, 10), siti));
        f.journal.post(LedgerFixture.entry(g, key(), CASH, MANDATORY, 10_000, LocalDate.of(2026, 1, 10), siti));
        f.journal.post(LedgerFixture.entry(g, key(), CASH, SAVINGS, 25_000, LocalDate.of(2026, 2, 10), siti));
        f.transfer(g, PURCHASES, CASH, 1_200_000, LocalDate.of(2026, 2, 12));
        f.transfer(g, CASH, SALES, 1_750_000, LocalDate.of(2026, 2, 20));
        f.transfer(g, EXPENSES, CASH, 80_000, LocalDate.of(2026, 3, 1));
        f.transfer(g, BANK, CASH, 1_000_000, LocalDate.of(2026, 3, 2));
        LocalDate end = LocalDate.of(2026, 3, 31);

        TrialBalance trial = reports.trialBalance(g, end);
        assertThat(trial.net()).isZero();
        assertThat(trial.totalDebits()).isPositive();

        BalanceSheet sheet = reports.balanceSheet(g, end);
        assertThat(sheet.totalAssets()).isEqualTo(sheet.totalLiabilities() + sheet.totalEquity() + sheet.currentSurplus());

        IncomeStatement income = reports.incomeStatement(g, LocalDate.of(2026, 1, 1), end);
        assertThat(income.surplus()).isEqualTo(1_750_000 - 1_200_000 - 80_000).isEqualTo(sheet.currentSurplus());

        CashBook cashBook = reports.cashBook(g, CASH, LocalDate.of(2026, 2, 1), end);
        assertThat(cashBook.opening()).isEqualTo(5_060_000);
        assertThat(cashBook.closing()).isEqualTo(cash(g, end));
        assertThat(cashBook.lines()).hasSize(5);

        MemberStatement statement = reports.memberStatement(g, siti, LocalDate.of(2026, 1, 1), end);
        assertThat(statement.lines()).hasSize(6);
        assertThat(statement.closing(AccountRole.PRINCIPAL_CONTRIBUTIONS)).isEqualTo(50_000);
        assertThat(statement.closing(AccountRole.MANDATORY_CONTRIBUTIONS)).isEqualTo(10_000);
        assertThat(statement.closing(AccountRole.VOLUNTARY_SAVINGS)).isEqualTo(25_000);
    }
}
