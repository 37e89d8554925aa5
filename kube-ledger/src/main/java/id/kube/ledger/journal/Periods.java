package id.kube.ledger.journal;

import id.kube.ledger.Transactions;
import id.kube.ledger.LedgerException;
import static id.kube.ledger.persistence.jooq.Tables.BOOK;
import static id.kube.ledger.persistence.jooq.Tables.PERIOD;
import static id.kube.ledger.persistence.jooq.Tables.PERIOD_EVENT;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.LocalDate;
import java.util.Objects;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import id.kube.core.group.GroupId;
import id.kube.core.money.Rupiah;

/**
 * Accounting months of a group. Closing a month stops any posting dated in it; reopening is an audited act with
 * a reason. Both are recorded in {@code ledger.period_event}, which is append-only.
 */
public final class Periods {

    private final DSLContext dsl;
    private final Clock clock;

    public Periods(DataSource dataSource, Clock clock) {
        this(DSL.using(dataSource, SQLDialect.POSTGRES), clock);
    }

    public Periods(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public void close(GroupId groupId, YearMonth month, String reason, String actor) {
        change(groupId, month, true, reason, actor);
    }

    public void reopen(GroupId groupId, YearMonth month, String reason, String actor) {
        change(groupId, month, false, reason, actor);
    }

    public boolean isClosed(GroupId groupId, YearMonth month) {
        Record1<Boolean> r = dsl.select(PERIOD.CLOSED).from(PERIOD)
                .where(PERIOD.GROUP_ID.eq(groupId.value()), PERIOD.MONTH.eq(month.atDay(1))).fetchOne();
        return r != null && r.value1();
    }

    private void change(GroupId groupId, YearMonth month, boolean close, String reason, String actor) {
        Objects.requireNonNull(month, "month");
        LedgerException.require(reason != null && !reason.isBlank() && reason.length() <= 500,
                LedgerException.Reason.INVALID_INPUT, "Alasan wajib diisi (paling banyak 500 karakter)");
        LedgerException.require(actor != null && !actor.isBlank() && actor.length() <= 100,
                LedgerException.Reason.INVALID_INPUT, "Nama petugas wajib diisi");
        LocalDate first = month.atDay(1);
        Transactions.run(dsl, cfg -> {
            DSLContext tx = DSL.using(cfg);
            // Lock the book: a posting into this month either committed before or sees the close.
            if (tx.selectOne().from(BOOK).where(BOOK.GROUP_ID.eq(groupId.value())).forUpdate().fetchOne() == null) {
                throw LedgerException.of(LedgerException.Reason.UNKNOWN_BOOK, "Buku kas kelompok ini belum dibuka");
            }
            Record1<Boolean> current = tx.select(PERIOD.CLOSED).from(PERIOD)
                    .where(PERIOD.GROUP_ID.eq(groupId.value()), PERIOD.MONTH.eq(first)).fetchOne();
            boolean closedNow = current != null && current.value1();
            if (close && closedNow) {
                throw LedgerException.of(LedgerException.Reason.PERIOD_ALREADY_CLOSED, "Periode " + label(first) + " sudah ditutup");
            }
            if (!close && !closedNow) {
                throw LedgerException.of(LedgerException.Reason.PERIOD_NOT_CLOSED, "Periode " + label(first) + " tidak sedang ditutup");
            }
            tx.insertInto(PERIOD, PERIOD.GROUP_ID, PERIOD.MONTH, PERIOD.CLOSED)
                    .values(groupId.value(), first, close)
                    .onConflict(PERIOD.GROUP_ID, PERIOD.MONTH).doUpdate().set(PERIOD.CLOSED, close)
                    .execute();
            tx.insertInto(PERIOD_EVENT, PERIOD_EVENT.GROUP_ID, PERIOD_EVENT.MONTH, PERIOD_EVENT.ACTION, PERIOD_EVENT.REASON,
                            PERIOD_EVENT.ACTOR, PERIOD_EVENT.OCCURRED_AT)
                    .values(groupId.value(), first, close ? "CLOSE" : "REOPEN", reason, actor, clock.instant().atOffset(ZoneOffset.UTC))
                    .execute();
            return null;
        });
    }

    /** {@code Januari 2026}. */
    static String label(LocalDate month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Rupiah.INDONESIA) + " " + month.getYear();
    }
}
