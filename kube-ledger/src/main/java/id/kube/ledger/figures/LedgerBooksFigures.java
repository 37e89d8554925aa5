package id.kube.ledger.figures;

import static id.kube.ledger.persistence.jooq.Tables.CASH_COUNT;
import static id.kube.ledger.persistence.jooq.Tables.ENTRY;
import static id.kube.ledger.persistence.jooq.Tables.IKS_DISBURSEMENT;
import static id.kube.ledger.persistence.jooq.Tables.LEG;
import static id.kube.ledger.persistence.jooq.Tables.PERIOD_EVENT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import javax.sql.DataSource;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

import id.kube.core.group.GroupId;
import id.kube.core.indicator.AsOf;
import id.kube.core.indicator.BooksFigure;
import id.kube.core.indicator.BooksFigures;
import id.kube.core.indicator.BooksPeriodFigures;
import id.kube.core.indicator.MissingReason;
import id.kube.core.indicator.Period;
import id.kube.ledger.account.Account;
import id.kube.ledger.account.AccountRole;
import id.kube.ledger.account.AccountType;
import id.kube.ledger.journal.Books;
import id.kube.ledger.journal.EntryKind;
import id.kube.ledger.loan.LoanBook;
import id.kube.ledger.loan.Portfolio;
import id.kube.ledger.persistence.jooq.tables.Entry;

/**
 * kube-ledger's implementation of the {@link BooksFigures} port. For a group, period and as-of date it reads
 * the journal as it was known at the end of the as-of day (in the books' time zone, WIB by default): entries
 * booked later are left out even when their value date lies in the period, so a report as of an earlier date
 * never changes. Value dates count up to the cut-off ({@link AsOf#cutOff}).
 *
 * <p>Loan figures are the loan book's own {@link Portfolio} at the cut-off (PAR30, outstanding, due and repaid)
 * as the books said at the end of the as-of day ({@link LoanBook#portfolio(GroupId, LocalDate, Instant)}): a
 * repayment, disbursement, restructuring or write-off booked later is not in them.
 *
 * <p>Definitions (see docs/figures.md): a reversal counts against the kind of the entry it reverses; the year-end
 * closing entries are not revenue or expenses; the emergency fund is the reserve account (cadangan); SHU paid
 * is what left the members' SHU payable account (to cash, bank or savings); a month is closed on time when it
 * was closed by the {@value #CLOSE_DEADLINE_DAY}th of the following month.
 */
public final class LedgerBooksFigures implements BooksFigures {

    /** The day of the following month by which a month's books must be closed to count as on time. */
    public static final int CLOSE_DEADLINE_DAY = 10;
    /** Indonesia's western time (WIB), where most KUBE books are kept. */
    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final DSLContext dsl;
    private final LoanBook loanBook;
    private final ZoneId zone;

    public LedgerBooksFigures(DataSource dataSource) {
        this(DSL.using(dataSource, SQLDialect.POSTGRES), WIB);
    }

    /** @param zone the books' time zone, where an as-of day begins and ends */
    public LedgerBooksFigures(DSLContext dsl, ZoneId zone) {
        this.dsl = Objects.requireNonNull(dsl);
        this.zone = Objects.requireNonNull(zone);
        // The loan book only reads here; its clock stamps postings, which this class never makes.
        this.loanBook = new LoanBook(dsl, Clock.system(zone));
    }

    @Override
    public BooksPeriodFigures figures(GroupId group, Period period, AsOf asOf) {
        BooksPeriodFigures.Builder out = BooksPeriodFigures.builder(group, period, asOf);
        if (asOf.before(period)) {
            return allMissing(out, MissingReason.AFTER_AS_OF);
        }
        if (!new Books(dsl).isOpen(group)) {
            return allMissing(out, MissingReason.BOOKS_UNAVAILABLE);
        }
        Knowledge k = new Knowledge(group, period, asOf.cutOff(period), asOf.date().plusDays(1).atStartOfDay(zone).toInstant());
        Flows flows = new Flows(Books.chart(dsl, group), flows(k));
        capital(out, k, flows);
        business(out, k, flows);
        iks(out, k, flows);
        loans(out, k);
        discipline(out, k, flows);
        return out.build();
    }

    /** What can be seen: this group's entries booked before {@code bookedBefore}, value-dated up to {@code cutOff}. */
    private record Knowledge(GroupId group, Period period, LocalDate cutOff, Instant bookedBefore) {
        UUID id() {
            return group.value();
        }

        OffsetDateTime bookedBeforeTs() {
            return bookedBefore.atOffset(java.time.ZoneOffset.UTC);
        }
    }

    // ---- capital -------------------------------------------------------------------------------------------

    private void capital(BooksPeriodFigures.Builder out, Knowledge k, Flows flows) {
        out.known(BooksFigure.EQUITY_END, flows.equity(k.cutOff()));
        LocalDate yearEarlier = k.cutOff().minusYears(1);
        LocalDate first = flows.firstDate();
        if (first == null || first.isAfter(yearEarlier)) {
            out.missing(BooksFigure.EQUITY_YEAR_EARLIER, MissingReason.NOT_YET_OBSERVABLE);
        } else {
            out.known(BooksFigure.EQUITY_YEAR_EARLIER, flows.equity(yearEarlier));
        }
        LocalDate grant = flows.grantDate();
        if (grant == null) {
            out.missing(BooksFigure.STIMULUS_RECEIVED, MissingReason.NO_DATA);
        } else {
            out.known(BooksFigure.STIMULUS_RECEIVED, flows.balance(AccountRole.GRANT_CAPITAL, k.cutOff()));
        }
        out.known(BooksFigure.OWN_CAPITAL_END, flows.balance(AccountRole.PRINCIPAL_CONTRIBUTIONS, k.cutOff())
                + flows.balance(AccountRole.MANDATORY_CONTRIBUTIONS, k.cutOff())
                + flows.balance(AccountRole.RESERVE, k.cutOff())
                + flows.balance(AccountRole.RETAINED_SURPLUS, k.cutOff()));
    }

    // ---- business ------------------------------------------------------------------------------------------

    private void business(BooksPeriodFigures.Builder out, Knowledge k, Flows flows) {
        LocalDate start = k.period().start();
        out.known(BooksFigure.REVENUE_PERIOD, flows.operating(AccountType.INCOME, start, k.cutOff()));
        out.known(BooksFigure.EXPENSES_PERIOD, flows.operating(AccountType.EXPENSE, start, k.cutOff()));
        LocalDate grant = flows.grantDate();
        if (grant == null || grant.isAfter(k.cutOff())) {
            out.missing(BooksFigure.MONTHS_SINCE_GRANT, MissingReason.NO_DATA);
            out.missing(BooksFigure.MONTHS_WITH_REVENUE_SINCE_GRANT, MissingReason.NO_DATA);
            return;
        }
        YearMonth from = YearMonth.from(grant);
        YearMonth to = YearMonth.from(k.cutOff());
        long withRevenue = 0;
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            LocalDate last = m.atEndOfMonth().isAfter(k.cutOff()) ? k.cutOff() : m.atEndOfMonth();
            if (flows.operating(AccountType.INCOME, m.atDay(1), last) > 0) {
                withRevenue++;
            }
        }
        out.known(BooksFigure.MONTHS_SINCE_GRANT, ChronoUnit.MONTHS.between(from, to) + 1);
        out.known(BooksFigure.MONTHS_WITH_REVENUE_SINCE_GRANT, withRevenue);
    }

    // ---- IKS and SHU ---------------------------------------------------------------------------------------

    private void iks(BooksPeriodFigures.Builder out, Knowledge k, Flows flows) {
        long paidOut = -flows.normalOfKind(AccountRole.IKS_FUND, EntryKind.IKS_DISBURSEMENT, LocalDate.MIN, k.cutOff());
        long balance = flows.balance(AccountRole.IKS_FUND, k.cutOff());
        out.known(BooksFigure.IKS_PAID_OUT_SINCE_GRANT, paidOut);
        out.known(BooksFigure.IKS_COLLECTED_SINCE_GRANT, balance + paidOut);
        out.known(BooksFigure.IKS_BALANCE_END, balance);
        out.known(BooksFigure.EMERGENCY_FUND_END, flows.balance(AccountRole.RESERVE, k.cutOff()));
        out.known(BooksFigure.IKS_DISBURSEMENTS_SINCE_GRANT, iksDisbursements(k));
        out.known(BooksFigure.MEMBERS_WHO_PAID_IKS_PERIOD, membersWhoPaidIks(k, flows));
        // Normal side of a liability is credit: money leaving it (paid to members) is a negative normal flow.
        long payable = flows.normal(AccountRole.SURPLUS_PAYABLE, k.period().start(), k.cutOff());
        long allocated = flows.normalOfKind(AccountRole.SURPLUS_PAYABLE, EntryKind.SURPLUS_ALLOCATION, k.period().start(), k.cutOff());
        out.known(BooksFigure.SHU_PAID_PERIOD, allocated - payable);
    }

    private long iksDisbursements(Knowledge k) {
        Entry e = ENTRY.as("e");
        return dsl.selectCount().from(IKS_DISBURSEMENT)
                .join(e).on(e.GROUP_ID.eq(IKS_DISBURSEMENT.GROUP_ID), e.ENTRY_NO.eq(IKS_DISBURSEMENT.ENTRY_NO))
                .where(IKS_DISBURSEMENT.GROUP_ID.eq(k.id()), known(e, k), e.VALUE_DATE.le(k.cutOff()), notReversed(e, k))
                .fetchOne().value1();
    }

    private long membersWhoPaidIks(Knowledge k, Flows flows) {
        String iks = flows.code(AccountRole.IKS_FUND);
        if (iks == null) {
            return 0;
        }
        Entry e = ENTRY.as("e");
        return dsl.select(countDistinct(LEG.MEMBER_ID)).from(LEG)
                .join(e).on(e.GROUP_ID.eq(LEG.GROUP_ID), e.ENTRY_NO.eq(LEG.ENTRY_NO))
                .where(LEG.GROUP_ID.eq(k.id()), LEG.ACCOUNT_CODE.eq(iks), LEG.AMOUNT.lt(0L), LEG.MEMBER_ID.isNotNull(),
                        LEG.VALUE_DATE.between(k.period().start(), k.cutOff()),
                        e.KIND.eq(EntryKind.IKS_CONTRIBUTION.name()), known(e, k), notReversed(e, k))
                .fetchOne().value1();
    }

    // ---- loans ---------------------------------------------------------------------------------------------

    private void loans(BooksPeriodFigures.Builder out, Knowledge k) {
        Portfolio portfolio = loanBook.portfolio(k.group(), k.cutOff(), k.bookedBefore());
        out.known(BooksFigure.LOANS_OUTSTANDING_END, portfolio.outstandingPrincipal());
        out.known(BooksFigure.LOANS_OVER_30_DAYS_END, portfolio.atRiskOver30());
        out.known(BooksFigure.INSTALLMENTS_DUE_PERIOD, portfolio.dueToDate());
        out.known(BooksFigure.INSTALLMENTS_REPAID_PERIOD, portfolio.paidOnDueToDate());
    }

    // ---- contributions, closing, cash counts ---------------------------------------------------------------

    private void discipline(BooksPeriodFigures.Builder out, Knowledge k, Flows flows) {
        out.missing(BooksFigure.CONTRIBUTIONS_DUE_PERIOD, MissingReason.BOOKS_UNAVAILABLE);
        out.known(BooksFigure.CONTRIBUTIONS_PAID_PERIOD,
                flows.normal(AccountRole.PRINCIPAL_CONTRIBUTIONS, k.period().start(), k.cutOff())
                        + flows.normal(AccountRole.MANDATORY_CONTRIBUTIONS, k.period().start(), k.cutOff()));
        long onTime = 0;
        for (YearMonth m = YearMonth.from(k.period().start()); !m.isAfter(YearMonth.from(k.cutOff())); m = m.plusMonths(1)) {
            OffsetDateTime deadline = m.plusMonths(1).atDay(CLOSE_DEADLINE_DAY).plusDays(1).atStartOfDay(zone).toOffsetDateTime();
            if (dsl.fetchExists(DSL.selectOne().from(PERIOD_EVENT).where(PERIOD_EVENT.GROUP_ID.eq(k.id()),
                    PERIOD_EVENT.MONTH.eq(m.atDay(1)), PERIOD_EVENT.ACTION.eq("CLOSE"),
                    PERIOD_EVENT.OCCURRED_AT.lt(deadline), PERIOD_EVENT.OCCURRED_AT.lt(k.bookedBeforeTs())))) {
                onTime++;
            }
        }
        out.known(BooksFigure.MONTHS_CLOSED_ON_TIME_PERIOD, onTime);
        Record counts = dsl.select(DSL.count(), DSL.count().filterWhere(CASH_COUNT.DIFFERENCE.eq(0L))).from(CASH_COUNT)
                .where(CASH_COUNT.GROUP_ID.eq(k.id()), CASH_COUNT.COUNTED_ON.between(k.period().start(), k.cutOff()),
                        CASH_COUNT.RECORDED_AT.lt(k.bookedBeforeTs()))
                .fetchOne();
        out.known(BooksFigure.CASH_COUNTS_PERIOD, counts.get(0, Integer.class));
        out.known(BooksFigure.CASH_COUNTS_AGREEING_PERIOD, counts.get(1, Integer.class));
    }

    // ---- the journal as known ------------------------------------------------------------------------------

    private static Condition known(Entry e, Knowledge k) {
        return e.BOOKED_AT.lt(k.bookedBeforeTs());
    }

    /** Not reversed by a reversal that was known by the as-of day and dated up to the cut-off. */
    private static Condition notReversed(Entry e, Knowledge k) {
        Entry r = ENTRY.as("r");
        return DSL.notExists(DSL.selectOne().from(r).where(r.GROUP_ID.eq(e.GROUP_ID), r.REVERSES_ENTRY_NO.eq(e.ENTRY_NO),
                r.BOOKED_AT.lt(k.bookedBeforeTs()), r.VALUE_DATE.le(k.cutOff())));
    }

    /**
     * Known legs summed per account, value date and effective kind (a reversal takes the kind of the entry it
     * reverses, so reversing an IKS payout lowers what was paid out rather than raising what was collected).
     */
    private List<Flow> flows(Knowledge k) {
        Entry e = ENTRY.as("e");
        Entry original = ENTRY.as("o");
        Field<String> kind = coalesce(original.KIND, e.KIND).as("effective_kind");
        Field<BigDecimal> amount = sum(LEG.AMOUNT).as("amount");
        List<Flow> out = new ArrayList<>();
        for (Record r : dsl.select(LEG.ACCOUNT_CODE, LEG.VALUE_DATE, kind, amount).from(LEG)
                .join(e).on(e.GROUP_ID.eq(LEG.GROUP_ID), e.ENTRY_NO.eq(LEG.ENTRY_NO))
                .leftJoin(original).on(original.GROUP_ID.eq(e.GROUP_ID), original.ENTRY_NO.eq(e.REVERSES_ENTRY_NO))
                .where(LEG.GROUP_ID.eq(k.id()), LEG.VALUE_DATE.le(k.cutOff()), known(e, k))
                .groupBy(LEG.ACCOUNT_CODE, LEG.VALUE_DATE, kind)
                .fetch()) {
            out.add(new Flow(r.get(LEG.ACCOUNT_CODE), r.get(LEG.VALUE_DATE), r.get(kind), r.get(amount).longValueExact()));
        }
        return out;
    }

    /** Debit-positive sum of the known legs of one account, value date and effective entry kind. */
    record Flow(String accountCode, LocalDate valueDate, String kind, long debitPositive) {
    }

    /** The known flows with the chart that gives them meaning. */
    private static final class Flows {
        private final Map<String, Account> byCode = new HashMap<>();
        private final Map<AccountRole, String> codeByRole = new HashMap<>();
        private final List<Flow> flows;

        Flows(List<Account> chart, List<Flow> flows) {
            for (Account a : chart) {
                byCode.put(a.code(), a);
                if (a.role() != null) {
                    codeByRole.put(a.role(), a.code());
                }
            }
            this.flows = flows;
        }

        @Nullable String code(AccountRole role) {
            return codeByRole.get(role);
        }

        private long normal(Flow f) {
            return byCode.get(f.accountCode()).type().normalBalance(f.debitPositive());
        }

        /** Balance on the normal side of the role's account at the end of {@code date}. */
        long balance(AccountRole role, LocalDate date) {
            return normal(role, LocalDate.MIN, date);
        }

        /** Movement on the normal side of the role's account with value dates in {@code [from, to]}. */
        long normal(AccountRole role, LocalDate from, LocalDate to) {
            String code = codeByRole.get(role);
            return flows.stream().filter(f -> f.accountCode().equals(code) && within(f, from, to)).mapToLong(this::normal).sum();
        }

        long normalOfKind(AccountRole role, EntryKind kind, LocalDate from, LocalDate to) {
            String code = codeByRole.get(role);
            return flows.stream().filter(f -> f.accountCode().equals(code) && f.kind().equals(kind.name()) && within(f, from, to))
                    .mapToLong(this::normal).sum();
        }

        /** Income or expenses of all accounts of the type in {@code [from, to]}, year-end closing left out. */
        long operating(AccountType type, LocalDate from, LocalDate to) {
            return flows.stream().filter(f -> byCode.get(f.accountCode()).type() == type && within(f, from, to)
                            && !f.kind().equals(EntryKind.YEAR_END_CLOSING.name()))
                    .mapToLong(this::normal).sum();
        }

        /** Assets minus liabilities at the end of {@code date}. */
        long equity(LocalDate date) {
            long equity = 0;
            for (Flow f : flows) {
                if (!f.valueDate().isAfter(date)) {
                    AccountType type = byCode.get(f.accountCode()).type();
                    if (type == AccountType.ASSET) {
                        equity += f.debitPositive();
                    } else if (type == AccountType.LIABILITY) {
                        equity += f.debitPositive(); // a liability's balance is credit, i.e. negative here
                    }
                }
            }
            return equity;
        }

        @Nullable LocalDate firstDate() {
            return flows.stream().map(Flow::valueDate).min(LocalDate::compareTo).orElse(null);
        }

        /** The first day on which grant capital was received (known), if ever. */
        @Nullable LocalDate grantDate() {
            String code = codeByRole.get(AccountRole.GRANT_CAPITAL);
            Map<LocalDate, Long> perDay = new java.util.TreeMap<>();
            flows.stream().filter(f -> f.accountCode().equals(code)).forEach(f -> perDay.merge(f.valueDate(), normal(f), Long::sum));
            return perDay.entrySet().stream().filter(en -> en.getValue() > 0).map(Map.Entry::getKey).findFirst().orElse(null);
        }

        private static boolean within(Flow f, LocalDate from, LocalDate to) {
            return !f.valueDate().isBefore(from) && !f.valueDate().isAfter(to);
        }
    }

    private static BooksPeriodFigures allMissing(BooksPeriodFigures.Builder out, MissingReason reason) {
        for (BooksFigure f : BooksFigure.values()) {
            out.missing(f, reason);
        }
        return out.build();
    }
}
