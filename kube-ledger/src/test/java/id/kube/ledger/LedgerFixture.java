package id.kube.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import id.kube.core.group.GroupId;
import id.kube.core.member.MemberId;
import id.kube.ledger.account.AccountId;
import id.kube.ledger.account.BookSettings;
import id.kube.ledger.journal.Books;
import id.kube.ledger.journal.EntryKind;
import id.kube.ledger.journal.Journal;
import id.kube.ledger.journal.NewEntry;
import id.kube.ledger.journal.PostedEntry;

/** A group with open books and a few postings, as the tests speak of them. */
public final class LedgerFixture {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T03:00:00Z"), ZoneOffset.UTC);
    public static final String CASH = "1101";
    public static final String BANK = "1102";
    public static final String LOANS = "1201";
    public static final String SAVINGS = "2101";
    public static final String GRANT = "3101";
    public static final String PRINCIPAL = "3201";
    public static final String MANDATORY = "3202";
    public static final String IKS = "3301";
    public static final String SALES = "4101";
    public static final String FEES = "4201";
    public static final String PURCHASES = "5101";
    public static final String EXPENSES = "5201";

    private static final AtomicLong KEYS = new AtomicLong();

    public final DataSource dataSource;
    public final DSLContext dsl;
    public final Books books;
    public final Journal journal;

    public LedgerFixture(DataSource dataSource) {
        this.dataSource = dataSource;
        this.dsl = DSL.using(dataSource, SQLDialect.POSTGRES);
        this.books = new Books(dsl);
        this.journal = new Journal(dsl, CLOCK);
    }

    public GroupId openGroup() {
        GroupId group = GroupId.random();
        books.open(group, BookSettings.DEFAULT);
        return group;
    }

    /** A group whose opening balance is the stimulus grant in cash. */
    public GroupId groupWithGrant(long grant) {
        GroupId group = openGroup();
        journal.post(NewEntry.builder(group, key()).kind(EntryKind.OPENING_BALANCE).valueDate(LocalDate.of(2026, 1, 2))
                .description("Saldo awal: bantuan stimulan").postedBy("bendahara").debit(CASH, grant).credit(GRANT, grant).build());
        return group;
    }

    public PostedEntry transfer(GroupId group, String debit, String credit, long amount, LocalDate date) {
        return journal.post(entry(group, key(), debit, credit, amount, date, null));
    }

    public static NewEntry entry(GroupId group, String key, String debit, String credit, long amount, LocalDate date, MemberId member) {
        return NewEntry.builder(group, key).valueDate(date).description("Transaksi " + key).postedBy("bendahara")
                .member(member).debit(debit, amount).credit(credit, amount).build();
    }

    public static String key() {
        return "k-" + KEYS.incrementAndGet() + "-" + System.nanoTime();
    }

    public static AccountId account(GroupId group, String code) {
        return AccountId.of(group, code);
    }
}
