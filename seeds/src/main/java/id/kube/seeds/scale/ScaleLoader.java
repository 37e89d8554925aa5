package id.kube.seeds.scale;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Table;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import id.kube.ledger.check.InvariantChecker;
import id.kube.ledger.check.InvariantReport;

/**
 * Loads the generator's files with PostgreSQL COPY through pgjdbc's {@link CopyManager}: into the KUBE tables
 * (with their keys, indexes, foreign keys and the ledger's statement-level balance and period checks, in one
 * transaction: all or nothing), and, as the baseline, a plain COPY of the same files into bare tables of the
 * same columns (no index, key or trigger) in a scratch schema, rolled back afterwards.
 */
public final class ScaleLoader {

    /** Scratch schema of the baseline; created and dropped inside the baseline's own transaction. */
    public static final String BASELINE_SCHEMA = "seeds_scale_baseline";

    /** One table's COPY: rows, bytes read and nanoseconds. */
    public record TableLoad(ScaleTable table, long rows, long bytes, long nanos) {

        public double rowsPerSecond() {
            return nanos == 0 ? 0 : rows * 1e9 / nanos;
        }
    }

    /**
     * All tables' COPYs, in load order, the whole run's nanoseconds (checks and commit included), how the
     * database's per-row checks ran, and the time and result of the checks run inside the transaction.
     */
    public record Load(List<TableLoad> tables, long nanos, Checks checks, long foreignKeyCheckNanos, @Nullable InvariantReport invariants,
                       long invariantNanos) {

        public Load(List<TableLoad> tables, long nanos) {
            this(tables, nanos, Checks.ROW_BY_ROW, 0, null, 0);
        }

        public long rows() {
            return tables.stream().mapToLong(TableLoad::rows).sum();
        }

        public long bytes() {
            return tables.stream().mapToLong(TableLoad::bytes).sum();
        }

        public double rowsPerSecond() {
            return nanos == 0 ? 0 : rows() * 1e9 / nanos;
        }

        public TableLoad of(ScaleTable table) {
            return tables.stream().filter(t -> t.table() == table).findFirst().orElseThrow();
        }
    }

    private ScaleLoader() {
    }

    /**
     * How the database checks the loaded rows. {@code ROW_BY_ROW}: foreign keys and the ledger's triggers fire
     * during COPY, as for any insert. {@code AFTER_LOAD} (PostgreSQL's bulk-restore practice, needs a role allowed
     * to set {@code session_replication_role}, e.g. a superuser): triggers, foreign-key triggers included, are off
     * for this transaction only, and before commit every foreign key of every loaded table is checked with one
     * anti-join each and kube-ledger's {@link InvariantChecker} runs over all books; any violation rolls
     * everything back.
     */
    public enum Checks {
        ROW_BY_ROW,
        AFTER_LOAD
    }

    /** Waits until a shard's files are complete (the generator may still be writing later shards). */
    @FunctionalInterface
    public interface ShardGate {
        void await(int shard);
    }

    /**
     * COPYs every file into its KUBE table, in one transaction, shard after shard (a shard's groups are
     * self-contained, so within a shard the tables go in foreign-key order); {@code gate} says when a shard is
     * ready, so loading overlaps the generation of later shards.
     */
    public static Load load(Connection connection, Path dir, int shards, ShardGate gate, Checks checks) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        long started = System.nanoTime();
        DSLContext dsl = DSL.using(connection, SQLDialect.POSTGRES);
        try {
            if (checks == Checks.AFTER_LOAD) {
                dsl.setLocal(DSL.name("session_replication_role"), DSL.inline("replica")).execute();
            }
            java.util.Map<ScaleTable, TableLoad> loads = new java.util.EnumMap<>(ScaleTable.class);
            for (int s = 0; s < shards; s++) {
                gate.await(s);
                for (ScaleTable table : ScaleTable.values()) {
                    TableLoad one = copy(connection, table, table.schema(), dir, s, s + 1);
                    loads.merge(table, one, (a, b) -> new TableLoad(table, a.rows() + b.rows(), a.bytes() + b.bytes(), a.nanos() + b.nanos()));
                }
            }
            long fkNanos = 0;
            if (checks == Checks.AFTER_LOAD) {
                dsl.setLocal(DSL.name("session_replication_role"), DSL.inline("origin")).execute();
                long fk = System.nanoTime();
                List<String> broken = brokenForeignKeys(dsl);
                fkNanos = System.nanoTime() - fk;
                if (!broken.isEmpty()) {
                    throw new IllegalStateException("rolled back: rows without their referenced row: " + broken);
                }
            }
            long inv = System.nanoTime();
            InvariantReport invariants = new InvariantChecker(dsl).checkAll();
            long invNanos = System.nanoTime() - inv;
            if (!invariants.clean()) {
                throw new IllegalStateException("rolled back: the ledger's invariants do not hold: " + invariants.violations());
            }
            connection.commit();
            return new Load(List.copyOf(loads.values()), System.nanoTime() - started, checks, fkNanos, invariants, invNanos);
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * The baseline: the same files COPYed into tables {@code LIKE} the KUBE tables (columns and types only) in
     * {@value #BASELINE_SCHEMA}; the transaction is rolled back, so nothing remains.
     */
    public static Load baseline(Connection connection, Path dir, int shards) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        DSLContext dsl = DSL.using(connection, SQLDialect.POSTGRES);
        try {
            dsl.createSchema(BASELINE_SCHEMA).execute();
            for (ScaleTable table : ScaleTable.values()) {
                // raw DDL on purpose: the baseline is a bare table of the same columns, what jOOQ's DSL cannot say (LIKE)
                dsl.execute("create table " + dsl.render(DSL.name(BASELINE_SCHEMA, table.tableName())) + " (like "
                        + dsl.render(DSL.name(table.schema(), table.tableName())) + " including defaults including identity)");
            }
            long started = System.nanoTime();
            List<TableLoad> loads = new ArrayList<>();
            for (ScaleTable table : ScaleTable.values()) {
                loads.add(copy(connection, table, BASELINE_SCHEMA, dir, 0, shards));
            }
            return new Load(loads, System.nanoTime() - started);
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Whether this connection's role may switch triggers off for its own transaction (superuser). */
    public static boolean canDeferChecks(Connection connection) {
        return "on".equals(DSL.using(connection, SQLDialect.POSTGRES)
                .fetchValue(DSL.function("current_setting", String.class, DSL.inline("is_superuser"))));
    }

    /** Every foreign key of every loaded table, checked with one anti-join: the keys whose rows miss their target. */
    @SuppressWarnings("unchecked")
    static List<String> brokenForeignKeys(DSLContext dsl) {
        List<String> broken = new ArrayList<>();
        for (ScaleTable table : ScaleTable.values()) {
            for (ForeignKey<?, ?> fk : table.table().getReferences()) {
                Table<?> child = table.table().as("c");
                Table<?> parent = fk.getKey().getTable().as("p");
                List<Condition> match = new ArrayList<>();
                List<Condition> present = new ArrayList<>();
                for (int i = 0; i < fk.getFields().size(); i++) {
                    Field<Object> from = (Field<Object>) child.field(fk.getFields().get(i));
                    Field<Object> to = (Field<Object>) parent.field(fk.getKey().getFields().get(i));
                    match.add(to.eq(from));
                    present.add(from.isNotNull());
                }
                if (dsl.fetchExists(DSL.selectOne().from(child).where(present)
                        .andNotExists(DSL.selectOne().from(parent).where(match)))) {
                    broken.add(table.qualifiedName() + " " + fk.getName());
                }
            }
        }
        return broken;
    }

    private static TableLoad copy(Connection connection, ScaleTable table, String schema, Path dir, int fromShard, int toShard)
            throws SQLException, IOException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        String command = table.copyCommand(schema);
        long rows = 0;
        long bytes = 0;
        long started = System.nanoTime();
        for (int s = fromShard; s < toShard; s++) {
            Path file = dir.resolve(table.fileName(s));
            bytes += Files.size(file);
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 20)) {
                rows += copy.copyIn(command, in, 1 << 16);
            }
        }
        return new TableLoad(table, rows, bytes, System.nanoTime() - started);
    }
}
