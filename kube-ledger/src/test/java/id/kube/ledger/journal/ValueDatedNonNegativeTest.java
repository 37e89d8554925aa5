package id.kube.ledger.journal;

import static id.kube.ledger.LedgerFixture.CASH;
import static id.kube.ledger.LedgerFixture.EXPENSES;
import static id.kube.ledger.LedgerFixture.SALES;
import static id.kube.ledger.LedgerFixture.key;
import static id.kube.ledger.persistence.jooq.Tables.ACCOUNT;
import static id.kube.ledger.persistence.jooq.Tables.ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import id.kube.core.group.GroupId;
import id.kube.ledger.LedgerException;
import id.kube.ledger.LedgerFixture;
import id.kube.ledger.report.Reports;
import id.kube.testing.TestDatabase;

/**
 * The non-negative rule holds for value-dated history, not only for today's balance: an account flagged
 * non-negative (cash, bank, loans receivable, savings, IKS fund…) must not be below zero at the end of any value
 * date, counting every entry with that value date or an earlier one. A back-dated spend is refused when it would
 * overdraw the day it is dated or any later day.
 */
@TestDatabase
class ValueDatedNonNegativeTest {

    private static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    private final LedgerFixture f;

    ValueDatedNonNegativeTest(DataSource dataSource) {
        this.f = new LedgerFixture(dataSource);
    }

    @Test
    void aBackDatedSpendThatWouldOverdrawItsOwnDayIsRefusedAndNamesTheDay() {
        GroupId g = f.groupWithGrant(1_000_000);
        f.transfer(g, CASH, SALES, 500_000, march(20));
        // today's balance would stay positive (1.5 M − 1.2 M), but on 10 March the cash box held only 1 M
        assertRefused(g, "10/03/2026", () -> f.transfer(g, EXPENSES, CASH, 1_200_000, march(10)));
        assertThat(cashOn(g, march(10))).isEqualTo(1_000_000);
    }

    @Test
    void aBackDatedSpendThatWouldOverdrawALaterDayIsRefusedAndNamesThatDay() {
        GroupId g = f.groupWithGrant(1_000_000);
        f.transfer(g, EXPENSES, CASH, 900_000, march(20));
        f.transfer(g, CASH, SALES, 1_000_000, march(25));
        // on 15 March 1 M − 0.2 M is fine, but on 20 March the 0.9 M spend would then leave −0.1 M
        assertRefused(g, "20/03/2026", () -> f.transfer(g, EXPENSES, CASH, 200_000, march(15)));
    }

    @Test
    void aBackDatedSpendThatEveryLaterDayCanCarryIsPosted() {
        GroupId g = f.groupWithGrant(1_000_000);
        f.transfer(g, EXPENSES, CASH, 900_000, march(20));
        f.transfer(g, CASH, SALES, 1_000_000, march(25));
        f.transfer(g, EXPENSES, CASH, 100_000, march(15));
        assertThat(cashOn(g, march(20))).isZero();
        assertThat(cashOn(g, march(31))).isEqualTo(1_000_000);
    }

    @Test
    void aBackDatedIncomeIsAlwaysPosted() {
        GroupId g = f.groupWithGrant(1_000_000);
        f.transfer(g, EXPENSES, CASH, 1_000_000, march(20));
        f.transfer(g, CASH, SALES, 50_000, march(1));
        assertThat(cashOn(g, march(31))).isEqualTo(50_000);
    }

    @Test
    void withinOneBatchASpendDatedBeforeTheIncomeThatCoversItIsRefused() {
        GroupId g = f.openGroup();
        NewEntry income = LedgerFixture.entry(g, key(), CASH, SALES, 100_000, march(12), null);
        NewEntry spendTheDayBefore = LedgerFixture.entry(g, key(), EXPENSES, CASH, 100_000, march(11), null);
        // the batch nets to zero, so today's balance alone would allow it
        assertRefused(g, "11/03/2026", () -> f.journal.post(List.of(income, spendTheDayBefore)));

        NewEntry spendTheDayAfter = LedgerFixture.entry(g, key(), EXPENSES, CASH, 100_000, march(13), null);
        assertThat(f.journal.post(List.of(income, spendTheDayAfter))).hasSize(2);
        assertThat(cashOn(g, march(12))).isEqualTo(100_000);
        assertThat(cashOn(g, march(13))).isZero();
    }

    @Test
    void aLargeBatchKeepsTheRuleToo() {
        GroupId g = f.groupWithGrant(1_000);
        f.transfer(g, CASH, SALES, 1_000_000, march(20));
        List<NewEntry> batch = new java.util.ArrayList<>();
        for (int i = 0; i < Posting.COPY_THRESHOLD; i++) {
            batch.add(LedgerFixture.entry(g, key(), EXPENSES, CASH, 100, march(5), null));
        }
        // 200 × Rp100 on 5 March against Rp1.000 in the box that day
        assertRefused(g, "05/03/2026", () -> f.journal.post(batch));
    }

    private long cashOn(GroupId g, LocalDate day) {
        return new Reports(f.dsl).balancesAsOf(g, day).stream().filter(b -> b.account().code().equals(CASH)).findFirst().orElseThrow().normal();
    }

    private void assertRefused(GroupId g, String day, Supplier<?> action) {
        int before = f.dsl.fetchCount(ENTRY, ENTRY.GROUP_ID.eq(g.value()));
        long cash = f.dsl.select(ACCOUNT.BALANCE).from(ACCOUNT).where(ACCOUNT.GROUP_ID.eq(g.value()), ACCOUNT.CODE.eq(CASH)).fetchOne().value1();
        assertThatThrownBy(action::get).isInstanceOfSatisfying(LedgerException.class, e -> {
            assertThat(e.reason()).isEqualTo(LedgerException.Reason.INSUFFICIENT_FUNDS);
            assertThat(e.getMessage()).contains("Saldo akun " + CASH).contains(day);
        });
        assertThat(f.dsl.fetchCount(ENTRY, ENTRY.GROUP_ID.eq(g.value()))).as("entries written").isEqualTo(before);
        assertThat(f.dsl.select(ACCOUNT.BALANCE).from(ACCOUNT).where(ACCOUNT.GROUP_ID.eq(g.value()), ACCOUNT.CODE.eq(CASH)).fetchOne().value1())
                .as("cash balance").isEqualTo(cash);
    }
}
