package id.kube.ledger.loan;

import static id.kube.ledger.persistence.jooq.Tables.LOAN_ALLOCATION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import id.kube.core.group.GroupId;

/** The repayments recorded on one loan, oldest first: date, journal entry, fee and principal taken. Read only. */
public final class LoanPayments {

    /** One repayment as it was allocated (fee first, then principal). */
    public record Payment(long entryNo, LocalDate paidOn, long feePaid, long principalPaid) {
        public long total() {
            return feePaid + principalPaid;
        }
    }

    private final DSLContext dsl;

    public LoanPayments(DataSource dataSource) {
        this(DSL.using(dataSource, SQLDialect.POSTGRES));
    }

    public LoanPayments(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Payment> of(GroupId groupId, long loanNo) {
        return dsl.select(LOAN_ALLOCATION.ENTRY_NO, LOAN_ALLOCATION.PAID_ON, DSL.sum(LOAN_ALLOCATION.FEE_PAID),
                        DSL.sum(LOAN_ALLOCATION.PRINCIPAL_PAID))
                .from(LOAN_ALLOCATION)
                .where(LOAN_ALLOCATION.GROUP_ID.eq(groupId.value()), LOAN_ALLOCATION.LOAN_NO.eq(loanNo))
                .groupBy(LOAN_ALLOCATION.ENTRY_NO, LOAN_ALLOCATION.PAID_ON)
                .orderBy(LOAN_ALLOCATION.PAID_ON, LOAN_ALLOCATION.ENTRY_NO)
                .fetch(r -> new Payment(r.value1(), r.value2(), r.get(2, BigDecimal.class).longValueExact(),
                        r.get(3, BigDecimal.class).longValueExact()));
    }
}
