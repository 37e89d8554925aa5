package id.kube.ledger.journal;

import id.kube.ledger.account.*;
import static id.kube.ledger.persistence.jooq.Tables.ACCOUNT;
import static id.kube.ledger.persistence.jooq.Tables.BOOK;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import id.kube.core.group.GroupId;
import id.kube.ledger.journal.EntryHashes;
import id.kube.ledger.LedgerException;
import id.kube.ledger.Transactions;

/**
 * Opening a group's books (its settings row and the template chart of accounts), adding accounts, and reading
 * the chart and the group's settings.
 */
public final class Books {

    private final DSLContext dsl;

    public Books(DataSource dataSource) {
        this(DSL.using(dataSource, SQLDialect.POSTGRES));
    }

    public Books(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl);
    }

    /** Opens the books of a group with the {@link ChartTemplate#KUBE} chart. */
    public void open(GroupId groupId, BookSettings settings) {
        Transactions.run(dsl, cfg -> {
            DSLContext tx = DSL.using(cfg);
            int inserted = tx.insertInto(BOOK, BOOK.GROUP_ID, BOOK.OVERPAYMENT_POLICY, BOOK.LAST_HASH)
                    .values(groupId.value(), settings.overpaymentPolicy().name(), EntryHashes.GENESIS)
                    .onConflictDoNothing()
                    .execute();
            if (inserted == 0) {
                throw new LedgerException(LedgerException.Reason.BOOK_ALREADY_OPEN, "Buku kas kelompok ini sudah dibuka");
            }
            var insert = tx.insertInto(ACCOUNT, ACCOUNT.GROUP_ID, ACCOUNT.CODE, ACCOUNT.NAME, ACCOUNT.TYPE, ACCOUNT.ROLE, ACCOUNT.NON_NEGATIVE);
            for (Account a : ChartTemplate.forGroup(groupId)) {
                insert = insert.values(groupId.value(), a.code(), a.name(), a.type().name(), a.role().name(), a.nonNegative());
            }
            insert.execute();
            return null;
        });
    }

    public boolean isOpen(GroupId groupId) {
        return dsl.fetchExists(BOOK, BOOK.GROUP_ID.eq(groupId.value()));
    }

    public BookSettings settings(GroupId groupId) {
        Record r = dsl.select(BOOK.OVERPAYMENT_POLICY).from(BOOK).where(BOOK.GROUP_ID.eq(groupId.value())).fetchOne();
        if (r == null) {
            throw new LedgerException(LedgerException.Reason.UNKNOWN_BOOK, "Buku kas kelompok ini belum dibuka");
        }
        return new BookSettings(OverpaymentPolicy.valueOf(r.get(BOOK.OVERPAYMENT_POLICY)));
    }

    public void changeSettings(GroupId groupId, BookSettings settings) {
        int updated = dsl.update(BOOK).set(BOOK.OVERPAYMENT_POLICY, settings.overpaymentPolicy().name())
                .where(BOOK.GROUP_ID.eq(groupId.value())).execute();
        if (updated == 0) {
            throw new LedgerException(LedgerException.Reason.UNKNOWN_BOOK, "Buku kas kelompok ini belum dibuka");
        }
    }

    /** Adds an account of the group's own (e.g. a second bank account); never a role account. */
    public Account addAccount(GroupId groupId, String code, String name, AccountType type, boolean nonNegative) {
        Account account = new Account(AccountId.of(groupId, code), name, type, null, nonNegative);
        return Transactions.run(dsl, cfg -> {
            DSLContext tx = DSL.using(cfg);
            if (!tx.fetchExists(BOOK, BOOK.GROUP_ID.eq(groupId.value()))) {
                throw new LedgerException(LedgerException.Reason.UNKNOWN_BOOK, "Buku kas kelompok ini belum dibuka");
            }
            int inserted = tx.insertInto(ACCOUNT, ACCOUNT.GROUP_ID, ACCOUNT.CODE, ACCOUNT.NAME, ACCOUNT.TYPE, ACCOUNT.NON_NEGATIVE)
                    .values(groupId.value(), code, name, type.name(), nonNegative)
                    .onConflictDoNothing().execute();
            if (inserted == 0) {
                throw new LedgerException(LedgerException.Reason.DUPLICATE_ACCOUNT, "Kode akun " + code + " sudah dipakai");
            }
            return account;
        });
    }

    public List<Account> chart(GroupId groupId) {
        return chart(dsl, groupId);
    }

    public static List<Account> chart(DSLContext dsl, GroupId groupId) {
        return dsl.select(ACCOUNT.CODE, ACCOUNT.NAME, ACCOUNT.TYPE, ACCOUNT.ROLE, ACCOUNT.NON_NEGATIVE).from(ACCOUNT)
                .where(ACCOUNT.GROUP_ID.eq(groupId.value()))
                .orderBy(ACCOUNT.CODE)
                .fetch(r -> new Account(AccountId.of(groupId, r.get(ACCOUNT.CODE)), r.get(ACCOUNT.NAME),
                        AccountType.valueOf(r.get(ACCOUNT.TYPE)),
                        r.get(ACCOUNT.ROLE) == null ? null : AccountRole.valueOf(r.get(ACCOUNT.ROLE)),
                        r.get(ACCOUNT.NON_NEGATIVE)));
    }

    /** The account holding a role in the group's chart. */
    public static AccountId accountFor(DSLContext dsl, GroupId groupId, AccountRole role) {
        Optional<String> code = dsl.select(ACCOUNT.CODE).from(ACCOUNT)
                .where(ACCOUNT.GROUP_ID.eq(groupId.value()), ACCOUNT.ROLE.eq(role.name()))
                .fetchOptional(ACCOUNT.CODE);
        return AccountId.of(groupId, code.orElseThrow(() -> new LedgerException(LedgerException.Reason.UNKNOWN_ACCOUNT,
                "Bagan akun kelompok ini tidak memiliki akun untuk " + role)));
    }

    public static Map<AccountRole, AccountId> roles(DSLContext dsl, GroupId groupId) {
        return chart(dsl, groupId).stream().filter(a -> a.role() != null)
                .collect(Collectors.toMap(Account::role, Account::id, (a, b) -> a));
    }

    public AccountId accountFor(GroupId groupId, AccountRole role) {
        return accountFor(dsl, groupId, role);
    }

}
