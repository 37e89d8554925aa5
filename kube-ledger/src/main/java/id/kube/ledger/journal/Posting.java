package id.kube.ledger.journal;

import static id.kube.ledger.journal.PostingSql.bytes;
import static id.kube.ledger.journal.PostingSql.dates;
import static id.kube.ledger.journal.PostingSql.longs;
import static id.kube.ledger.journal.PostingSql.shorts;
import static id.kube.ledger.journal.PostingSql.texts;
import static id.kube.ledger.journal.PostingSql.uuids;
import static id.kube.ledger.persistence.jooq.Tables.ENTRY;
import static id.kube.ledger.persistence.jooq.Tables.LEG;
import static org.jooq.impl.DSL.row;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
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
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Row2;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import id.kube.core.money.Rupiah;
import id.kube.ledger.LedgerException;
import id.kube.ledger.account.AccountType;

/**
 * One posting of a batch inside a transaction, in four statements whatever the batch size: lock the books
 * (sorted by group; closed months come along), look up the idempotency keys, lock the accounts (sorted by group
 * and code), validate everything in Java, then one statement writes entries, legs, balances and chain heads
 * ({@link PostingSql}). Batches of {@link #COPY_THRESHOLD} entries or more stream entries and legs with COPY
 * first and the write statement only moves balances and heads.
 */
final class Posting {

    /** From this many new entries on, entries and legs are written with COPY instead of the array INSERTs. */
    static final int COPY_THRESHOLD = 200;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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

    private record LockedAccount(AccountType type, boolean nonNegative, long balance, LocalDate latestLeg) {
    }

    private static final class Head {
        long lastEntryNo;
        byte[] lastHash;
        boolean changed;
        final Set<LocalDate> closedMonths;

        Head(long lastEntryNo, byte[] lastHash, Set<LocalDate> closedMonths) {
            this.lastEntryNo = lastEntryNo;
            this.lastHash = lastHash;
            this.closedMonths = closedMonths;
        }
    }

    List<PostedEntry> post(List<NewEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        return tx.connectionResult(connection -> {
            try {
                return post(connection, entries);
            } catch (SQLException e) {
                throw new DataAccessException(e.getMessage(), e);
            }
        });
    }

    private List<PostedEntry> post(Connection connection, List<NewEntry> entries) throws SQLException {
        int n = entries.size();
        boolean large = n >= COPY_THRESHOLD;
        byte[][] contentHashes = new byte[n][];
        Map<Key, Integer> firstByKey = new HashMap<>();
        int[] duplicateOf = new int[n];
        Arrays.fill(duplicateOf, -1);
        TreeSet<UUID> groups = new TreeSet<>();
        Set<LocalDate> months = new HashSet<>();
        for (int i = 0; i < n; i++) {
            NewEntry e = entries.get(i);
            contentHashes[i] = contentHash(e);
            groups.add(e.groupId().value());
            months.add(e.valueDate().withDayOfMonth(1));
            Integer first = firstByKey.putIfAbsent(new Key(e.groupId().value(), e.idempotencyKey()), i);
            if (first != null) {
                requireSameContent(contentHashes[first], contentHashes[i], e.idempotencyKey());
                duplicateOf[i] = first;
            }
        }

        Map<UUID, Head> heads = lockBooks(connection, groups, months, large);
        Map<Key, PostedEntry> alreadyPosted = postedWithKeys(connection, entries, contentHashes, firstByKey, large);

        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            NewEntry e = entries.get(i);
            if (duplicateOf[i] < 0 && !alreadyPosted.containsKey(new Key(e.groupId().value(), e.idempotencyKey()))) {
                fresh.add(i);
            }
        }

        PostedEntry[] results = new PostedEntry[n];
        if (!fresh.isEmpty()) {
            write(connection, entries, contentHashes, fresh, heads, results, large);
        }
        for (int i = 0; i < n; i++) {
            if (results[i] == null) {
                NewEntry e = entries.get(i);
                PostedEntry earlier = duplicateOf[i] >= 0 ? results[duplicateOf[i]] : null;
                if (earlier == null) {
                    earlier = alreadyPosted.get(new Key(e.groupId().value(), e.idempotencyKey()));
                }
                results[i] = new PostedEntry(earlier.groupId(), earlier.entryNo(), earlier.idempotencyKey(), earlier.bookedAt(), true);
            }
        }
        return List.of(results);
    }

    private void write(Connection connection, List<NewEntry> entries, byte[][] contentHashes, List<Integer> fresh,
                       Map<UUID, Head> heads, PostedEntry[] results, boolean large) throws SQLException {
        // Net movement per account over the whole batch, accounts in lock order.
        TreeMap<AccountKey, Long> deltas = new TreeMap<>();
        List<Row2<UUID, Long>> reversed = new ArrayList<>();
        for (int i : fresh) {
            NewEntry e = entries.get(i);
            UUID g = e.groupId().value();
            for (Map.Entry<String, Long> net : e.netByAccount().entrySet()) {
                deltas.merge(new AccountKey(g, net.getKey()), net.getValue(), Long::sum);
            }
            if (heads.get(g).closedMonths.contains(e.valueDate().withDayOfMonth(1))) {
                throw LedgerException.of(LedgerException.Reason.CLOSED_PERIOD, "Periode " + Periods.label(e.valueDate().withDayOfMonth(1))
                        + " sudah ditutup; catat koreksi di periode yang masih terbuka");
            }
            if (e.reversesEntryNo() != null) {
                reversed.add(row(g, e.reversesEntryNo()));
            }
        }
        Map<AccountKey, LockedAccount> accounts = lockAccounts(connection, deltas.keySet(), large);
        for (AccountKey key : deltas.keySet()) {
            if (!accounts.containsKey(key)) {
                throw LedgerException.of(LedgerException.Reason.UNKNOWN_ACCOUNT,
                        "Akun " + key.code() + " tidak ada dalam bagan akun kelompok ini");
            }
        }
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
        refuseNegativeHistory(entries, fresh, accounts);

        Instant bookedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        OffsetDateTime bookedAtUtc = PostingSql.utc(bookedAt);
        UUID batchId = UUID.randomUUID();
        int legCount = 0;
        for (int i : fresh) {
            legCount += entries.get(i).legs().size();
        }
        EntryColumns e = new EntryColumns(fresh.size());
        LegColumns l = new LegColumns(legCount);
        for (int i : fresh) {
            NewEntry entry = entries.get(i);
            UUID g = entry.groupId().value();
            Head head = heads.get(g);
            long entryNo = ++head.lastEntryNo;
            byte[] prev = head.lastHash;
            byte[] hash = EntryHashes.link(prev, g, entryNo, entry.idempotencyKey(), contentHashes[i], bookedAt);
            head.lastHash = hash;
            head.changed = true;
            UUID member = entry.memberId() == null ? null : entry.memberId().value();
            e.add(g, entryNo, entry.idempotencyKey(), contentHashes[i], entry.kind().name(), entry.valueDate(), entry.description(),
                    member, entry.postedBy(), entry.reversesEntryNo(), prev, hash);
            short legNo = 0;
            for (Leg leg : entry.legs()) {
                l.add(g, entryNo, ++legNo, leg.account().code(), leg.signedAmount(), entry.valueDate(), member);
            }
            results[i] = new PostedEntry(entry.groupId(), entryNo, entry.idempotencyKey(), bookedAt, false);
        }

        Map<String, Object> values = new HashMap<>(64);
        if (large) {
            BulkRows.copy(connection, e, l, bookedAtUtc, batchId);
            e = new EntryColumns(0);
            l = new LegColumns(0);
        }
        e.bind(values);
        l.bind(values);
        values.put("booked_at", bookedAtUtc);
        values.put("batch_id", batchId);
        List<UUID> balanceGroups = new ArrayList<>();
        List<String> balanceCodes = new ArrayList<>();
        List<Long> balanceDeltas = new ArrayList<>();
        deltas.forEach((k, d) -> {
            if (d != 0) {
                balanceGroups.add(k.groupId());
                balanceCodes.add(k.code());
                balanceDeltas.add(d);
            }
        });
        values.put("b_group", uuids(balanceGroups));
        values.put("b_code", texts(balanceCodes));
        values.put("b_delta", longs(balanceDeltas));
        List<UUID> headGroups = new ArrayList<>();
        List<Long> headNumbers = new ArrayList<>();
        List<byte[]> headHashes = new ArrayList<>();
        new TreeMap<>(heads).forEach((g, h) -> {
            if (h.changed) {
                headGroups.add(g);
                headNumbers.add(h.lastEntryNo);
                headHashes.add(h.lastHash);
            }
        });
        values.put("h_group", uuids(headGroups));
        values.put("h_no", longs(headNumbers));
        values.put("h_hash", bytes(headHashes));
        try (PreparedStatement statement = PostingSql.WRITE.prepare(connection, large)) {
            PostingSql.WRITE.bind(connection, statement, values);
            statement.executeUpdate();
        }
    }

    /** Entry rows as parallel columns (the arrays the write statement unnests, or the rows COPY streams). */
    static final class EntryColumns {
        final List<UUID> group;
        final List<Long> no;
        final List<String> key;
        final List<byte[]> content;
        final List<String> kind;
        final List<LocalDate> date;
        final List<String> description;
        final List<UUID> member;
        final List<String> postedBy;
        final List<Long> reverses;
        final List<byte[]> prev;
        final List<byte[]> hash;

        EntryColumns(int size) {
            group = new ArrayList<>(size);
            no = new ArrayList<>(size);
            key = new ArrayList<>(size);
            content = new ArrayList<>(size);
            kind = new ArrayList<>(size);
            date = new ArrayList<>(size);
            description = new ArrayList<>(size);
            member = new ArrayList<>(size);
            postedBy = new ArrayList<>(size);
            reverses = new ArrayList<>(size);
            prev = new ArrayList<>(size);
            hash = new ArrayList<>(size);
        }

        void add(UUID g, long n, String k, byte[] c, String kd, LocalDate d, String desc, UUID m, String by, Long rev, byte[] p, byte[] h) {
            group.add(g);
            no.add(n);
            key.add(k);
            content.add(c);
            kind.add(kd);
            date.add(d);
            description.add(desc);
            member.add(m);
            postedBy.add(by);
            reverses.add(rev);
            prev.add(p);
            hash.add(h);
        }

        int size() {
            return group.size();
        }

        void bind(Map<String, Object> values) {
            values.put("e_group", uuids(group));
            values.put("e_no", longs(no));
            values.put("e_key", texts(key));
            values.put("e_content", bytes(content));
            values.put("e_kind", texts(kind));
            values.put("e_date", dates(date));
            values.put("e_description", texts(description));
            values.put("e_member", uuids(member));
            values.put("e_posted_by", texts(postedBy));
            values.put("e_reverses", longs(reverses));
            values.put("e_prev", bytes(prev));
            values.put("e_hash", bytes(hash));
        }
    }

    /** Leg rows as parallel columns. */
    static final class LegColumns {
        final List<UUID> group;
        final List<Long> no;
        final List<Short> legNo;
        final List<String> account;
        final List<Long> amount;
        final List<LocalDate> date;
        final List<UUID> member;

        LegColumns(int size) {
            group = new ArrayList<>(size);
            no = new ArrayList<>(size);
            legNo = new ArrayList<>(size);
            account = new ArrayList<>(size);
            amount = new ArrayList<>(size);
            date = new ArrayList<>(size);
            member = new ArrayList<>(size);
        }

        void add(UUID g, long n, short leg, String code, long a, LocalDate d, UUID m) {
            group.add(g);
            no.add(n);
            legNo.add(leg);
            account.add(code);
            amount.add(a);
            date.add(d);
            member.add(m);
        }

        int size() {
            return group.size();
        }

        void bind(Map<String, Object> values) {
            values.put("l_group", uuids(group));
            values.put("l_no", longs(no));
            values.put("l_leg", shorts(legNo));
            values.put("l_account", texts(account));
            values.put("l_amount", longs(amount));
            values.put("l_date", dates(date));
            values.put("l_member", uuids(member));
        }
    }

    private Map<UUID, Head> lockBooks(Connection connection, TreeSet<UUID> groups, Set<LocalDate> months, boolean large) throws SQLException {
        Map<UUID, Head> heads = new HashMap<>();
        PostingSql.Sql sql = groups.size() == 1 ? PostingSql.LOCK_BOOK : PostingSql.LOCK_BOOKS;
        try (PreparedStatement statement = sql.prepare(connection, large)) {
            Map<String, Object> values = new HashMap<>();
            values.put("groups", uuids(new ArrayList<>(groups)));
            values.put("group", groups.first());
            values.put("months", dates(new ArrayList<>(months)));
            values.put("plan_cache_mode", large ? null : PostingSql.GENERIC_PLANS);
            sql.bind(connection, statement, values);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Set<LocalDate> closed = new HashSet<>();
                    for (Object month : (Object[]) rs.getArray(4).getArray()) {
                        closed.add(LocalDate.parse((String) month));
                    }
                    heads.put(rs.getObject(1, UUID.class), new Head(rs.getLong(2), rs.getBytes(3), closed));
                }
            }
        }
        for (UUID g : groups) {
            if (!heads.containsKey(g)) {
                throw LedgerException.of(LedgerException.Reason.UNKNOWN_BOOK, "Buku kas kelompok " + g + " belum dibuka");
            }
        }
        return heads;
    }

    private Map<Key, PostedEntry> postedWithKeys(Connection connection, List<NewEntry> entries, byte[][] contentHashes,
                                                 Map<Key, Integer> firstByKey, boolean large) throws SQLException {
        Map<Key, PostedEntry> posted = new HashMap<>();
        List<UUID> keyGroups = new ArrayList<>(firstByKey.size());
        List<String> keys = new ArrayList<>(firstByKey.size());
        for (Key k : firstByKey.keySet()) {
            keyGroups.add(k.groupId());
            keys.add(k.idempotencyKey());
        }
        try (PreparedStatement statement = PostingSql.POSTED_KEYS.prepare(connection, large)) {
            PostingSql.POSTED_KEYS.bind(connection, statement, Map.of("key_groups", uuids(keyGroups), "keys", texts(keys)));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Key key = new Key(rs.getObject(1, UUID.class), rs.getString(2));
                    int first = firstByKey.get(key);
                    requireSameContent(rs.getBytes(4), contentHashes[first], key.idempotencyKey());
                    posted.put(key, new PostedEntry(entries.get(first).groupId(), rs.getLong(3), key.idempotencyKey(),
                            rs.getObject(5, OffsetDateTime.class).toInstant(), true));
                }
            }
        }
        return posted;
    }

    private Map<AccountKey, LockedAccount> lockAccounts(Connection connection, Set<AccountKey> keys, boolean large) throws SQLException {
        Map<AccountKey, LockedAccount> locked = new HashMap<>();
        List<UUID> accountGroups = new ArrayList<>(keys.size());
        List<String> codes = new ArrayList<>(keys.size());
        for (AccountKey k : keys) {
            accountGroups.add(k.groupId());
            codes.add(k.code());
        }
        try (PreparedStatement statement = PostingSql.LOCK_ACCOUNTS.prepare(connection, large)) {
            PostingSql.LOCK_ACCOUNTS.bind(connection, statement, Map.of("account_groups", uuids(accountGroups), "codes", texts(codes)));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    locked.put(new AccountKey(rs.getObject(1, UUID.class), rs.getString(2)),
                            new LockedAccount(AccountType.valueOf(rs.getString(3)), rs.getBoolean(4), rs.getLong(5),
                                    rs.getObject(6, LocalDate.class)));
                }
            }
        }
        return locked;
    }

    /**
     * The non-negative rule over value-dated history: an account flagged non-negative must not be below zero (on
     * its normal side) at the end of <em>any</em> value date, counting every entry with that value date or an
     * earlier one. The current-balance check above covers postings dated on or after the account's latest leg;
     * a batch that lowers such an account at a date before one of its later legs (already booked or in the same
     * batch) is checked day by day from that date on. Runs under the account row lock, so no concurrent posting
     * can slip in between the check and the write.
     */
    private void refuseNegativeHistory(List<NewEntry> entries, List<Integer> fresh, Map<AccountKey, LockedAccount> accounts) {
        Map<AccountKey, TreeMap<LocalDate, Long>> byDay = null;
        Map<AccountKey, LocalDate> firstDecrease = null;
        for (int i : fresh) {
            NewEntry e = entries.get(i);
            for (Map.Entry<String, Long> net : e.netByAccount().entrySet()) {
                AccountKey key = new AccountKey(e.groupId().value(), net.getKey());
                LockedAccount account = accounts.get(key);
                if (!account.nonNegative()) {
                    continue;
                }
                if (byDay == null) {
                    byDay = new HashMap<>();
                    firstDecrease = new HashMap<>();
                }
                byDay.computeIfAbsent(key, k -> new TreeMap<>()).merge(e.valueDate(), net.getValue(), Long::sum);
                if (account.type().normalBalance(net.getValue()) < 0) {
                    firstDecrease.merge(key, e.valueDate(), (a, b) -> a.isBefore(b) ? a : b);
                }
            }
        }
        if (firstDecrease == null) {
            return;
        }
        for (Map.Entry<AccountKey, LocalDate> d : firstDecrease.entrySet()) {
            AccountKey key = d.getKey();
            LocalDate from = d.getValue();
            LockedAccount account = accounts.get(key);
            TreeMap<LocalDate, Long> batch = byDay.get(key);
            boolean laterLegs = (account.latestLeg() != null && account.latestLeg().isAfter(from)) || batch.lastKey().isAfter(from);
            if (!laterLegs) {
                continue; // nothing dated after the decrease: the current-balance check is the whole rule
            }
            TreeMap<LocalDate, Long> days = new TreeMap<>();
            long booked = 0;
            for (Record r : tx.select(LEG.VALUE_DATE, DSL.sum(LEG.AMOUNT)).from(LEG)
                    .where(LEG.GROUP_ID.eq(key.groupId()), LEG.ACCOUNT_CODE.eq(key.code()), LEG.VALUE_DATE.ge(from))
                    .groupBy(LEG.VALUE_DATE)
                    .fetch()) {
                long amount = r.get(1, java.math.BigDecimal.class).longValueExact();
                days.merge(r.get(LEG.VALUE_DATE), amount, Long::sum);
                booked += amount;
            }
            long running = account.balance() - booked; // end of the day before `from`, without this batch
            for (Map.Entry<LocalDate, Long> b : batch.entrySet()) {
                if (b.getKey().isBefore(from)) {
                    running += b.getValue();
                } else {
                    days.merge(b.getKey(), b.getValue(), Long::sum);
                }
            }
            for (Map.Entry<LocalDate, Long> day : days.entrySet()) {
                running += day.getValue();
                if (account.type().normalBalance(running) < 0) {
                    throw LedgerException.of(LedgerException.Reason.INSUFFICIENT_FUNDS,
                            "Saldo akun " + key.code() + " pada " + DAY.format(day.getKey()) + " akan menjadi "
                                    + Rupiah.format(account.type().normalBalance(running))
                                    + ": jurnal bertanggal mundur tidak boleh membuat saldo masa lalu kurang dari nol");
                }
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
