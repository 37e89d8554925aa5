package id.kube.ledger.journal;

import static id.kube.ledger.LedgerFixture.*;
import static id.kube.ledger.persistence.jooq.Tables.ACCOUNT;
import static id.kube.ledger.persistence.jooq.Tables.ENTRY;
import static id.kube.ledger.persistence.jooq.Tables.LEG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.javamoney.moneta.Money;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import id.kube.core.group.GroupId;
import id.kube.core.member.MemberId;
import id.kube.core.money.Rupiah;
import id.kube.ledger.LedgerException;
import id.kube.ledger.LedgerFixture;
import id.kube.ledger.account.AccountId;
import id.kube.testing.TestDatabase;

@TestDatabase
class JournalTest {

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 10);

    private final LedgerFixture f;

    JournalTest(DataSource dataSource) {
        this.f = new LedgerFixture(dataSource);
    }

    private long balance(GroupId g, String code) {
        return f.dsl.select(ACCOUNT.BALANCE).from(ACCOUNT).where(ACCOUNT.GROUP_ID.eq(g.value()), ACCOUNT.CODE.eq(code)).fetchOne(ACCOUNT.BALANCE);
    }

    private int entries(GroupId g) {
        return f.dsl.fetchCount(ENTRY, ENTRY.GROUP_ID.eq(g.value()));
    }

    @Test
    void aBalancedEntryMovesBothBalancesAndNumbersTheJournal() {
        GroupId g = f.groupWithGrant(10_000_000);
        PostedEntry sale = f.journal.post(NewEntry.builder(g, "sale-1").kind(EntryKind.SALE).valueDate(MARCH)
                .description("Jual keripik").postedBy("bendahara")
                .debit(CASH, Rupiah.of(250_000)).credit(SALES, Rupiah.of(250_000)).build());
        assertThat(sale.entryNo()).isEqualTo(2);
        assertThat(sale.replayed()).isFalse();
        assertThat(balance(g, CASH)).isEqualTo(10_250_000);
        assertThat(balance(g, SALES)).isEqualTo(-250_000);
    }

    @Test
    void theSameKeyWithTheSameContentReturnsTheFirstResult() {
        GroupId g = f.groupWithGrant(1_000_000);
        NewEntry e = LedgerFixture.entry(g, "meeting-7-contribution", CASH, MANDATORY, 10_000, MARCH, MemberId.random());
        PostedEntry first = f.journal.post(e);
        PostedEntry again = f.journal.post(e);
        assertThat(again.entryNo()).isEqualTo(first.entryNo());
        assertThat(again.replayed()).isTrue();
        assertThat(balance(g, CASH)).isEqualTo(1_010_000);
        assertThat(entries(g)).isEqualTo(2);
    }

    @Test
    void theSameKeyWithOtherContentIsRefusedAndWritesNothing() {
        GroupId g = f.groupWithGrant(1_000_000);
        f.journal.post(LedgerFixture.entry(g, "dup", CASH, SALES, 10_000, MARCH, null));
        assertRefused(g, LedgerException.Reason.IDEMPOTENCY_CONFLICT,
                () -> f.journal.post(LedgerFixture.entry(g, "dup", CASH, SALES, 10_001, MARCH, null)));
    }

    @Test
    void aLinkedBatchIsAllOrNothing() {
        GroupId g = f.groupWithGrant(100_000);
        NewEntry ok = LedgerFixture.entry(g, key(), CASH, MANDATORY, 10_000, MARCH, null);
        NewEntry overspend = LedgerFixture.entry(g, key(), EXPENSES, CASH, 500_000, MARCH, null);
        assertRefused(g, LedgerException.Reason.INSUFFICIENT_FUNDS, () -> f.journal.post(List.of(ok, overspend)));
        assertThat(f.dsl.fetchCount(ENTRY, ENTRY.IDEMPOTENCY_KEY.eq(ok.idempotencyKey()))).isZero();
    }

    @Test
    void cashCanNeverGoNegativeEvenWhenJavaIsBypassed() {
        GroupId g = f.groupWithGrant(100_000);
        assertRefused(g, LedgerException.Reason.INSUFFICIENT_FUNDS, () -> f.transfer(g, EXPENSES, CASH, 100_001, MARCH));
        assertThatThrownBy(() -> f.dsl.update(ACCOUNT).set(ACCOUNT.BALANCE, -1L)
                .where(ACCOUNT.GROUP_ID.eq(g.value()), ACCOUNT.CODE.eq(CASH)).execute())
                .hasMessageContaining("account_never_below_zero");
        f.transfer(g, EXPENSES, CASH, 100_000, MARCH);
        assertThat(balance(g, CASH)).isZero();
    }

    @Test
    void entriesCannotBeChangedOrDeletedInTheDatabase() {
        GroupId g = f.groupWithGrant(100_000);
        assertThatThrownBy(() -> f.dsl.update(LEG).set(LEG.AMOUNT, 1L).where(LEG.GROUP_ID.eq(g.value())).execute())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> f.dsl.deleteFrom(ENTRY).where(ENTRY.GROUP_ID.eq(g.value())).execute())
                .hasMessageContaining("append-only");
    }

    @Test
    void theDatabaseRefusesAnUnbalancedEntryWrittenAroundTheLibrary() {
        GroupId g = f.openGroup();
        assertThatThrownBy(() -> f.dsl.transaction(cfg -> {
            DSL.using(cfg).insertInto(ENTRY, ENTRY.GROUP_ID, ENTRY.ENTRY_NO, ENTRY.IDEMPOTENCY_KEY, ENTRY.CONTENT_HASH, ENTRY.KIND,
                    ENTRY.VALUE_DATE, ENTRY.BOOKED_AT, ENTRY.DESCRIPTION, ENTRY.POSTED_BY, ENTRY.BATCH_ID, ENTRY.PREV_HASH, ENTRY.HASH)
                    .values(g.value(), 1L, "x", new byte[32], "GENERAL", MARCH, java.time.OffsetDateTime.now(), "x", "x",
                            java.util.UUID.randomUUID(), new byte[32], new byte[32]).execute();
            DSL.using(cfg).insertInto(LEG, LEG.GROUP_ID, LEG.ENTRY_NO, LEG.LEG_NO, LEG.ACCOUNT_CODE, LEG.AMOUNT, LEG.VALUE_DATE)
                    .values(g.value(), 1L, (short) 1, CASH, 5L, MARCH)
                    .values(g.value(), 1L, (short) 2, SALES, -4L, MARCH).execute();
        })).hasMessageContaining("does not balance");
    }

    @Test
    void aReversalPointsAtTheOriginalAndUndoesIt() {
        GroupId g = f.groupWithGrant(1_000_000);
        PostedEntry wrong = f.transfer(g, PURCHASES, CASH, 75_000, MARCH);
        PostedEntry reversal = f.journal.reverse(g, wrong.entryNo(), MARCH, "salah catat", "bendahara", key());
        assertThat(balance(g, CASH)).isEqualTo(1_000_000);
        assertThat(balance(g, PURCHASES)).isZero();
        assertThat(f.dsl.select(ENTRY.REVERSES_ENTRY_NO).from(ENTRY)
                .where(ENTRY.GROUP_ID.eq(g.value()), ENTRY.ENTRY_NO.eq(reversal.entryNo())).fetchOne().value1())
                .isEqualTo(wrong.entryNo());
        assertRefused(g, LedgerException.Reason.ALREADY_REVERSED,
                () -> f.journal.reverse(g, wrong.entryNo(), MARCH, "lagi", "bendahara", key()));
        assertRefused(g, LedgerException.Reason.UNKNOWN_ENTRY,
                () -> f.journal.reverse(g, 999, MARCH, "tidak ada", "bendahara", key()));
    }

    @Test
    void nothingPostsIntoAClosedMonthAndReopeningIsAudited() {
        GroupId g = f.groupWithGrant(1_000_000);
        Periods periods = new Periods(f.dsl, CLOCK);
        periods.close(g, YearMonth.of(2026, 2), "tutup buku Februari", "bendahara");
        assertRefused(g, LedgerException.Reason.CLOSED_PERIOD, () -> f.transfer(g, CASH, SALES, 1_000, LocalDate.of(2026, 2, 20)));
        assertRefused(g, LedgerException.Reason.PERIOD_ALREADY_CLOSED,
                () -> { periods.close(g, YearMonth.of(2026, 2), "lagi", "bendahara"); return null; });
        f.transfer(g, CASH, SALES, 1_000, MARCH);
        periods.reopen(g, YearMonth.of(2026, 2), "koreksi atas permintaan pendamping", "pendamping");
        f.transfer(g, CASH, SALES, 1_000, LocalDate.of(2026, 2, 20));
        assertThat(f.dsl.fetchCount(id.kube.ledger.persistence.jooq.Tables.PERIOD_EVENT,
                id.kube.ledger.persistence.jooq.Tables.PERIOD_EVENT.GROUP_ID.eq(g.value()))).isEqualTo(2);
    }

    @Test
    void badInputIsRefusedWithANamedReasonBeforeAnythingIsWritten() {
        GroupId g = f.groupWithGrant(1_000_000);
        GroupId other = f.openGroup();
        AccountId cash = account(g, CASH);
        AccountId sales = account(g, SALES);
        assertRefused(g, LedgerException.Reason.UNBALANCED, () -> f.journal.post(NewEntry.builder(g, key()).valueDate(MARCH)
                .description("x").postedBy("b").debit(CASH, 100).credit(SALES, 99).build()));
        assertRefused(g, LedgerException.Reason.TOO_FEW_LEGS, () -> f.journal.post(NewEntry.builder(g, key()).valueDate(MARCH)
                .description("x").postedBy("b").debit(CASH, 100).build()));
        assertRefused(g, LedgerException.Reason.NON_POSITIVE_AMOUNT, () -> Leg.debit(cash, 0));
        assertRefused(g, LedgerException.Reason.NON_POSITIVE_AMOUNT, () -> Leg.credit(cash, Rupiah.of(-5)));
        assertRefused(g, LedgerException.Reason.NOT_RUPIAH, () -> Leg.debit(cash, Money.of(10, "USD")));
        assertRefused(g, LedgerException.Reason.FRACTIONAL_RUPIAH, () -> Leg.debit(sales, Money.of(new BigDecimal("10.50"), "IDR")));
        assertRefused(g, LedgerException.Reason.UNKNOWN_ACCOUNT, () -> f.transfer(g, "9999", SALES, 100, MARCH));
        assertRefused(g, LedgerException.Reason.FOREIGN_GROUP_ACCOUNT, () -> f.journal.post(NewEntry.builder(g, key()).valueDate(MARCH)
                .description("x").postedBy("b").leg(Leg.debit(account(other, CASH), 100)).credit(SALES, 100).build()));
        assertRefused(g, LedgerException.Reason.UNKNOWN_BOOK, () -> f.transfer(GroupId.random(), CASH, SALES, 100, MARCH));
    }

    @Test
    void aLargeBatchIsWrittenWithCopyAndKeepsEveryRuleAndCharacter() {
        GroupId g = f.groupWithGrant(1_000_000);
        GroupId h = f.groupWithGrant(1_000_000);
        MemberId member = MemberId.random();
        java.util.List<NewEntry> batch = new java.util.ArrayList<>();
        for (int i = 0; i < Posting.COPY_THRESHOLD + 50; i++) {
            GroupId group = i % 2 == 0 ? g : h;
            batch.add(NewEntry.builder(group, "copy-" + i).valueDate(MARCH).description("Iuran \"wajib\", rapat\nke-" + i + " \\ ok")
                    .postedBy("bendahara, \"Bu Sri\"").member(i % 3 == 0 ? member : null).debit(CASH, 1_000 + i).credit(MANDATORY, 1_000 + i).build());
        }
        java.util.List<PostedEntry> posted = f.journal.post(batch);
        assertThat(posted).hasSize(batch.size()).noneMatch(PostedEntry::replayed);
        assertThat(f.journal.post(batch)).allMatch(PostedEntry::replayed);
        assertThat(new ChainVerifier(f.dsl).verify(g).intact()).isTrue();
        assertThat(new ChainVerifier(f.dsl).verify(h).intact()).isTrue();
        assertThat(new id.kube.ledger.check.InvariantChecker(f.dsl).checkAll().violations()).isEmpty();
        assertThat(f.dsl.select(ENTRY.DESCRIPTION).from(ENTRY).where(ENTRY.GROUP_ID.eq(g.value()), ENTRY.IDEMPOTENCY_KEY.eq("copy-0"))
                .fetchOne().value1()).isEqualTo("Iuran \"wajib\", rapat\nke-0 \\ ok");
        // the database still refuses an overspend written through the COPY path
        java.util.List<NewEntry> tooMuch = new java.util.ArrayList<>();
        for (int i = 0; i < Posting.COPY_THRESHOLD; i++) {
            tooMuch.add(LedgerFixture.entry(g, key(), EXPENSES, CASH, 10_000, MARCH, null));
        }
        assertRefused(g, LedgerException.Reason.INSUFFICIENT_FUNDS, () -> f.journal.post(tooMuch));
    }

    @Test
    void thePlanCacheModeASmallPostingSetsEndsWithItsTransaction() {
        GroupId g = f.groupWithGrant(1_000_000);
        org.jooq.Field<String> mode = DSL.function("current_setting", String.class, DSL.inline("plan_cache_mode"));
        String outside = f.dsl.select(mode).fetchOne().value1();
        f.dsl.transaction(cfg -> {
            org.jooq.DSLContext tx = DSL.using(cfg);
            f.journal.postIn(tx, List.of(LedgerFixture.entry(g, key(), CASH, SALES, 1_000, MARCH, null)));
            assertThat(tx.select(mode).fetchOne().value1()).isEqualTo(PostingSql.GENERIC_PLANS);
        });
        for (int i = 0; i < 5; i++) { // whichever pooled connection comes back
            assertThat(f.dsl.select(mode).fetchOne().value1()).isEqualTo(outside);
        }
    }

    private void assertRefused(GroupId g, LedgerException.Reason reason, Supplier<?> action) {
        int before = entries(g);
        long cash = balance(g, CASH);
        assertThatThrownBy(action::get).isInstanceOfSatisfying(LedgerException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).isNotBlank();
        });
        assertThat(entries(g)).as("entries written").isEqualTo(before);
        assertThat(balance(g, CASH)).as("cash balance").isEqualTo(cash);
    }
}
