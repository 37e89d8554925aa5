package id.kube.ledger.report;

import static id.kube.ledger.persistence.jooq.Tables.ENTRY;
import static id.kube.ledger.persistence.jooq.Tables.LEG;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

import id.kube.core.group.GroupId;
import id.kube.core.member.MemberId;

/**
 * The journal as a treasurer reads it: entries of one group in a value-date range, newest first, each with its
 * legs and its reversal links both ways (the entry it reverses, the entry that reversed it). Read only; the
 * figures are the stored legs (debit-positive whole rupiah).
 */
public final class JournalReader {

    /** One leg of a listed entry: account code and debit-positive amount. */
    public record Line(String accountCode, long debitPositive) {
    }

    /** One posted entry with its legs and reversal links. */
    public record Entry(long entryNo, LocalDate valueDate, String kind, String description, @Nullable MemberId memberId,
                        String postedBy, @Nullable Long reversesEntryNo, @Nullable Long reversedByEntryNo, List<Line> lines) {

        public Entry {
            lines = List.copyOf(lines);
        }

        /** The sum of the debit legs (= the sum of the credit legs). */
        public long total() {
            return lines.stream().mapToLong(Line::debitPositive).filter(a -> a > 0).sum();
        }

        public boolean reversed() {
            return reversedByEntryNo != null;
        }

        public boolean isReversal() {
            return reversesEntryNo != null;
        }
    }

    private final DSLContext dsl;

    public JournalReader(DataSource dataSource) {
        this(DSL.using(dataSource, SQLDialect.POSTGRES));
    }

    public JournalReader(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Entries with value dates in {@code [from, to]}, newest first, at most {@code limit} (1..10,000). */
    public List<Entry> entries(GroupId groupId, LocalDate from, LocalDate to, int limit) {
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("limit must be 1..10000, not " + limit);
        }
        UUID g = groupId.value();
        var reversal = ENTRY.as("reversal");
        var rows = dsl.select(ENTRY.ENTRY_NO, ENTRY.VALUE_DATE, ENTRY.KIND, ENTRY.DESCRIPTION, ENTRY.MEMBER_ID, ENTRY.POSTED_BY,
                        ENTRY.REVERSES_ENTRY_NO, reversal.ENTRY_NO)
                .from(ENTRY).leftJoin(reversal).on(reversal.GROUP_ID.eq(ENTRY.GROUP_ID), reversal.REVERSES_ENTRY_NO.eq(ENTRY.ENTRY_NO))
                .where(ENTRY.GROUP_ID.eq(g), ENTRY.VALUE_DATE.between(from, to))
                .orderBy(ENTRY.VALUE_DATE.desc(), ENTRY.ENTRY_NO.desc())
                .limit(limit)
                .fetch();
        return withLines(g, rows.map(r -> r));
    }

    /** One entry, if the group's journal has it. */
    public Optional<Entry> entry(GroupId groupId, long entryNo) {
        UUID g = groupId.value();
        var reversal = ENTRY.as("reversal");
        Record row = dsl.select(ENTRY.ENTRY_NO, ENTRY.VALUE_DATE, ENTRY.KIND, ENTRY.DESCRIPTION, ENTRY.MEMBER_ID, ENTRY.POSTED_BY,
                        ENTRY.REVERSES_ENTRY_NO, reversal.ENTRY_NO)
                .from(ENTRY).leftJoin(reversal).on(reversal.GROUP_ID.eq(ENTRY.GROUP_ID), reversal.REVERSES_ENTRY_NO.eq(ENTRY.ENTRY_NO))
                .where(ENTRY.GROUP_ID.eq(g), ENTRY.ENTRY_NO.eq(entryNo))
                .fetchOne();
        return row == null ? Optional.empty() : Optional.of(withLines(g, List.of(row)).getFirst());
    }

    /**
     * The number of the entry posted under this idempotency key, if any: a form retried after its first submit
     * succeeded can tell a replay from a new posting before it checks funds again.
     */
    public Optional<Long> entryWithKey(GroupId groupId, String idempotencyKey) {
        return dsl.select(ENTRY.ENTRY_NO).from(ENTRY)
                .where(ENTRY.GROUP_ID.eq(groupId.value()), ENTRY.IDEMPOTENCY_KEY.eq(idempotencyKey))
                .fetchOptional(ENTRY.ENTRY_NO);
    }

    private List<Entry> withLines(UUID g, List<? extends Record> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> numbers = rows.stream().map(r -> r.get(0, Long.class)).toList();
        Map<Long, List<Line>> lines = new HashMap<>();
        dsl.select(LEG.ENTRY_NO, LEG.ACCOUNT_CODE, LEG.AMOUNT).from(LEG)
                .where(LEG.GROUP_ID.eq(g), LEG.ENTRY_NO.in(numbers))
                .orderBy(LEG.ENTRY_NO, LEG.LEG_NO)
                .forEach(l -> lines.computeIfAbsent(l.get(LEG.ENTRY_NO), k -> new ArrayList<>())
                        .add(new Line(l.get(LEG.ACCOUNT_CODE), l.get(LEG.AMOUNT))));
        Map<Long, Entry> out = new LinkedHashMap<>();
        for (Record r : rows) {
            long no = r.get(0, Long.class);
            UUID member = r.get(4, UUID.class);
            out.put(no, new Entry(no, r.get(1, LocalDate.class), r.get(2, String.class), r.get(3, String.class),
                    member == null ? null : new MemberId(member), r.get(5, String.class), r.get(6, Long.class), r.get(7, Long.class),
                    lines.getOrDefault(no, List.of())));
        }
        return List.copyOf(out.values());
    }
}
