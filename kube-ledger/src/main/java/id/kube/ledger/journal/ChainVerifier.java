package id.kube.ledger.journal;

import static id.kube.ledger.persistence.jooq.Tables.BOOK;
import static id.kube.ledger.persistence.jooq.Tables.ENTRY;
import static id.kube.ledger.persistence.jooq.Tables.LEG;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import id.kube.core.group.GroupId;
import id.kube.ledger.LedgerException;

/** Recomputes a group's hash chain from the stored entries and legs and reports the first broken link. */
public final class ChainVerifier {

    private final DSLContext dsl;

    public ChainVerifier(DataSource dataSource) {
        this(DSL.using(dataSource, SQLDialect.POSTGRES));
    }

    public ChainVerifier(DSLContext dsl) {
        this.dsl = dsl;
    }

    public ChainVerification verify(GroupId groupId) {
        UUID g = groupId.value();
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            Record book = tx.select(BOOK.LAST_ENTRY_NO, BOOK.LAST_HASH).from(BOOK).where(BOOK.GROUP_ID.eq(g)).fetchOne();
            if (book == null) {
                throw LedgerException.of(LedgerException.Reason.UNKNOWN_BOOK, "Buku kas kelompok ini belum dibuka");
            }
            byte[] prev = EntryHashes.GENESIS;
            long expectedNo = 1;
            try (Cursor<? extends Record> entries = tx.select(ENTRY.ENTRY_NO, ENTRY.IDEMPOTENCY_KEY, ENTRY.CONTENT_HASH, ENTRY.KIND,
                            ENTRY.VALUE_DATE, ENTRY.BOOKED_AT, ENTRY.DESCRIPTION, ENTRY.MEMBER_ID, ENTRY.POSTED_BY,
                            ENTRY.REVERSES_ENTRY_NO, ENTRY.PREV_HASH, ENTRY.HASH)
                    .from(ENTRY).where(ENTRY.GROUP_ID.eq(g)).orderBy(ENTRY.ENTRY_NO).fetchSize(1000).fetchLazy();
                 Cursor<? extends Record> legs = tx.select(LEG.ENTRY_NO, LEG.ACCOUNT_CODE, LEG.AMOUNT, LEG.VALUE_DATE, LEG.MEMBER_ID)
                         .from(LEG).where(LEG.GROUP_ID.eq(g)).orderBy(LEG.ENTRY_NO, LEG.LEG_NO).fetchSize(1000).fetchLazy()) {
                Record pendingLeg = legs.fetchNext();
                for (Record e : entries) {
                    long no = e.get(ENTRY.ENTRY_NO);
                    List<EntryHashes.HashedLeg> hashed = new ArrayList<>();
                    String legProblem = null;
                    while (pendingLeg != null && pendingLeg.get(LEG.ENTRY_NO) <= no) {
                        if (pendingLeg.get(LEG.ENTRY_NO) == no) {
                            hashed.add(new EntryHashes.HashedLeg(pendingLeg.get(LEG.ACCOUNT_CODE), pendingLeg.get(LEG.AMOUNT)));
                            if (!pendingLeg.get(LEG.VALUE_DATE).equals(e.get(ENTRY.VALUE_DATE))
                                    || !java.util.Objects.equals(pendingLeg.get(LEG.MEMBER_ID), e.get(ENTRY.MEMBER_ID))) {
                                legProblem = "baris jurnal tidak sesuai dengan tanggal atau anggota jurnalnya";
                            }
                        } else {
                            legProblem = "baris tanpa jurnal";
                        }
                        pendingLeg = legs.fetchNext();
                    }
                    String problem = null;
                    if (no != expectedNo) {
                        problem = "nomor jurnal melompat: diharapkan " + expectedNo;
                    } else if (!Arrays.equals(e.get(ENTRY.PREV_HASH), prev)) {
                        problem = "tautan ke jurnal sebelumnya tidak cocok";
                    } else if (legProblem != null) {
                        problem = legProblem;
                    } else {
                        byte[] content = EntryHashes.content(g, e.get(ENTRY.KIND), e.get(ENTRY.VALUE_DATE), e.get(ENTRY.DESCRIPTION),
                                e.get(ENTRY.MEMBER_ID), e.get(ENTRY.POSTED_BY), e.get(ENTRY.REVERSES_ENTRY_NO), hashed);
                        if (!Arrays.equals(content, e.get(ENTRY.CONTENT_HASH))) {
                            problem = "isi jurnal berubah sejak dicatat";
                        } else if (!Arrays.equals(EntryHashes.link(prev, g, no, e.get(ENTRY.IDEMPOTENCY_KEY), content,
                                e.get(ENTRY.BOOKED_AT).toInstant()), e.get(ENTRY.HASH))) {
                            problem = "hash jurnal tidak cocok";
                        }
                    }
                    if (problem != null) {
                        return new ChainVerification(groupId, expectedNo - 1, no, problem);
                    }
                    prev = e.get(ENTRY.HASH);
                    expectedNo++;
                }
                if (pendingLeg != null) {
                    return new ChainVerification(groupId, expectedNo - 1, pendingLeg.get(LEG.ENTRY_NO), "baris tanpa jurnal");
                }
            }
            if (book.get(BOOK.LAST_ENTRY_NO) != expectedNo - 1 || !Arrays.equals(book.get(BOOK.LAST_HASH), prev)) {
                return new ChainVerification(groupId, expectedNo - 1, expectedNo, "ujung rantai di buku tidak cocok dengan jurnal terakhir");
            }
            return new ChainVerification(groupId, expectedNo - 1, null, null);
        });
    }
}
