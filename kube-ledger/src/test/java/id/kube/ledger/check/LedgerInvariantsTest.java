package id.kube.ledger.check;

import static id.kube.ledger.LedgerFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.kube.core.group.GroupId;
import id.kube.ledger.LedgerException;
import id.kube.ledger.LedgerFixture;
import id.kube.ledger.journal.ChainVerifier;
import id.kube.ledger.journal.Leg;
import id.kube.ledger.journal.NewEntry;
import id.kube.ledger.report.Reports;
import id.kube.ledger.report.TrialBalance;
import id.kube.ledger.account.Side;
import id.kube.ledger.account.AccountId;
import id.kube.testing.TestDatabase;

/** Property-style checks with seeded random postings: whatever is posted or refused, the books stay consistent. */
@TestDatabase
class LedgerInvariantsTest {

    private static final String[] CODES = {CASH, BANK, LOANS, SAVINGS, GRANT, PRINCIPAL, MANDATORY, IKS, SALES, FEES, PURCHASES, EXPENSES};

    private final LedgerFixture f;
    private final InvariantChecker checker;

    LedgerInvariantsTest(DataSource dataSource) {
        this.f = new LedgerFixture(dataSource);
        this.checker = new InvariantChecker(f.dsl);
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 42L, 20260315L})
    void randomBatchesKeepEveryInvariant(long seed) {
        Random random = new Random(seed);
        List<GroupId> groups = List.of(f.groupWithGrant(10_000_000), f.groupWithGrant(2_000_000), f.groupWithGrant(500_000));
        int posted = 0;
        int refused = 0;
        for (int round = 0; round < 40; round++) {
            List<NewEntry> batch = new ArrayList<>();
            int size = 1 + random.nextInt(8);
            for (int i = 0; i < size; i++) {
                batch.add(randomEntry(random, groups.get(random.nextInt(groups.size()))));
            }
            if (random.nextInt(10) == 0 && !batch.isEmpty()) {
                batch.add(batch.get(random.nextInt(batch.size()))); // a retried entry in the same batch
            }
            try {
                f.journal.post(batch);
                posted += batch.size();
            } catch (LedgerException e) {
                assertThat(e.reason()).isIn(LedgerException.Reason.INSUFFICIENT_FUNDS);
                refused++;
            }
            InvariantReport report = checker.checkAll();
            assertThat(report.violations()).as("seed %d round %d", seed, round).isEmpty();
        }
        assertThat(posted).isPositive();
        Reports reports = new Reports(f.dsl);
        for (GroupId g : groups) {
            TrialBalance trial = reports.trialBalance(g, LocalDate.of(2026, 12, 31));
            assertThat(trial.net()).isZero();
            assertThat(new ChainVerifier(f.dsl).verify(g).intact()).isTrue();
        }
        assertThat(posted + refused).isPositive();
    }

    private static NewEntry randomEntry(Random random, GroupId g) {
        int legs = 2 + random.nextInt(3);
        List<Leg> list = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < legs - 1; i++) {
            long amount = 1 + random.nextInt(300_000);
            total += amount;
            list.add(new Leg(AccountId.of(g, CODES[random.nextInt(CODES.length)]), Side.DEBIT, amount));
        }
        list.add(new Leg(AccountId.of(g, CODES[random.nextInt(CODES.length)]), Side.CREDIT, total));
        if (random.nextBoolean()) {
            list.replaceAll(l -> new Leg(l.account(), l.side().opposite(), l.amount()));
        }
        return new NewEntry(g, key(), id.kube.ledger.journal.EntryKind.GENERAL, LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28)),
                "acak", null, "uji", list, null);
    }

    @Test
    void concurrentPostingsToOneAccountLoseNothing() throws Exception {
        GroupId g = f.groupWithGrant(1_000_000);
        GroupId other = f.groupWithGrant(1_000_000);
        int threads = 8;
        int perThread = 16;
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    try {
                        // alternate lock orders across two groups and two accounts: sorted locking prevents deadlock
                        if ((thread + i) % 2 == 0) {
                            f.journal.post(List.of(
                                    LedgerFixture.entry(g, key(), CASH, SALES, 100, LocalDate.of(2026, 3, 1), null),
                                    LedgerFixture.entry(other, key(), CASH, SALES, 100, LocalDate.of(2026, 3, 1), null)));
                        } else {
                            f.journal.post(List.of(
                                    LedgerFixture.entry(other, key(), EXPENSES, CASH, 50, LocalDate.of(2026, 3, 1), null),
                                    LedgerFixture.entry(g, key(), EXPENSES, CASH, 50, LocalDate.of(2026, 3, 1), null)));
                        }
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                        throw e;
                    }
                }
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        assertThat(failures).hasValue(0);
        long expected = 1_000_000 + (threads * perThread / 2) * 100L - (threads * perThread / 2) * 50L;
        Reports reports = new Reports(f.dsl);
        for (GroupId group : List.of(g, other)) {
            assertThat(reports.balancesAsOf(group, LocalDate.of(2026, 12, 31)).stream()
                    .filter(b -> b.account().code().equals(CASH)).findFirst().orElseThrow().normal()).isEqualTo(expected);
            assertThat(new ChainVerifier(f.dsl).verify(group).intact()).isTrue();
        }
        assertThat(checker.checkAll().violations()).isEmpty();
    }
}
