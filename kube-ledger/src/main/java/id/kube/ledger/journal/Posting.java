package id.kube.ledger.journal;

import id.kube.ledger.account.*;
import id.kube.ledger.LedgerException;
import static id.kube.ledger.persistence.jooq.Tables.ACCOUNT;
import static id.kube.ledger.persistence.jooq.Tables.BOOK;
import static id.kube.ledger.persistence.jooq.Tables.ENTRY;
import static id.kube.ledger.persistence.jooq.Tables.LEG;
import static id.kube.ledger.persistence.jooq.Tables.PERIOD;
import static org.jooq.impl.DSL.row;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Row2;
import org.jooq.Row3;
import org.jooq.Row14;
import org.jooq.Row7;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import id.kube.core.money.Rupiah;
import id.kube.ledger.account.AccountType;

/**
 * One posting of a batch inside a transaction: lock the books (sorted by group), look up idempotency keys,
 * lock the accounts (sorted by group and code), validate everything, then write entries, legs, balances and
 * chain heads with a few set-based statements.
 */
final class Posting {

    /** Rows per multi-row statement, kept well under PostgreSQL's 65,535 bind parameters. */
    private static final int CHUNK = 2_000;

    /** From this many new entries on, entries and legs are written with COPY (one statement each) instead of INSERT. */
    static final int COPY_THRESHOLD = 200;

    private final DSLContext tx;
    private final Clock clock;

    Posting(DSLContext tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    private record Key(UUID groupId, String idempotencyKey) {
    }

    private record AccountKey(UUID groupId, String code) implements Comparable<AccountKey> {
        @Override
        public int compareTo(AccountKey o) {
            int c = groupId.compareTo(o.groupId);
            return c != 0 ? c : code.compareTo(o.code);
        }
    }

    private record LockedAccount(AccountType type, boolean nonNegative, long balance) {
    }

    private static final class Head {
        long lastEntryNo;
        byte[] lastHash;
        boolean changed;

        Head(long lastEntryNo, byte[] lastHash) {
            this.lastEntryNo = lastEntryNo;
            this.lastHash = lastHash;
        }
    }

    List<PostedEntry> post(List<NewEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        int n = entries.size();
        byte[][] contentHashes = new byte[n][];
        Map<Key, Integer> firstByKey = new HashMap<>();
        int[] duplicateOf = new int[n];
        Arrays.fill(duplicateOf, -1);
        TreeSet<UUID> groups = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            NewEntry e = entries.get(i);
            contentHashes[i] = contentHash(e);
            groups.add(e.groupId().value());
            Integer first = firstByKey.putIfAbsent(new Key(e.groupId().value(), e.idempotencyKey()), i);
            if (first != null) {
                requireSameContent(contentHashes[first], contentHashes[i], e.idempotencyKey());
                duplicateOf[i] = first;
            }
        }

        Map<UUID, Head> heads = lockBooks(groups);
        Map<Key, PostedEntry> alreadyPosted = postedWithKeys(entries, contentHashes, firstByKey);

        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            NewEntry e = entries.get(i);
            if (duplicateOf[i] < 0 && !alreadyPosted.containsKey(new Key(e.groupId().value(), e.idempotencyKey()))) {
                fresh.add(i);
            }
        }

        PostedEntry[] results = new PostedEntry[n];
        if (!fresh.isEmpty()) {
            write(entries, contentHashes, fresh, heads, results);
        }
        for (int i = 0; i < n; i++) {
            NewEntry e = entries.get(i);
            if (results[i] == null) {
                PostedEntry earlier = duplicateOf[i] >= 0 ? results[duplicateOf[i]] : alreadyPosted.get(new Key(e.groupId().value(), e.idempotencyKey()));
                if (earlier == null) {
                    earlier = alreadyPosted.get(new Key(e.groupId().value(), e.idempotencyKey()));
                }
                results[i] = new PostedEntry(earlier.groupId(), earlier.entryNo(), earlier.idempotencyKey(), earlier.bookedAt(), true);
            }
        }
        return List.of(results);
    }

    private void write(List<NewEntry> entries, byte[][] contentHashes, List<Integer> fresh, Map<UUID, Head> heads, PostedEntry[] results) {
        // Net movement per account over the whole batch, accounts in lock order.
        TreeMap<AccountKey, Long> deltas = new TreeMap<>();
        Set<UUID> groupsWithMonths = new HashSet<>();
        Set<LocalDate> months = new HashSet<>();
        List<Row2<UUID, Long>> reversed = new ArrayList<>();
        for (int i : fresh) {
            NewEntry e = entries.get(i);
            UUID g = e.groupId().value();
            for (Map.Entry<String, Long> net : e.netByAccount().entrySet()) {
                deltas.merge(new AccountKey(g, net.getKey()), net.getValue(), Long::sum);
            }
            groupsWithMonths.add(g);
            months.add(e.valueDate().withDayOfMonth(1));
            if (e.reversesEntryNo() != null) {
                reversed.add(row(g, e.reversesEntryNo()));
            }
        }
        Map<AccountKey, LockedAccount> accounts = lockAccounts(deltas.keySet());
        for (Map.Entry<AccountKey, Long> d : deltas.entrySet()) {
            LockedAccount account = accounts.get(d.getKey());
            if (account == null) {
                throw LedgerException.of(LedgerException.Reason.UNKNOWN_ACCOUNT,
                        "Akun " + d.getKey().code() + " tidak ada dalam bagan akun kelompok ini");
            }
        }
        refuseClosedPeriods(entries, fresh, groupsWithMonths, months);
        if (!reversed.isEmpty()) {
            refuseBadReversals(reversed);
        }
        for (Map.Entry<AccountKey, Long> d : deltas.entrySet()) {
            LockedAccount account = accounts.get(d.getKey());
            long after = Math.addExact(account.balance(), d.getValue());
            if (account.nonNegative() && account.type().normalBalance(after) < 0) {
                throw LedgerException.of(LedgerException.Reason.INSUFFICIENT_FUNDS,
                        "Saldo akun " + d.getKey().code() + " tidak cukup: saldo " + Rupiah.format(account.type().normalBalance(account.balance()))
                                + ", dibutuhkan " + Rupiah.format(-account.type().normalBalance(d.getValue())));
            }
        }

        Instant bookedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        OffsetDateTime bookedAtUtc = bookedAt.atOffset(ZoneOffset.UTC);
        UUID batchId = UUID.randomUUID();
        List<Row14<UUID, Long, String, byte[], String, LocalDate, OffsetDateTime, String, UUID, String, Long, UUID, byte[], byte[]>> entryRows = new ArrayList<>(fresh.size());
        List<Row7<UUID, Long, Short, String, Long, LocalDate, UUID>> legRows = new ArrayList<>(fresh.size() * 2);
        List<Integer> legChunkEnds = new ArrayList<>();
        for (int i : fresh) {
            NewEntry e = entries.get(i);
            UUID g = e.groupId().value();
            Head head = heads.get(g);
            long entryNo = ++head.lastEntryNo;
            byte[] prev = head.lastHash;
            byte[] hash = EntryHashes.link(prev, g, entryNo, e.idempotencyKey(), contentHashes[i], bookedAt);
            head.lastHash = hash;
            head.changed = true;
            UUID member = e.memberId() == null ? null : e.memberId().value();
            entryRows.add(row(g, entryNo, e.idempotencyKey(), contentHashes[i], e.kind().name(), e.valueDate(), bookedAtUtc,
                    e.description(), member, e.postedBy(), e.reversesEntryNo(), batchId, prev, hash));
            short legNo = 0;
            for (Leg leg : e.legs()) {
                legRows.add(row(g, entryNo, ++legNo, leg.account().code(), leg.signedAmount(), e.valueDate(), member));
            }
            if (legRows.size() - (legChunkEnds.isEmpty() ? 0 : legChunkEnds.getLast()) >= CHUNK) {
                legChunkEnds.add(legRows.size());
            }
            results[i] = new PostedEntry(e.groupId(), entryNo, e.idempotencyKey(), bookedAt, false);
        }
        if (legChunkEnds.isEmpty() || legChunkEnds.getLast() != legRows.size()) {
            legChunkEnds.add(legRows.size());
        }

        if (fresh.size() >= COPY_THRESHOLD) {
            tx.connection(connection -> BulkRows.copy(connection, entryRows, legRows));
        } else {
            for (int from = 0; from < entryRows.size(); from += CHUNK) {
                tx.insertInto(ENTRY, ENTRY.GROUP_ID, ENTRY.ENTRY_NO, ENTRY.IDEMPOTENCY_KEY, ENTRY.CONTENT_HASH, ENTRY.KIND,
                                ENTRY.VALUE_DATE, ENTRY.BOOKED_AT, ENTRY.DESCRIPTION, ENTRY.MEMBER_ID, ENTRY.POSTED_BY,
                                ENTRY.REVERSES_ENTRY_NO, ENTRY.BATCH_ID, ENTRY.PREV_HASH, ENTRY.HASH)
                        .valuesOfRows(entryRows.subList(from, Math.min(entryRows.size(), from + CHUNK)))
                        .execute();
            }
            // Legs of one entry always go in the same statement: the database checks balance per statement.
            int from = 0;
            for (int end : legChunkEnds) {
                tx.insertInto(LEG, LEG.GROUP_ID, LEG.ENTRY_NO, LEG.LEG_NO, LEG.ACCOUNT_CODE, LEG.AMOUNT, LEG.VALUE_DATE, LEG.MEMBER_ID)
                        .valuesOfRows(legRows.subList(from, end))
                        .execute();
                from = end;
            }
        }
        updateBalances(deltas);
        updateHeads(heads);
    }

    private Map<UUID, Head> lockBooks(TreeSet<UUID> groups) {
        Map<UUID, Head> heads = new HashMap<>();
        for (Record r : tx.select(BOOK.GROUP_ID, BOOK.LAST_ENTRY_NO, BOOK.LAST_HASH).from(BOOK)
                .where(BOOK.GROUP_ID.eq(DSL.any(groups.toArray(UUID[]::new))))
                .orderBy(BOOK.GROUP_ID)
                .forUpdate()
                .fetch()) {
            heads.put(r.get(BOOK.GROUP_ID), new Head(r.get(BOOK.LAST_ENTRY_NO), r.get(BOOK.LAST_HASH)));
        }
        for (UUID g : groups) {
            if (!heads.containsKey(g)) {
                throw LedgerException.of(LedgerException.Reason.UNKNOWN_BOOK, "Buku kas kelompok " + g + " belum dibuka");
            }
        }
        return heads;
    }

    private Map<Key, PostedEntry> postedWithKeys(List<NewEntry> entries, byte[][] contentHashes, Map<Key, Integer> firstByKey) {
        Map<Key, PostedEntry> posted = new HashMap<>();
        List<Key> keys = new ArrayList<>(firstByKey.keySet());
        Table<?> wanted = DSL.select(
                        unnest(keys.stream().map(Key::groupId).toArray(UUID[]::new), SQLDataType.UUID, "group_id"),
                        unnest(keys.stream().map(Key::idempotencyKey).toArray(String[]::new), SQLDataType.VARCHAR, "idempotency_key"))
                .asTable("wanted");
        for (Record r : tx.select(ENTRY.GROUP_ID, ENTRY.IDEMPOTENCY_KEY, ENTRY.ENTRY_NO, ENTRY.CONTENT_HASH, ENTRY.BOOKED_AT)
                .from(ENTRY).join(wanted)
                .on(ENTRY.GROUP_ID.eq(wanted.field("group_id", SQLDataType.UUID)),
                        ENTRY.IDEMPOTENCY_KEY.eq(wanted.field("idempotency_key", SQLDataType.VARCHAR)))
                .fetch()) {
            Key key = new Key(r.get(ENTRY.GROUP_ID), r.get(ENTRY.IDEMPOTENCY_KEY));
            requireSameContent(r.get(ENTRY.CONTENT_HASH), contentHashes[firstByKey.get(key)], key.idempotencyKey());
            posted.put(key, new PostedEntry(entries.get(firstByKey.get(key)).groupId(), r.get(ENTRY.ENTRY_NO),
                    key.idempotencyKey(), r.get(ENTRY.BOOKED_AT).toInstant(), true));
        }
        return posted;
    }

    /** {@code unnest(?::type[]) as alias}: several of them in one select list zip arrays row by row (3 bind values for any size). */
    private static <T> Field<T> unnest(T[] values, DataType<T> type, String alias) {
        return DSL.function("unnest", type, DSL.val(values, type.array())).as(alias);
    }

    private Map<AccountKey, LockedAccount> lockAccounts(Set<AccountKey> keys) {
        Map<AccountKey, LockedAccount> locked = new HashMap<>();
        Table<?> wanted = DSL.select(
                        unnest(keys.stream().map(AccountKey::groupId).toArray(UUID[]::new), SQLDataType.UUID, "group_id"),
                        unnest(keys.stream().map(AccountKey::code).toArray(String[]::new), SQLDataType.VARCHAR, "code"))
                .asTable("wanted");
        for (Record r : tx.select(ACCOUNT.GROUP_ID, ACCOUNT.CODE, ACCOUNT.TYPE, ACCOUNT.NON_NEGATIVE, ACCOUNT.BALANCE)
                .from(ACCOUNT).join(wanted)
                .on(ACCOUNT.GROUP_ID.eq(wanted.field("group_id", SQLDataType.UUID)),
                        ACCOUNT.CODE.eq(wanted.field("code", SQLDataType.VARCHAR)))
                .orderBy(ACCOUNT.GROUP_ID, ACCOUNT.CODE)
                .forUpdate().of(ACCOUNT)
                .fetch()) {
            locked.put(new AccountKey(r.get(ACCOUNT.GROUP_ID), r.get(ACCOUNT.CODE)),
                    new LockedAccount(AccountType.valueOf(r.get(ACCOUNT.TYPE)), r.get(ACCOUNT.NON_NEGATIVE), r.get(ACCOUNT.BALANCE)));
        }
        return locked;
    }

    private void refuseClosedPeriods(List<NewEntry> entries, List<Integer> fresh, Set<UUID> groups, Set<LocalDate> months) {
        Set<Key> closed = new HashSet<>();
        for (Record r : tx.select(PERIOD.GROUP_ID, PERIOD.MONTH).from(PERIOD)
                .where(PERIOD.GROUP_ID.eq(DSL.any(groups.toArray(UUID[]::new))), PERIOD.CLOSED.isTrue(),
                        PERIOD.MONTH.eq(DSL.any(months.toArray(LocalDate[]::new))))
                .fetch()) {
            closed.add(new Key(r.get(PERIOD.GROUP_ID), r.get(PERIOD.MONTH).toString()));
        }
        if (closed.isEmpty()) {
            return;
        }
        for (int i : fresh) {
            NewEntry e = entries.get(i);
            LocalDate month = e.valueDate().withDayOfMonth(1);
            if (closed.contains(new Key(e.groupId().value(), month.toString()))) {
                throw LedgerException.of(LedgerException.Reason.CLOSED_PERIOD,
                        "Periode " + Periods.label(month) + " sudah ditutup; catat koreksi di periode yang masih terbuka");
            }
        }
    }

    private void refuseBadReversals(List<Row2<UUID, Long>> reversed) {
        Table<?> wanted = DSL.values(reversed.toArray(Row2[]::new)).as("wanted", "group_id", "entry_no");
        Field<UUID> g = wanted.field("group_id", SQLDataType.UUID);
        Field<Long> no = wanted.field("entry_no", SQLDataType.BIGINT);
        int existing = tx.fetchCount(tx.select(ENTRY.ENTRY_NO).from(ENTRY).join(wanted).on(ENTRY.GROUP_ID.eq(g), ENTRY.ENTRY_NO.eq(no)));
        if (existing != new HashSet<>(reversed).size()) {
            throw LedgerException.of(LedgerException.Reason.UNKNOWN_ENTRY, "Jurnal yang akan dibalik tidak ditemukan di buku kelompok ini");
        }
        if (reversed.size() != new HashSet<>(reversed).size()
                || tx.fetchExists(tx.select(ENTRY.ENTRY_NO).from(ENTRY).join(wanted).on(ENTRY.GROUP_ID.eq(g), ENTRY.REVERSES_ENTRY_NO.eq(no)))) {
            throw LedgerException.of(LedgerException.Reason.ALREADY_REVERSED, "Jurnal ini sudah pernah dibalik");
        }
    }

    private void updateBalances(TreeMap<AccountKey, Long> deltas) {
        List<UUID> groups = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        List<Long> amounts = new ArrayList<>();
        deltas.forEach((k, d) -> {
            if (d != 0) {
                groups.add(k.groupId());
                codes.add(k.code());
                amounts.add(d);
            }
        });
        if (groups.isEmpty()) {
            return;
        }
        Table<?> v = DSL.select(unnest(groups.toArray(UUID[]::new), SQLDataType.UUID, "group_id"),
                unnest(codes.toArray(String[]::new), SQLDataType.VARCHAR, "code"),
                unnest(amounts.toArray(Long[]::new), SQLDataType.BIGINT, "delta")).asTable("v");
        tx.update(ACCOUNT)
                .set(ACCOUNT.BALANCE, ACCOUNT.BALANCE.plus(v.field("delta", SQLDataType.BIGINT)))
                .from(v)
                .where(ACCOUNT.GROUP_ID.eq(v.field("group_id", SQLDataType.UUID)),
                        ACCOUNT.CODE.eq(v.field("code", SQLDataType.VARCHAR)))
                .execute();
    }

    private void updateHeads(Map<UUID, Head> heads) {
        List<UUID> groups = new ArrayList<>();
        List<Long> numbers = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        java.util.HexFormat hex = java.util.HexFormat.of();
        new TreeMap<>(heads).forEach((g, h) -> {
            if (h.changed) {
                groups.add(g);
                numbers.add(h.lastEntryNo);
                hashes.add(hex.formatHex(h.lastHash));
            }
        });
        Table<?> v = DSL.select(unnest(groups.toArray(UUID[]::new), SQLDataType.UUID, "group_id"),
                unnest(numbers.toArray(Long[]::new), SQLDataType.BIGINT, "last_entry_no"),
                unnest(hashes.toArray(String[]::new), SQLDataType.VARCHAR, "last_hash_hex")).asTable("v");
        tx.update(BOOK)
                .set(BOOK.LAST_ENTRY_NO, v.field("last_entry_no", SQLDataType.BIGINT))
                .set(BOOK.LAST_HASH, DSL.function("decode", SQLDataType.BLOB, v.field("last_hash_hex", SQLDataType.VARCHAR), DSL.inline("hex")))
                .from(v)
                .where(BOOK.GROUP_ID.eq(v.field("group_id", SQLDataType.UUID)))
                .execute();
    }

    private static void requireSameContent(byte[] first, byte[] again, String key) {
        if (!Arrays.equals(first, again)) {
            throw LedgerException.of(LedgerException.Reason.IDEMPOTENCY_CONFLICT,
                    "Kunci idempoten '" + key + "' sudah dipakai untuk jurnal dengan isi berbeda");
        }
    }

    static byte[] contentHash(NewEntry e) {
        List<EntryHashes.HashedLeg> legs = new ArrayList<>(e.legs().size());
        for (Leg leg : e.legs()) {
            legs.add(new EntryHashes.HashedLeg(leg.account().code(), leg.signedAmount()));
        }
        return EntryHashes.content(e.groupId().value(), e.kind().name(), e.valueDate(), e.description(),
                e.memberId() == null ? null : e.memberId().value(), e.postedBy(), e.reversesEntryNo(), legs);
    }

}
