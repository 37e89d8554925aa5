package id.kube.ledger;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

import org.jooq.DSLContext;
import org.jooq.TransactionalCallable;
import org.jooq.exception.DataAccessException;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Runs a unit of work in one transaction, retrying it whole when PostgreSQL reports a serialization failure
 * (40001), a deadlock (40P01) or a concurrent first use of an idempotency key, so callers never see those.
 * Database refusals that back up the Java checks are turned into {@link LedgerException}s.
 */
public final class Transactions {

    static final int MAX_ATTEMPTS = 30;

    private Transactions() {
    }

    public static <T> T run(DSLContext dsl, TransactionalCallable<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return dsl.transactionResult(work);
            } catch (DataAccessException e) {
                PSQLException pg = postgresCause(e);
                if (pg != null && retryable(pg) && attempt < MAX_ATTEMPTS) {
                    backOff(attempt);
                    continue;
                }
                LedgerException refusal = pg == null ? null : translate(pg);
                if (refusal != null) {
                    throw refusal;
                }
                throw e;
            }
        }
    }

    private static boolean retryable(PSQLException e) {
        String state = e.getSQLState();
        if ("40001".equals(state) || "40P01".equals(state)) {
            return true;
        }
        ServerErrorMessage message = e.getServerErrorMessage();
        return "23505".equals(state) && message != null && "entry_idempotency_key_unique".equals(message.getConstraint());
    }

    private static @Nullable LedgerException translate(PSQLException e) {
        ServerErrorMessage message = e.getServerErrorMessage();
        if (message == null) {
            return null;
        }
        String constraint = message.getConstraint() == null ? "" : message.getConstraint();
        String hint = message.getHint() == null ? "" : message.getHint();
        return switch (e.getSQLState()) {
            case "23514" -> constraint.equals("account_never_below_zero")
                    ? new LedgerException(LedgerException.Reason.INSUFFICIENT_FUNDS, "Saldo tidak cukup: saldo akun tidak boleh kurang dari nol")
                    : null;
            case "23503" -> constraint.equals("leg_account_fk")
                    ? new LedgerException(LedgerException.Reason.UNKNOWN_ACCOUNT, "Akun tidak dikenal dalam bagan akun kelompok ini")
                    : null;
            case "23505" -> switch (constraint) {
                case "entry_reversed_once" -> new LedgerException(LedgerException.Reason.ALREADY_REVERSED, "Jurnal ini sudah pernah dibalik");
                case "entry_one_opening_balance" -> new LedgerException(LedgerException.Reason.OPENING_BALANCE_EXISTS, "Saldo awal kelompok ini sudah dicatat");
                default -> null;
            };
            case "P0001" -> switch (hint) {
                case "KUBE_UNBALANCED" -> new LedgerException(LedgerException.Reason.UNBALANCED, "Jurnal tidak seimbang");
                case "KUBE_CLOSED_PERIOD" -> new LedgerException(LedgerException.Reason.CLOSED_PERIOD, "Periode sudah ditutup");
                default -> null;
            };
            default -> null;
        };
    }

    private static @Nullable PSQLException postgresCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PSQLException pg) {
                return pg;
            }
            if (t instanceof SQLException sql && sql.getNextException() instanceof PSQLException next) {
                return next;
            }
        }
        return null;
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 2L + Math.min(attempt, 10) * 3L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a ledger transaction", e);
        }
    }
}
