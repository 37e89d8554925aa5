package id.kube.ledger.journal;

import static id.kube.ledger.persistence.jooq.Tables.ACCOUNT;
import static id.kube.ledger.persistence.jooq.Tables.BOOK;
import static id.kube.ledger.persistence.jooq.Tables.CASH_COUNT;
import static id.kube.ledger.persistence.jooq.Tables.LEG;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import javax.money.MonetaryAmount;
import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

import id.kube.core.group.GroupId;
import id.kube.ledger.LedgerException;
import id.kube.ledger.Transactions;
import id.kube.ledger.account.AccountId;

/** Records cash counts against the books and lists them with their differences. */
public final class CashCounts {

    private final DSLContext dsl;
    private final Clock clock;

    public CashCounts(DataSource dataSource, Clock clock) {
        this(DSL.using(dataSource, SQLDialect.POSTGRES), clock);
    }

    public CashCounts(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Records a count of the account's cash at the end of {@code countedOn} and returns it with the difference. */
    public CashCount record(AccountId account, LocalDate countedOn, MonetaryAmount counted, String countedBy, @Nullable String note) {
        long countedAmount = Leg.wholeRupiah(account, counted);
        LedgerException.require(countedAmount >= 0, LedgerException.Reason.NON_POSITIVE_AMOUNT, "Jumlah kas yang dihitung tidak boleh negatif");
        LedgerException.require(countedBy != null && !countedBy.isBlank() && countedBy.length() <= 100,
                LedgerException.Reason.INVALID_INPUT, "Nama penghitung kas wajib diisi");
        GroupId g = account.groupId();
        return Transactions.run(dsl, cfg -> {
            DSLContext tx = DSL.using(cfg);
            if (tx.selectOne().from(BOOK).where(BOOK.GROUP_ID.eq(g.value())).forShare().fetchOne() == null) {
                throw LedgerException.of(LedgerException.Reason.UNKNOWN_BOOK, "Buku kas kelompok ini belum dibuka");
            }
            if (!tx.fetchExists(ACCOUNT, ACCOUNT.GROUP_ID.eq(g.value()), ACCOUNT.CODE.eq(account.code()))) {
                throw LedgerException.of(LedgerException.Reason.UNKNOWN_ACCOUNT, "Akun " + account.code() + " tidak ada dalam bagan akun kelompok ini");
            }
            BigDecimal sum = tx.select(DSL.sum(LEG.AMOUNT)).from(LEG)
                    .where(LEG.GROUP_ID.eq(g.value()), LEG.ACCOUNT_CODE.eq(account.code()), LEG.VALUE_DATE.le(countedOn))
                    .fetchOne().value1();
            long book = sum == null ? 0 : sum.longValueExact();
            long no = tx.insertInto(CASH_COUNT, CASH_COUNT.GROUP_ID, CASH_COUNT.ACCOUNT_CODE, CASH_COUNT.COUNTED_ON,
                            CASH_COUNT.COUNTED_AMOUNT, CASH_COUNT.BOOK_BALANCE, CASH_COUNT.DIFFERENCE, CASH_COUNT.COUNTED_BY,
                            CASH_COUNT.RECORDED_AT, CASH_COUNT.NOTE)
                    .values(g.value(), account.code(), countedOn, countedAmount, book, countedAmount - book, countedBy,
                            clock.instant().atOffset(ZoneOffset.UTC), note)
                    .returning(CASH_COUNT.COUNT_NO).fetchOne().getCountNo();
            return new CashCount(g, no, account.code(), countedOn, countedAmount, book, countedBy);
        });
    }

    public List<CashCount> list(GroupId groupId) {
        return dsl.selectFrom(CASH_COUNT).where(CASH_COUNT.GROUP_ID.eq(groupId.value())).orderBy(CASH_COUNT.COUNT_NO)
                .fetch(r -> new CashCount(groupId, r.getCountNo(), r.getAccountCode(), r.getCountedOn(), r.getCountedAmount(),
                        r.getBookBalance(), r.getCountedBy()));
    }
}
