package id.kube.ledger.loan;

import static id.kube.ledger.persistence.jooq.Tables.ENTRY;
import static id.kube.ledger.persistence.jooq.Tables.LOAN;
import static id.kube.ledger.persistence.jooq.Tables.LOAN_ALLOCATION;
import static id.kube.ledger.persistence.jooq.Tables.LOAN_EVENT;
import static id.kube.ledger.persistence.jooq.Tables.LOAN_INSTALLMENT;
import static id.kube.ledger.persistence.jooq.Tables.LOAN_SCHEDULE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

import id.kube.core.group.GroupId;

/**
 * Arrears of a group's loans as they were at the end of a date: the schedule version in force that day, the
 * payments made by that day, loans written off by that day left out. With a knowledge time ("as the books said
 * then"), only what had been <em>booked</em> before it counts: loans whose disbursement entry, payments whose
 * repayment entry, and restructurings and write-offs whose event were recorded before that instant.
 */
final class PortfolioReader {

    private final DSLContext dsl;

    PortfolioReader(DSLContext dsl) {
        this.dsl = dsl;
    }

    private record InstallmentKey(long loanNo, int version, int seq) {
    }

    Portfolio portfolio(GroupId groupId, LocalDate asOf) {
        return portfolio(groupId, asOf, null);
    }

    /** {@code knownBefore} null: everything booked so far. */
    Portfolio portfolio(GroupId groupId, LocalDate asOf, @Nullable Instant knownBefore) {
        UUID g = groupId.value();
        Condition loanKnown = DSL.trueCondition();
        Condition eventKnown = DSL.trueCondition();
        Condition paymentKnown = DSL.trueCondition();
        if (knownBefore != null) {
            OffsetDateTime before = knownBefore.atOffset(ZoneOffset.UTC);
            loanKnown = DSL.exists(DSL.selectOne().from(ENTRY).where(ENTRY.GROUP_ID.eq(LOAN.GROUP_ID),
                    ENTRY.ENTRY_NO.eq(LOAN.DISBURSEMENT_ENTRY_NO), ENTRY.BOOKED_AT.lt(before)));
            eventKnown = LOAN_EVENT.RECORDED_AT.lt(before);
            paymentKnown = DSL.exists(DSL.selectOne().from(ENTRY).where(ENTRY.GROUP_ID.eq(LOAN_ALLOCATION.GROUP_ID),
                    ENTRY.ENTRY_NO.eq(LOAN_ALLOCATION.ENTRY_NO), ENTRY.BOOKED_AT.lt(before)));
        }
        // a schedule version after the first exists through its restructuring event: known when that was recorded
        Set<InstallmentKey> knownRestructurings = new HashSet<>();
        for (Record r : dsl.select(LOAN_EVENT.LOAN_NO, LOAN_EVENT.TO_VERSION).from(LOAN_EVENT)
                .where(LOAN_EVENT.GROUP_ID.eq(g), LOAN_EVENT.KIND.eq("RESTRUCTURED"), LOAN_EVENT.TO_VERSION.isNotNull(), eventKnown)
                .fetch()) {
            knownRestructurings.add(new InstallmentKey(r.get(LOAN_EVENT.LOAN_NO), r.get(LOAN_EVENT.TO_VERSION), 0));
        }
        Map<Long, Integer> versionInForce = new HashMap<>();
        for (Record r : dsl.select(LOAN_SCHEDULE.LOAN_NO, LOAN_SCHEDULE.VERSION).from(LOAN_SCHEDULE).join(LOAN)
                .on(LOAN.GROUP_ID.eq(LOAN_SCHEDULE.GROUP_ID), LOAN.LOAN_NO.eq(LOAN_SCHEDULE.LOAN_NO))
                .where(LOAN_SCHEDULE.GROUP_ID.eq(g), LOAN_SCHEDULE.STARTS_ON.le(asOf), LOAN.DISBURSED_ON.le(asOf), loanKnown)
                .fetch()) {
            long loanNo = r.get(LOAN_SCHEDULE.LOAN_NO);
            int version = r.get(LOAN_SCHEDULE.VERSION);
            if (version == 1 || knownRestructurings.contains(new InstallmentKey(loanNo, version, 0))) {
                versionInForce.merge(loanNo, version, Math::max);
            }
        }
        Set<Long> writtenOff = new HashSet<>(dsl.select(LOAN_EVENT.LOAN_NO).from(LOAN_EVENT)
                .where(LOAN_EVENT.GROUP_ID.eq(g), LOAN_EVENT.KIND.eq("WRITTEN_OFF"), LOAN_EVENT.OCCURRED_ON.le(asOf), eventKnown)
                .fetch(LOAN_EVENT.LOAN_NO));
        Map<InstallmentKey, long[]> paid = new HashMap<>();
        for (Record r : dsl.select(LOAN_ALLOCATION.LOAN_NO, LOAN_ALLOCATION.VERSION, LOAN_ALLOCATION.SEQ, LOAN_ALLOCATION.FEE_PAID,
                        LOAN_ALLOCATION.PRINCIPAL_PAID)
                .from(LOAN_ALLOCATION).where(LOAN_ALLOCATION.GROUP_ID.eq(g), LOAN_ALLOCATION.PAID_ON.le(asOf), paymentKnown).fetch()) {
            long[] sums = paid.computeIfAbsent(new InstallmentKey(r.get(LOAN_ALLOCATION.LOAN_NO), r.get(LOAN_ALLOCATION.VERSION),
                    r.get(LOAN_ALLOCATION.SEQ)), k -> new long[2]);
            sums[0] += r.get(LOAN_ALLOCATION.FEE_PAID);
            sums[1] += r.get(LOAN_ALLOCATION.PRINCIPAL_PAID);
        }
        Map<Long, long[]> perLoan = new HashMap<>(); // outstanding principal, overdue, oldest overdue epoch day
        long dueToDate = 0;
        long paidOnDue = 0;
        for (Record r : dsl.selectFrom(LOAN_INSTALLMENT).where(LOAN_INSTALLMENT.GROUP_ID.eq(g))
                .orderBy(LOAN_INSTALLMENT.LOAN_NO, LOAN_INSTALLMENT.SEQ).fetch()) {
            long loanNo = r.get(LOAN_INSTALLMENT.LOAN_NO);
            Integer version = versionInForce.get(loanNo);
            if (version == null || version.intValue() != r.get(LOAN_INSTALLMENT.VERSION) || writtenOff.contains(loanNo)) {
                continue;
            }
            long[] p = paid.getOrDefault(new InstallmentKey(loanNo, version, r.get(LOAN_INSTALLMENT.SEQ)), new long[2]);
            long principalOwed = r.get(LOAN_INSTALLMENT.PRINCIPAL_DUE) - p[1];
            long owed = principalOwed + r.get(LOAN_INSTALLMENT.FEE_DUE) - p[0];
            long[] loan = perLoan.computeIfAbsent(loanNo, k -> new long[] {0, 0, Long.MAX_VALUE});
            loan[0] += principalOwed;
            LocalDate due = r.get(LOAN_INSTALLMENT.DUE_ON);
            if (!due.isAfter(asOf)) {
                long total = r.get(LOAN_INSTALLMENT.PRINCIPAL_DUE) + r.get(LOAN_INSTALLMENT.FEE_DUE);
                dueToDate += total;
                paidOnDue += total - owed;
            }
            if (due.isBefore(asOf) && owed > 0) {
                loan[1] += owed;
                loan[2] = Math.min(loan[2], due.toEpochDay());
            }
        }
        List<LoanArrears> loans = new ArrayList<>();
        long outstanding = 0;
        long par0 = 0;
        long par30 = 0;
        long par90 = 0;
        for (Map.Entry<Long, long[]> e : new java.util.TreeMap<>(perLoan).entrySet()) {
            long[] v = e.getValue();
            long days = v[2] == Long.MAX_VALUE ? 0 : ChronoUnit.DAYS.between(LocalDate.ofEpochDay(v[2]), asOf);
            loans.add(new LoanArrears(e.getKey(), asOf, days, v[1], v[0]));
            outstanding += v[0];
            par0 += days > 0 ? v[0] : 0;
            par30 += days > 30 ? v[0] : 0;
            par90 += days > 90 ? v[0] : 0;
        }
        return new Portfolio(groupId, asOf, loans, outstanding, par0, par30, par90, dueToDate, paidOnDue);
    }
}
