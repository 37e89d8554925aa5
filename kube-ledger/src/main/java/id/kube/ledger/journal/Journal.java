package id.kube.ledger.journal;

import id.kube.ledger.account.*;
import id.kube.ledger.account.Side;
import id.kube.ledger.Transactions;
import id.kube.ledger.LedgerException;
import static id.kube.ledger.persistence.jooq.Tables.ENTRY;
import static id.kube.ledger.persistence.jooq.Tables.LEG;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import id.kube.core.group.GroupId;
import id.kube.core.member.MemberId;
import id.kube.ledger.account.AccountId;

/**
 * Posting to the groups' journals. Batch first: {@link #post(List)} posts a list of entries (of one or many
 * groups) atomically in one transaction with set-based writes; the single-entry call is a batch of one.
 * Serialization failures and deadlocks are retried inside; a refusal is a {@link LedgerException} and leaves
 * nothing written.
 */
public final class Journal {

    private final DSLContext dsl;
    private final Clock clock;

    public Journal(DataSource dataSource, Clock clock) {
        this(DSL.using(dataSource, SQLDialect.POSTGRES), clock);
    }

    public Journal(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Posts the entries as one linked batch: all or nothing. Results are in the order of the entries. */
    public List<PostedEntry> post(List<NewEntry> entries) {
        List<NewEntry> batch = List.copyOf(entries);
        return Transactions.run(dsl, cfg -> postIn(DSL.using(cfg), batch));
    }

    public PostedEntry post(NewEntry entry) {
        return post(List.of(entry)).getFirst();
    }

    /**
     * Posts inside a transaction the caller already runs (the loan book, IKS and SHU use this to write their own
     * rows in the same transaction). The caller must run it through {@link Transactions#run}.
     */
    public List<PostedEntry> postIn(DSLContext tx, List<NewEntry> entries) {
        return new Posting(tx, clock).post(entries);
    }

    /**
     * A reversal of a posted entry: the same legs with sides swapped, pointing at the original, dated
     * {@code valueDate} (which must be in an open period: a correction goes into the open one).
     */
    public PostedEntry reverse(GroupId groupId, long entryNo, LocalDate valueDate, String reason, String postedBy,
                               String idempotencyKey) {
        return Transactions.run(dsl, cfg -> {
            DSLContext tx = DSL.using(cfg);
            return postIn(tx, List.of(reversalOf(tx, groupId, entryNo, valueDate, reason, postedBy, idempotencyKey))).getFirst();
        });
    }

    static NewEntry reversalOf(DSLContext tx, GroupId groupId, long entryNo, LocalDate valueDate, String reason,
                               String postedBy, String idempotencyKey) {
        Record original = tx.select(ENTRY.MEMBER_ID, ENTRY.DESCRIPTION).from(ENTRY)
                .where(ENTRY.GROUP_ID.eq(groupId.value()), ENTRY.ENTRY_NO.eq(entryNo))
                .fetchOne();
        if (original == null) {
            throw LedgerException.of(LedgerException.Reason.UNKNOWN_ENTRY, "Jurnal nomor " + entryNo + " tidak ditemukan di buku kelompok ini");
        }
        List<Leg> legs = new ArrayList<>();
        for (Record leg : tx.select(LEG.ACCOUNT_CODE, LEG.AMOUNT).from(LEG)
                .where(LEG.GROUP_ID.eq(groupId.value()), LEG.ENTRY_NO.eq(entryNo))
                .orderBy(LEG.LEG_NO).fetch()) {
            long amount = leg.get(LEG.AMOUNT);
            legs.add(new Leg(AccountId.of(groupId, leg.get(LEG.ACCOUNT_CODE)), Side.ofSigned(amount).opposite(), Math.abs(amount)));
        }
        String description = "Pembalikan jurnal " + entryNo + ": " + reason;
        if (description.length() > 500) {
            description = description.substring(0, 500);
        }
        java.util.UUID member = original.get(ENTRY.MEMBER_ID);
        return new NewEntry(groupId, idempotencyKey, EntryKind.REVERSAL, valueDate, description,
                member == null ? null : new MemberId(member), postedBy, legs, entryNo);
    }
}
