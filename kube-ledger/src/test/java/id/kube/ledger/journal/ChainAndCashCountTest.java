package id.kube.ledger.journal;

import static id.kube.ledger.LedgerFixture.*;
import static id.kube.ledger.persistence.jooq.Tables.ENTRY;
import static id.kube.ledger.persistence.jooq.Tables.LEG;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import id.kube.core.group.GroupId;
import id.kube.core.money.Rupiah;
import id.kube.ledger.LedgerFixture;
import id.kube.testing.TestDatabase;

@TestDatabase
class ChainAndCashCountTest {

    private final LedgerFixture f;
    private final ChainVerifier verifier;

    ChainAndCashCountTest(DataSource dataSource) {
        this.f = new LedgerFixture(dataSource);
        this.verifier = new ChainVerifier(f.dsl);
    }

    private GroupId groupWithFiveEntries() {
        GroupId g = f.groupWithGrant(1_000_000);
        for (int i = 1; i <= 4; i++) {
            f.transfer(g, CASH, SALES, 1_000L * i, LocalDate.of(2026, 3, i));
        }
        return g;
    }

    /** Changes stored rows the way an intruder with database access would, around the immutability triggers. */
    private void tamper(java.util.function.Consumer<DSLContext> change) {
        f.dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            tx.set(DSL.name("session_replication_role"), DSL.inline("replica")).execute();
            change.accept(tx);
        });
    }

    @Test
    void anUntouchedJournalVerifies() {
        GroupId g = groupWithFiveEntries();
        ChainVerification result = verifier.verify(g);
        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(5);
    }

    @Test
    void aChangedAmountIsReportedAtTheFirstBrokenEntry() {
        GroupId g = groupWithFiveEntries();
        tamper(tx -> tx.update(LEG).set(LEG.AMOUNT, LEG.AMOUNT.mul(2L))
                .where(LEG.GROUP_ID.eq(g.value()), LEG.ENTRY_NO.eq(3L)).execute());
        ChainVerification result = verifier.verify(g);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenEntryNo()).isEqualTo(3);
        assertThat(result.entriesChecked()).isEqualTo(2);
    }

    @Test
    void aDeletedEntryBreaksTheChainWhereItWas() {
        GroupId g = groupWithFiveEntries();
        tamper(tx -> {
            tx.deleteFrom(LEG).where(LEG.GROUP_ID.eq(g.value()), LEG.ENTRY_NO.eq(2L)).execute();
            tx.deleteFrom(ENTRY).where(ENTRY.GROUP_ID.eq(g.value()), ENTRY.ENTRY_NO.eq(2L)).execute();
        });
        assertThat(verifier.verify(g).firstBrokenEntryNo()).isEqualTo(3);
    }

    @Test
    void aRewrittenDescriptionIsDetected() {
        GroupId g = groupWithFiveEntries();
        tamper(tx -> tx.update(ENTRY).set(ENTRY.DESCRIPTION, "dipalsukan")
                .where(ENTRY.GROUP_ID.eq(g.value()), ENTRY.ENTRY_NO.eq(4L)).execute());
        assertThat(verifier.verify(g).firstBrokenEntryNo()).isEqualTo(4);
    }

    @Test
    void aCashCountReportsTheDifferenceAgainstTheBooksAtThatDate() {
        GroupId g = groupWithFiveEntries(); // cash 1,000,000 + 1,000 on Mar 1 .. + 4,000 on Mar 4
        CashCounts counts = new CashCounts(f.dsl, CLOCK);
        CashCount short2 = counts.record(account(g, CASH), LocalDate.of(2026, 3, 2), Rupiah.of(1_002_500), "bendahara", "rapat ke-3");
        assertThat(short2.bookBalance()).isEqualTo(1_003_000);
        assertThat(short2.difference()).isEqualTo(-500);
        CashCount exact = counts.record(account(g, CASH), LocalDate.of(2026, 3, 31), Rupiah.of(1_010_000), "bendahara", null);
        assertThat(exact.agrees()).isTrue();
        assertThat(counts.list(g)).extracting(CashCount::difference).containsExactly(-500L, 0L);
    }
}
