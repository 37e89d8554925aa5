package id.kube.ledger.check;

import static id.kube.ledger.persistence.jooq.Tables.ACCOUNT;
import static id.kube.ledger.persistence.jooq.Tables.BOOK;
import static id.kube.ledger.persistence.jooq.Tables.ENTRY;
import static id.kube.ledger.persistence.jooq.Tables.LEG;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

import id.kube.core.group.GroupId;

/**
 * Checks the books' invariants with set-based queries, for every group or one: debits equal credits per group,
 * every stored balance equals the sum of its legs, no entry is unbalanced or has fewer than two legs, no entry
 * without legs or leg without entry, each idempotency key at most once per group, and each book's chain head
 * matches its last entry. Used by the tests and after every benchmark workload.
 */
public final class InvariantChecker {

    private static final int SHOW = 10;

    private final DSLContext dsl;

    public InvariantChecker(DataSource dataSource) {
        this(DSL.using(dataSource, SQLDialect.POSTGRES));
    }

    public InvariantChecker(DSLContext dsl) {
        this.dsl = dsl;
    }

    public InvariantReport checkAll() {
        return checkScope(null);
    }

    public InvariantReport check(GroupId groupId) {
        return checkScope(groupId.value());
    }

    private InvariantReport checkScope(@Nullable UUID group) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            List<String> violations = new ArrayList<>();
            Condition legScope = group == null ? DSL.trueCondition() : LEG.GROUP_ID.eq(group);
            Condition entryScope = group == null ? DSL.trueCondition() : ENTRY.GROUP_ID.eq(group);
            Condition accountScope = group == null ? DSL.trueCondition() : ACCOUNT.GROUP_ID.eq(group);
            Condition bookScope = group == null ? DSL.trueCondition() : BOOK.GROUP_ID.eq(group);

            tx.select(LEG.GROUP_ID, sum(LEG.AMOUNT)).from(LEG).where(legScope).groupBy(LEG.GROUP_ID)
                    .having(sum(LEG.AMOUNT).ne(BigDecimal.ZERO)).limit(SHOW)
                    .forEach(r -> violations.add("debits differ from credits in group " + r.value1() + " by " + r.value2()));

            tx.select(LEG.GROUP_ID, LEG.ENTRY_NO).from(LEG).where(legScope).groupBy(LEG.GROUP_ID, LEG.ENTRY_NO)
                    .having(sum(LEG.AMOUNT).ne(BigDecimal.ZERO).or(count().lt(2))).limit(SHOW)
                    .forEach(r -> violations.add("unbalanced entry " + r.value2() + " in group " + r.value1()));

            Table<?> sums = tx.select(LEG.GROUP_ID, LEG.ACCOUNT_CODE, sum(LEG.AMOUNT).as("total")).from(LEG).where(legScope)
                    .groupBy(LEG.GROUP_ID, LEG.ACCOUNT_CODE).asTable("sums");
            Field<BigDecimal> total = sums.field("total", BigDecimal.class);
            tx.select(ACCOUNT.GROUP_ID, ACCOUNT.CODE, ACCOUNT.BALANCE, total).from(ACCOUNT)
                    .leftJoin(sums).on(ACCOUNT.GROUP_ID.eq(sums.field(LEG.GROUP_ID)), ACCOUNT.CODE.eq(sums.field(LEG.ACCOUNT_CODE)))
                    .where(accountScope, DSL.coalesce(total, BigDecimal.ZERO).ne(ACCOUNT.BALANCE.cast(BigDecimal.class)))
                    .limit(SHOW)
                    .forEach(r -> violations.add("stored balance " + r.value3() + " of account " + r.value2() + " in group "
                            + r.value1() + " differs from the sum of its legs " + r.value4()));

            tx.select(ENTRY.GROUP_ID, ENTRY.ENTRY_NO).from(ENTRY)
                    .where(entryScope, DSL.notExists(selectOne().from(LEG).where(LEG.GROUP_ID.eq(ENTRY.GROUP_ID), LEG.ENTRY_NO.eq(ENTRY.ENTRY_NO))))
                    .limit(SHOW)
                    .forEach(r -> violations.add("entry " + r.value2() + " of group " + r.value1() + " has no legs"));

            tx.select(LEG.GROUP_ID, LEG.ENTRY_NO).from(LEG)
                    .where(legScope, DSL.notExists(selectOne().from(ENTRY).where(ENTRY.GROUP_ID.eq(LEG.GROUP_ID), ENTRY.ENTRY_NO.eq(LEG.ENTRY_NO))))
                    .limit(SHOW)
                    .forEach(r -> violations.add("leg of missing entry " + r.value2() + " in group " + r.value1()));

            tx.select(ENTRY.GROUP_ID, ENTRY.IDEMPOTENCY_KEY).from(ENTRY).where(entryScope)
                    .groupBy(ENTRY.GROUP_ID, ENTRY.IDEMPOTENCY_KEY).having(count().gt(1)).limit(SHOW)
                    .forEach(r -> violations.add("idempotency key " + r.value2() + " used more than once in group " + r.value1()));

            Table<?> heads = tx.select(ENTRY.GROUP_ID, max(ENTRY.ENTRY_NO).as("last_no"), count().as("n")).from(ENTRY).where(entryScope)
                    .groupBy(ENTRY.GROUP_ID).asTable("heads");
            Field<Long> lastNo = heads.field("last_no", Long.class);
            Field<Integer> n = heads.field("n", Integer.class);
            tx.select(BOOK.GROUP_ID, BOOK.LAST_ENTRY_NO, lastNo, n).from(BOOK)
                    .leftJoin(heads).on(BOOK.GROUP_ID.eq(heads.field(ENTRY.GROUP_ID)))
                    .where(bookScope, BOOK.LAST_ENTRY_NO.ne(DSL.coalesce(lastNo, 0L)).or(BOOK.LAST_ENTRY_NO.ne(DSL.coalesce(n, 0).cast(Long.class))))
                    .limit(SHOW)
                    .forEach(r -> violations.add("book of group " + r.value1() + " says " + r.value2() + " entries, journal has "
                            + r.value4() + " up to " + r.value3()));

            Record counts = tx.select(countDistinct(BOOK.GROUP_ID)).from(BOOK).where(bookScope).fetchOne();
            long entries = tx.fetchCount(ENTRY, entryScope);
            return new InvariantReport(counts.get(0, Long.class), entries, violations);
        });
    }
}
