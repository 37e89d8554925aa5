package id.kube.ledger.report;

import static id.kube.ledger.persistence.jooq.Tables.ENTRY;
import static id.kube.ledger.persistence.jooq.Tables.LEG;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import id.kube.core.group.GroupId;
import id.kube.core.member.MemberId;
import id.kube.ledger.account.Account;
import id.kube.ledger.account.AccountRole;
import id.kube.ledger.account.AccountType;
import id.kube.ledger.journal.Books;

/**
 * Reports of one group straight from the journal's legs (never from the stored balances), by value date, so a
 * report as of a past date shows the books as they were then.
 */
public final class Reports {

    private final DSLContext dsl;

    public Reports(DataSource dataSource) {
        this(DSL.using(dataSource, SQLDialect.POSTGRES));
    }

    public Reports(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every account of the chart with its balance at the end of {@code asOf}. */
    public List<AccountBalance> balancesAsOf(GroupId groupId, LocalDate asOf) {
        return balances(groupId, LEG.VALUE_DATE.le(asOf));
    }

    public TrialBalance trialBalance(GroupId groupId, LocalDate asOf) {
        return new TrialBalance(groupId, asOf, balancesAsOf(groupId, asOf));
    }

    public BalanceSheet balanceSheet(GroupId groupId, LocalDate asOf) {
        List<AccountBalance> all = balancesAsOf(groupId, asOf);
        long income = all.stream().filter(b -> b.account().type() == AccountType.INCOME).mapToLong(AccountBalance::normal).sum();
        long expenses = all.stream().filter(b -> b.account().type() == AccountType.EXPENSE).mapToLong(AccountBalance::normal).sum();
        return new BalanceSheet(groupId, asOf, ofType(all, AccountType.ASSET), ofType(all, AccountType.LIABILITY),
                ofType(all, AccountType.EQUITY), income - expenses);
    }

    /**
     * Income and expenses with value dates in {@code [from, to]}. Year-end closing entries are left out, so a
     * closed year still shows what it earned.
     */
    public IncomeStatement incomeStatement(GroupId groupId, LocalDate from, LocalDate to) {
        List<AccountBalance> all = balances(groupId, LEG.VALUE_DATE.between(from, to).and(DSL.notExists(
                DSL.selectOne().from(ENTRY).where(ENTRY.GROUP_ID.eq(LEG.GROUP_ID), ENTRY.ENTRY_NO.eq(LEG.ENTRY_NO),
                        ENTRY.KIND.eq("YEAR_END_CLOSING")))));
        return new IncomeStatement(groupId, from, to, ofType(all, AccountType.INCOME), ofType(all, AccountType.EXPENSE));
    }

    /** Movements of one account (normally cash or bank) in {@code [from, to]} with the running balance. */
    public CashBook cashBook(GroupId groupId, String accountCode, LocalDate from, LocalDate to) {
        UUID g = groupId.value();
        BigDecimal before = dsl.select(sum(LEG.AMOUNT)).from(LEG)
                .where(LEG.GROUP_ID.eq(g), LEG.ACCOUNT_CODE.eq(accountCode), LEG.VALUE_DATE.lt(from)).fetchOne().value1();
        long running = before == null ? 0 : before.longValueExact();
        long opening = running;
        List<CashBook.Line> lines = new ArrayList<>();
        for (Record r : dsl.select(LEG.VALUE_DATE, LEG.ENTRY_NO, ENTRY.DESCRIPTION, LEG.MEMBER_ID, sum(LEG.AMOUNT))
                .from(LEG).join(ENTRY).on(ENTRY.GROUP_ID.eq(LEG.GROUP_ID), ENTRY.ENTRY_NO.eq(LEG.ENTRY_NO))
                .where(LEG.GROUP_ID.eq(g), LEG.ACCOUNT_CODE.eq(accountCode), LEG.VALUE_DATE.between(from, to))
                .groupBy(LEG.VALUE_DATE, LEG.ENTRY_NO, ENTRY.DESCRIPTION, LEG.MEMBER_ID)
                .orderBy(LEG.VALUE_DATE, LEG.ENTRY_NO)
                .fetch()) {
            long amount = r.get(4, BigDecimal.class).longValueExact();
            running += amount;
            UUID member = r.get(LEG.MEMBER_ID);
            lines.add(new CashBook.Line(r.get(LEG.VALUE_DATE), r.get(LEG.ENTRY_NO), r.get(ENTRY.DESCRIPTION),
                    member == null ? null : member.toString(), Math.max(amount, 0), Math.max(-amount, 0), running));
        }
        return new CashBook(groupId, accountCode, from, to, opening, lines);
    }

    public MemberStatement memberStatement(GroupId groupId, MemberId memberId, LocalDate from, LocalDate to) {
        UUID g = groupId.value();
        List<Account> chart = Books.chart(dsl, groupId);
        Map<String, Account> byCode = new HashMap<>();
        chart.forEach(a -> byCode.put(a.code(), a));
        List<MemberStatement.Line> lines = dsl.select(LEG.VALUE_DATE, LEG.ENTRY_NO, ENTRY.KIND, ENTRY.DESCRIPTION, LEG.ACCOUNT_CODE, LEG.AMOUNT)
                .from(LEG).join(ENTRY).on(ENTRY.GROUP_ID.eq(LEG.GROUP_ID), ENTRY.ENTRY_NO.eq(LEG.ENTRY_NO))
                .where(LEG.GROUP_ID.eq(g), LEG.MEMBER_ID.eq(memberId.value()), LEG.VALUE_DATE.between(from, to))
                .orderBy(LEG.VALUE_DATE, LEG.ENTRY_NO, LEG.LEG_NO)
                .fetch(r -> new MemberStatement.Line(r.get(LEG.VALUE_DATE), r.get(LEG.ENTRY_NO), r.get(ENTRY.KIND),
                        r.get(ENTRY.DESCRIPTION), r.get(LEG.ACCOUNT_CODE), r.get(LEG.AMOUNT)));
        Map<String, Long> closing = new HashMap<>();
        Map<AccountRole, Long> byRole = new EnumMap<>(AccountRole.class);
        for (Record r : dsl.select(LEG.ACCOUNT_CODE, sum(LEG.AMOUNT)).from(LEG)
                .where(LEG.GROUP_ID.eq(g), LEG.MEMBER_ID.eq(memberId.value()), LEG.VALUE_DATE.le(to))
                .groupBy(LEG.ACCOUNT_CODE).fetch()) {
            Account account = byCode.get(r.get(LEG.ACCOUNT_CODE));
            long normal = account.type().normalBalance(r.get(1, BigDecimal.class).longValueExact());
            closing.put(account.code(), normal);
            if (account.role() != null) {
                byRole.put(account.role(), normal);
            }
        }
        return new MemberStatement(groupId, memberId, from, to, lines, closing, byRole);
    }

    private List<AccountBalance> balances(GroupId groupId, Condition legCondition) {
        Map<String, Long> sums = new HashMap<>();
        for (Record r : dsl.select(LEG.ACCOUNT_CODE, sum(LEG.AMOUNT)).from(LEG)
                .where(LEG.GROUP_ID.eq(groupId.value()), legCondition)
                .groupBy(LEG.ACCOUNT_CODE).fetch()) {
            sums.put(r.get(LEG.ACCOUNT_CODE), r.get(1, BigDecimal.class).longValueExact());
        }
        List<AccountBalance> out = new ArrayList<>();
        for (Account a : Books.chart(dsl, groupId)) {
            out.add(new AccountBalance(a, sums.getOrDefault(a.code(), 0L)));
        }
        return out;
    }

    private static List<AccountBalance> ofType(List<AccountBalance> all, AccountType type) {
        return all.stream().filter(b -> b.account().type() == type).toList();
    }
}
