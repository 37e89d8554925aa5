package id.kube.ledger.journal;

import static id.kube.ledger.persistence.jooq.Tables.ENTRY;
import static id.kube.ledger.persistence.jooq.Tables.LEG;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes a large batch's entries and legs with PostgreSQL COPY (CSV), one statement per table, inside the
 * posting transaction. The table and column lists are rendered by jOOQ from the generated schema. Each table's
 * statement-level checks (balanced legs, open period) run once over the whole batch.
 */
final class BulkRows {

    private static final HexFormat HEX = HexFormat.of();
    private static final int FLUSH_BYTES = 1 << 20;

    private static final String ENTRY_COPY = command(ENTRY, List.of(ENTRY.GROUP_ID, ENTRY.ENTRY_NO, ENTRY.IDEMPOTENCY_KEY,
            ENTRY.CONTENT_HASH, ENTRY.KIND, ENTRY.VALUE_DATE, ENTRY.BOOKED_AT, ENTRY.DESCRIPTION, ENTRY.MEMBER_ID, ENTRY.POSTED_BY,
            ENTRY.REVERSES_ENTRY_NO, ENTRY.BATCH_ID, ENTRY.PREV_HASH, ENTRY.HASH));
    private static final String LEG_COPY = command(LEG, List.of(LEG.GROUP_ID, LEG.ENTRY_NO, LEG.LEG_NO, LEG.ACCOUNT_CODE, LEG.AMOUNT,
            LEG.VALUE_DATE, LEG.MEMBER_ID));

    private BulkRows() {
    }

    private static String command(Table<?> table, List<? extends Field<?>> columns) {
        DSLContext render = DSL.using(SQLDialect.POSTGRES);
        return "COPY " + render.render(table) + " ("
                + columns.stream().map(f -> render.render(DSL.name(f.getName()))).collect(Collectors.joining(", "))
                + ") FROM STDIN (FORMAT csv)";
    }

    static void copy(Connection connection, Posting.EntryColumns e, Posting.LegColumns l, OffsetDateTime bookedAt, UUID batchId)
            throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        String booked = bookedAt.toString();
        String batch = batchId.toString();
        write(pg, ENTRY_COPY, e.size(), (i, text) -> {
            csv(text, e.group.get(i)).append(',');
            csv(text, e.no.get(i)).append(',');
            csv(text, e.key.get(i)).append(',');
            csv(text, e.content.get(i)).append(',');
            csv(text, e.kind.get(i)).append(',');
            csv(text, e.date.get(i)).append(',');
            text.append(booked).append(',');
            csv(text, e.description.get(i)).append(',');
            csv(text, e.member.get(i)).append(',');
            csv(text, e.postedBy.get(i)).append(',');
            csv(text, e.reverses.get(i)).append(',');
            text.append(batch).append(',');
            csv(text, e.prev.get(i)).append(',');
            csv(text, e.hash.get(i));
        });
        write(pg, LEG_COPY, l.size(), (i, text) -> {
            csv(text, l.group.get(i)).append(',');
            csv(text, l.no.get(i)).append(',');
            csv(text, l.legNo.get(i)).append(',');
            csv(text, l.account.get(i)).append(',');
            csv(text, l.amount.get(i)).append(',');
            csv(text, l.date.get(i)).append(',');
            csv(text, l.member.get(i));
        });
    }

    private interface RowText {
        void append(int row, StringBuilder text);
    }

    private static void write(PGConnection pg, String command, int rows, RowText row) throws SQLException {
        CopyIn copy = pg.getCopyAPI().copyIn(command);
        try {
            StringBuilder text = new StringBuilder(FLUSH_BYTES + 4096);
            for (int i = 0; i < rows; i++) {
                row.append(i, text);
                text.append('\n');
                if (text.length() >= FLUSH_BYTES) {
                    flush(copy, text);
                }
            }
            flush(copy, text);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void flush(CopyIn copy, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    private static StringBuilder csv(StringBuilder out, Object value) {
        switch (value) {
            case null -> { } // unquoted empty field is NULL in CSV
            case byte[] bytes -> out.append("\\x").append(HEX.formatHex(bytes));
            case String s -> out.append('"').append(s.replace("\"", "\"\"")).append('"');
            default -> out.append(value);
        }
        return out;
    }
}
