package id.kube.ledger.journal;

import static id.kube.ledger.persistence.jooq.Tables.ACCOUNT;
import static id.kube.ledger.persistence.jooq.Tables.BOOK;
import static id.kube.ledger.persistence.jooq.Tables.ENTRY;
import static id.kube.ledger.persistence.jooq.Tables.LEG;
import static id.kube.ledger.persistence.jooq.Tables.PERIOD;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jooq.CommonTableExpression;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.postgresql.PGStatement;

/**
 * The statements of the posting path, built with the jOOQ DSL and rendered <em>once</em> (class initialisation)
 * into SQL with {@code ?} placeholders. Every statement takes arrays, so its text is the same for a batch of one
 * entry or of ten thousand: the JDBC driver prepares it once per connection on the server and a posting costs
 * binding a few arrays instead of rendering and planning eight statements.
 *
 * <ul>
 * <li>{@link #LOCK_BOOKS} ({@link #LOCK_BOOK} for a batch of one group): the books of the batch's groups, locked
 * in group order, with the closed months among the batch's months (and the plan cache mode of the transaction,
 * {@link #GENERIC_PLANS});</li>
 * <li>{@link #POSTED_KEYS}: entries already posted under the batch's idempotency keys;</li>
 * <li>{@link #LOCK_ACCOUNTS}: the touched accounts, locked in (group, code) order, with the latest value date of
 * a non-negative account's legs (to know when a back-dated posting needs the history check);</li>
 * <li>{@link #WRITE}: one statement that inserts the entries and legs, adds the net movements to the balances
 * and moves the hash-chain heads (data-modifying CTEs; the tables' foreign keys and statement triggers run at
 * its end, over the whole batch).</li>
 * </ul>
 */
final class PostingSql {

    /** A rendered statement and the names of its parameters in placeholder order. */
    record Sql(String text, List<String> parameters) {

        PreparedStatement prepare(Connection connection, boolean oneOff) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(text);
            if (oneOff) {
                // a large batch: plan with the real array sizes rather than a cached generic plan
                statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            }
            return statement;
        }

        /** Binds values by parameter name. */
        void bind(Connection connection, PreparedStatement statement, Map<String, Object> values) throws SQLException {
            for (int i = 0; i < parameters.size(); i++) {
                String name = parameters.get(i);
                if (!values.containsKey(name)) {
                    throw new IllegalArgumentException("no value for " + name);
                }
                Object value = values.get(name);
                if (value == null) {
                    statement.setNull(i + 1, java.sql.Types.VARCHAR); // the only scalar that may be null is text
                } else if (value instanceof TypedArray(String type, Object[] elements)) {
                    statement.setArray(i + 1, connection.createArrayOf(type, elements));
                } else {
                    statement.setObject(i + 1, value);
                }
            }
        }
    }

    /** An array parameter: PostgreSQL element type name and elements. */
    record TypedArray(String type, Object[] elements) {
    }

    static TypedArray uuids(List<UUID> values) {
        return new TypedArray("uuid", values.toArray());
    }

    static TypedArray texts(List<String> values) {
        return new TypedArray("varchar", values.toArray());
    }

    static TypedArray longs(List<Long> values) {
        return new TypedArray("int8", values.toArray());
    }

    static TypedArray shorts(List<Short> values) {
        return new TypedArray("int2", values.toArray());
    }

    static TypedArray dates(List<LocalDate> values) {
        return new TypedArray("date", values.stream().map(d -> d == null ? null : d.toString()).toArray());
    }

    static TypedArray bytes(List<byte[]> values) {
        return new TypedArray("bytea", values.toArray(new byte[0][]));
    }

    /**
     * For a small batch the book lock sets {@code plan_cache_mode = force_generic_plan} for the rest of the posting
     * transaction (null: leave it as it is). The statements take arrays whose length PostgreSQL cannot know when it
     * plans a prepared statement once for all; it then assumes ten elements, finds that generic plan dearer than
     * one made for the actual one or two elements and plans again at every execution. Measured on W2 that
     * replanning doubled the server's CPU per entry (0.8 ms against 0.4 ms); the generic plans (index nested loops)
     * are the right ones for a small batch. Large batches keep PostgreSQL's choice (their statements are planned
     * with the real arrays: {@link Sql#prepare}). A caller that posts inside its own transaction ({@code postIn})
     * keeps the setting until that transaction ends.
     */
    static final String GENERIC_PLANS = "force_generic_plan";

    private static final DSLContext RENDER = DSL.using(SQLDialect.POSTGRES);
    private static final Pattern NAMED = Pattern.compile("(?<![:\\w]):([a-z_]+)");

    static final Sql LOCK_BOOKS;
    static final Sql LOCK_BOOK;
    static final Sql POSTED_KEYS;
    static final Sql LOCK_ACCOUNTS;
    static final Sql WRITE;

    static {
        Param<UUID[]> groups = DSL.param("groups", SQLDataType.UUID.array());
        Param<LocalDate[]> months = DSL.param("months", SQLDataType.LOCALDATE.array());
        // set_config(…, true) lasts until the end of the transaction: see PLAN_CACHE_MODE
        Field<String> planCacheMode = DSL.function("set_config", SQLDataType.VARCHAR, DSL.inline("plan_cache_mode"),
                DSL.coalesce(DSL.param("plan_cache_mode", SQLDataType.VARCHAR),
                        DSL.function("current_setting", SQLDataType.VARCHAR, DSL.inline("plan_cache_mode"))),
                DSL.inline(true));
        Field<String[]> closedMonths = DSL.array(DSL.select(PERIOD.MONTH.cast(SQLDataType.VARCHAR)).from(PERIOD)
                .where(PERIOD.GROUP_ID.eq(BOOK.GROUP_ID), PERIOD.CLOSED.isTrue(), PERIOD.MONTH.eq(DSL.any(months))));
        LOCK_BOOKS = render(DSL.select(BOOK.GROUP_ID, BOOK.LAST_ENTRY_NO, BOOK.LAST_HASH, closedMonths, planCacheMode)
                .from(BOOK)
                .where(BOOK.GROUP_ID.eq(DSL.any(groups)))
                .orderBy(BOOK.GROUP_ID)
                .forUpdate());
        // the same for a batch of one group (a single entry, a meeting's contributions): with a scalar key the
        // plan made once is as good as one made for the value, so PostgreSQL keeps it from the first statement on
        LOCK_BOOK = render(DSL.select(BOOK.GROUP_ID, BOOK.LAST_ENTRY_NO, BOOK.LAST_HASH, closedMonths, planCacheMode)
                .from(BOOK)
                .where(BOOK.GROUP_ID.eq(DSL.param("group", SQLDataType.UUID)))
                .forUpdate());

        Table<?> keys = DSL.select(unnest("key_groups", SQLDataType.UUID, "group_id"),
                unnest("keys", SQLDataType.VARCHAR, "idempotency_key")).asTable("wanted");
        POSTED_KEYS = render(DSL.select(ENTRY.GROUP_ID, ENTRY.IDEMPOTENCY_KEY, ENTRY.ENTRY_NO, ENTRY.CONTENT_HASH, ENTRY.BOOKED_AT)
                .from(ENTRY).join(keys)
                .on(ENTRY.GROUP_ID.eq(keys.field("group_id", SQLDataType.UUID)),
                        ENTRY.IDEMPOTENCY_KEY.eq(keys.field("idempotency_key", SQLDataType.VARCHAR))));

        Table<?> accounts = DSL.select(unnest("account_groups", SQLDataType.UUID, "group_id"),
                unnest("codes", SQLDataType.VARCHAR, "code")).asTable("wanted");
        Field<LocalDate> latestLeg = DSL.field(DSL.select(DSL.max(LEG.VALUE_DATE)).from(LEG)
                .where(LEG.GROUP_ID.eq(ACCOUNT.GROUP_ID), LEG.ACCOUNT_CODE.eq(ACCOUNT.CODE)));
        LOCK_ACCOUNTS = render(DSL.select(ACCOUNT.GROUP_ID, ACCOUNT.CODE, ACCOUNT.TYPE, ACCOUNT.NON_NEGATIVE, ACCOUNT.BALANCE,
                        DSL.when(ACCOUNT.NON_NEGATIVE.isTrue(), latestLeg))
                .from(ACCOUNT).join(accounts)
                .on(ACCOUNT.GROUP_ID.eq(accounts.field("group_id", SQLDataType.UUID)),
                        ACCOUNT.CODE.eq(accounts.field("code", SQLDataType.VARCHAR)))
                .orderBy(ACCOUNT.GROUP_ID, ACCOUNT.CODE)
                .forUpdate().of(ACCOUNT));

        CommonTableExpression<?> insertedEntries = DSL.name("inserted_entries").as(
                DSL.insertInto(ENTRY, ENTRY.GROUP_ID, ENTRY.ENTRY_NO, ENTRY.IDEMPOTENCY_KEY, ENTRY.CONTENT_HASH, ENTRY.KIND,
                                ENTRY.VALUE_DATE, ENTRY.BOOKED_AT, ENTRY.DESCRIPTION, ENTRY.MEMBER_ID, ENTRY.POSTED_BY,
                                ENTRY.REVERSES_ENTRY_NO, ENTRY.BATCH_ID, ENTRY.PREV_HASH, ENTRY.HASH)
                        .select(DSL.select(unnest("e_group", SQLDataType.UUID), unnest("e_no", SQLDataType.BIGINT),
                                unnest("e_key", SQLDataType.VARCHAR), unnest("e_content", SQLDataType.BLOB),
                                unnest("e_kind", SQLDataType.VARCHAR), unnest("e_date", SQLDataType.LOCALDATE),
                                DSL.param("booked_at", SQLDataType.TIMESTAMPWITHTIMEZONE), unnest("e_description", SQLDataType.VARCHAR),
                                unnest("e_member", SQLDataType.UUID), unnest("e_posted_by", SQLDataType.VARCHAR),
                                unnest("e_reverses", SQLDataType.BIGINT), DSL.param("batch_id", SQLDataType.UUID),
                                unnest("e_prev", SQLDataType.BLOB), unnest("e_hash", SQLDataType.BLOB)))
                        .returning(ENTRY.ENTRY_NO));
        CommonTableExpression<?> insertedLegs = DSL.name("inserted_legs").as(
                DSL.insertInto(LEG, LEG.GROUP_ID, LEG.ENTRY_NO, LEG.LEG_NO, LEG.ACCOUNT_CODE, LEG.AMOUNT, LEG.VALUE_DATE, LEG.MEMBER_ID)
                        .select(DSL.select(unnest("l_group", SQLDataType.UUID), unnest("l_no", SQLDataType.BIGINT),
                                unnest("l_leg", SQLDataType.SMALLINT), unnest("l_account", SQLDataType.VARCHAR),
                                unnest("l_amount", SQLDataType.BIGINT), unnest("l_date", SQLDataType.LOCALDATE),
                                unnest("l_member", SQLDataType.UUID)))
                        .returning(LEG.LEG_NO));
        Table<?> deltas = DSL.select(unnest("b_group", SQLDataType.UUID, "group_id"), unnest("b_code", SQLDataType.VARCHAR, "code"),
                unnest("b_delta", SQLDataType.BIGINT, "delta")).asTable("deltas");
        CommonTableExpression<?> movedBalances = DSL.name("moved_balances").as(
                DSL.update(ACCOUNT)
                        .set(ACCOUNT.BALANCE, ACCOUNT.BALANCE.plus(deltas.field("delta", SQLDataType.BIGINT)))
                        .from(deltas)
                        .where(ACCOUNT.GROUP_ID.eq(deltas.field("group_id", SQLDataType.UUID)),
                                ACCOUNT.CODE.eq(deltas.field("code", SQLDataType.VARCHAR)))
                        .returning(ACCOUNT.CODE));
        Table<?> heads = DSL.select(unnest("h_group", SQLDataType.UUID, "group_id"), unnest("h_no", SQLDataType.BIGINT, "last_entry_no"),
                unnest("h_hash", SQLDataType.BLOB, "last_hash")).asTable("heads");
        WRITE = render(DSL.with(insertedEntries, insertedLegs, movedBalances)
                .update(BOOK)
                .set(BOOK.LAST_ENTRY_NO, heads.field("last_entry_no", SQLDataType.BIGINT))
                .set(BOOK.LAST_HASH, heads.field("last_hash", SQLDataType.BLOB))
                .from(heads)
                .where(BOOK.GROUP_ID.eq(heads.field("group_id", SQLDataType.UUID))));
    }

    private PostingSql() {
    }

    private static <T> Field<T> unnest(String parameter, DataType<T> type) {
        return DSL.function("unnest", type, DSL.param(parameter, type.array()));
    }

    private static <T> Field<T> unnest(String parameter, DataType<T> type, String alias) {
        return unnest(parameter, type).as(alias);
    }

    /** Renders with named parameters, then replaces each by {@code ?} and remembers the order. */
    static Sql render(Query query) {
        String named = RENDER.renderContext().paramType(ParamType.NAMED).visit(query).render();
        Matcher m = NAMED.matcher(named);
        List<String> names = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            names.add(m.group(1));
            m.appendReplacement(text, "?");
        }
        m.appendTail(text);
        Map<String, Integer> seen = new HashMap<>();
        for (String n : names) {
            if (seen.merge(n, 1, Integer::sum) > 1) {
                throw new IllegalStateException("parameter " + n + " used twice in " + named);
            }
        }
        return new Sql(text.toString(), List.copyOf(names));
    }

    static OffsetDateTime utc(java.time.Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }
}
