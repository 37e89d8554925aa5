package id.kube.admin.dashboard;

import static id.kube.admin.persistence.jooq.Tables.DISTRICT_CLOSURE;
import static id.kube.admin.persistence.jooq.Tables.DISTRICT_MONTH;
import static id.kube.admin.persistence.jooq.Tables.DISTRICT_SUMMARY;
import static id.kube.admin.persistence.jooq.Tables.GROUP_MONTH;
import static id.kube.admin.persistence.jooq.Tables.GROUP_SUMMARY;
import static id.kube.core.persistence.jooq.Tables.GROUP_HEALTH_SCORE;
import static id.kube.core.persistence.jooq.Tables.KUBE_GROUP;
import static id.kube.core.persistence.jooq.Tables.MEMBER;
import static id.kube.ledger.persistence.jooq.Tables.ACCOUNT;
import static id.kube.ledger.persistence.jooq.Tables.BOOK;
import static id.kube.ledger.persistence.jooq.Tables.ENTRY;
import static id.kube.ledger.persistence.jooq.Tables.LEG;
import static id.kube.ledger.persistence.jooq.Tables.LOAN;
import static id.kube.ledger.persistence.jooq.Tables.PERIOD;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertSetMoreStep;
import org.jooq.TableField;
import org.jooq.TableRecord;
import org.jooq.Record;
import org.jooq.Row3;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import id.kube.admin.persistence.jooq.tables.records.DistrictMonthRecord;
import id.kube.admin.persistence.jooq.tables.records.DistrictSummaryRecord;
import id.kube.admin.persistence.jooq.tables.records.GroupMonthRecord;
import id.kube.admin.persistence.jooq.tables.records.GroupSummaryRecord;
import id.kube.core.group.GroupId;
import id.kube.ledger.account.AccountRole;
import id.kube.ledger.loan.LoanBook;
import id.kube.ledger.loan.Portfolio;

/**
 * Keeps the dashboard's per-group summary rows ({@code admin.group_summary}, {@code admin.group_month}) and the
 * per-district monthly trend rows ({@code admin.district_month}) equal to the ledger.
 *
 * <p>The ledger's posting path already keeps {@code ledger.account.balance} and {@code ledger.book.last_entry_no}
 * current in the posting's own transaction. A summary row remembers the {@code last_entry_no} it was derived
 * at; {@link #catchUp(int)} finds the rows behind their book and derives them again: balances are copied from
 * the stored balances (read together with {@code last_entry_no} in one statement, so they belong together), the
 * months touched by the new entries are summed again from their legs, and each district's monthly row moves
 * by the difference between a group month's old and new figures. Postings never wait for this and never
 * touch a shared row; runs of the catch-up are serialised by one transaction-scoped advisory lock, so two runs
 * cannot both apply the same difference. Every derivation is a full recomputation of its row from the ledger,
 * so running it again, or late, changes nothing.
 *
 * <p>The loan portfolio (PAR30, repayment rate) depends on the date as well: {@link #refreshDated(int)}
 * recomputes the groups whose portfolio is from an earlier day, through kube-ledger's
 * {@link LoanBook#portfolio(GroupId, LocalDate)}.
 */
public final class DashboardSummaries {

    /** The advisory lock key of a catch-up run ("KUBEDASH" in ASCII). */
    static final long LOCK_KEY = 0x4b55424544415348L;

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final int MONTHS_PER_STATEMENT = 8_000;
    private static final int ROWS_PER_STATEMENT = 1_000;
    private static final int CLOSURE_MONTHS = 6;

    private final DSLContext dsl;
    private final Clock clock;

    public DashboardSummaries(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** What one run did. */
    public record Run(int groupsRefreshed, int monthsRecomputed) {
        Run plus(Run other) {
            return new Run(groupsRefreshed + other.groupsRefreshed, monthsRecomputed + other.monthsRecomputed);
        }
    }

    /** Brings every stale group up to its book, {@code batchSize} groups per transaction. */
    public Run catchUpAll(int batchSize) {
        Run total = new Run(0, 0);
        while (true) {
            Run run = catchUp(batchSize);
            total = total.plus(run);
            if (run.groupsRefreshed() < batchSize) {
                return total;
            }
        }
    }

    /** Brings at most {@code limit} groups whose summary is behind their book up to date, in one transaction. */
    public Run catchUp(int limit) {
        return catchUp(DSL.trueCondition(), limit);
    }

    /** Brings these groups' summaries up to date now (e.g. right after posting to them). */
    public Run catchUp(Collection<GroupId> groups) {
        if (groups.isEmpty()) {
            return new Run(0, 0);
        }
        return catchUp(BOOK.GROUP_ID.in(groups.stream().map(GroupId::value).toList()), groups.size());
    }

    private Run catchUp(Condition onBook, int limit) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            lock(tx);
            List<Stale> stale = tx.select(BOOK.GROUP_ID, GROUP_SUMMARY.LAST_ENTRY_NO, BOOK.LAST_ENTRY_NO)
                    .from(BOOK)
                    .leftJoin(GROUP_SUMMARY).on(GROUP_SUMMARY.GROUP_ID.eq(BOOK.GROUP_ID))
                    .where(onBook)
                    .and(GROUP_SUMMARY.GROUP_ID.isNull().or(GROUP_SUMMARY.LAST_ENTRY_NO.ne(BOOK.LAST_ENTRY_NO)))
                    .limit(limit)
                    .fetch(r -> new Stale(r.value1(), r.value2() == null ? 0 : r.value2(), r.value3()));
            return refresh(tx, stale);
        });
    }

    /**
     * Recomputes members, health grade and loan portfolio of at most {@code limit} groups whose portfolio is
     * from before today (arrears age without any posting). Returns the number of groups refreshed.
     */
    public int refreshDated(int limit) {
        LocalDate today = LocalDate.now(clock.withZone(JAKARTA));
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            lock(tx);
            List<Stale> dated = tx.select(GROUP_SUMMARY.GROUP_ID, GROUP_SUMMARY.LAST_ENTRY_NO).from(GROUP_SUMMARY)
                    .where(GROUP_SUMMARY.PORTFOLIO_AS_OF.isNull().or(GROUP_SUMMARY.PORTFOLIO_AS_OF.lt(today)))
                    .limit(limit)
                    .fetch(r -> new Stale(r.value1(), r.value2(), r.value2()));
            return refresh(tx, dated).groupsRefreshed();
        });
    }

    /**
     * Derives these groups again now even if their books did not move: call it after a change the ledger's
     * entry numbers do not show (a status, stage or membership change, a month closed or reopened).
     */
    public Run refreshGroups(Collection<GroupId> groups) {
        return refreshGroups(groups, true);
    }

    /**
     * As {@link #refreshGroups(Collection)}, but gives up at once (nothing refreshed) while another run holds
     * the lock, e.g. a long first catch-up after a bulk import: for a screen that must not wait.
     */
    public Run refreshGroupsUnlessBusy(Collection<GroupId> groups) {
        return refreshGroups(groups, false);
    }

    private Run refreshGroups(Collection<GroupId> groups, boolean wait) {
        if (groups.isEmpty()) {
            return new Run(0, 0);
        }
        List<UUID> ids = groups.stream().map(GroupId::value).toList();
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            if (wait) {
                lock(tx);
            } else if (!Boolean.TRUE.equals(tx.select(DSL.function("pg_try_advisory_xact_lock", Boolean.class,
                    DSL.val(LOCK_KEY))).fetchOne(0, Boolean.class))) {
                return new Run(0, 0);
            }
            List<Stale> forced = tx.select(KUBE_GROUP.ID, GROUP_SUMMARY.LAST_ENTRY_NO, BOOK.LAST_ENTRY_NO)
                    .from(KUBE_GROUP)
                    .leftJoin(GROUP_SUMMARY).on(GROUP_SUMMARY.GROUP_ID.eq(KUBE_GROUP.ID))
                    .leftJoin(BOOK).on(BOOK.GROUP_ID.eq(KUBE_GROUP.ID))
                    .where(KUBE_GROUP.ID.in(ids))
                    .fetch(r -> new Stale(r.value1(), r.value2() == null ? 0 : r.value2(),
                            r.value3() == null ? 0 : r.value3()));
            return refresh(tx, forced);
        });
    }

    /** Gives at most {@code limit} groups that have no summary row yet (e.g. no books yet) one. */
    public int addMissing(int limit) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            lock(tx);
            List<Stale> missing = tx.select(KUBE_GROUP.ID, BOOK.LAST_ENTRY_NO).from(KUBE_GROUP)
                    .leftJoin(BOOK).on(BOOK.GROUP_ID.eq(KUBE_GROUP.ID))
                    .whereNotExists(tx.selectOne().from(GROUP_SUMMARY).where(GROUP_SUMMARY.GROUP_ID.eq(KUBE_GROUP.ID)))
                    .limit(limit)
                    .fetch(r -> new Stale(r.value1(), 0, r.value2() == null ? 0 : r.value2()));
            return refresh(tx, missing).groupsRefreshed();
        });
    }

    private static void lock(DSLContext tx) {
        tx.select(DSL.function("pg_advisory_xact_lock", SQLDataType.OTHER, DSL.val(LOCK_KEY))).fetch();
    }

    /**
     * A group, the last entry number its summary was derived at (0: never) and the book's last entry number
     * when the run started. Everything the run derives covers at least the entries up to {@code bookEntryNo}
     * (later statements may see even newer ones), so that number, never a newer one read later, becomes the
     * summary's watermark: a posting that slips in during the run is derived again by the next run.
     */
    private record Stale(UUID group, long summarisedEntryNo, long bookEntryNo) {
    }

    private record Month(UUID group, LocalDate month) {
    }

    private record Movements(String district, long cash, long disbursed, long repaid, long contributions,
                             long sales) {
        static Movements none(String district) {
            return new Movements(district, 0, 0, 0, 0, 0);
        }
    }

    private Run refresh(DSLContext tx, List<Stale> stale) {
        if (stale.isEmpty()) {
            return new Run(0, 0);
        }
        List<UUID> ids = stale.stream().map(Stale::group).toList();
        Map<UUID, Long> watermarks = new HashMap<>();
        stale.forEach(s -> watermarks.put(s.group(), s.bookEntryNo()));
        LocalDate today = LocalDate.now(clock.withZone(JAKARTA));
        OffsetDateTime now = OffsetDateTime.now(clock);

        Map<UUID, String> districts = new HashMap<>();
        tx.select(KUBE_GROUP.ID, DSL.substring(KUBE_GROUP.VILLAGE_CODE, 1, 8)).from(KUBE_GROUP)
                .where(KUBE_GROUP.ID.in(ids))
                .forEach(r -> districts.put(r.value1(), r.value2()));

        int months = recomputeMonths(tx, stale, districts);

        Map<UUID, Integer> members = new HashMap<>();
        tx.select(MEMBER.GROUP_ID, DSL.count()).from(MEMBER)
                .where(MEMBER.GROUP_ID.in(ids)).and(MEMBER.LEFT_ON.isNull())
                .groupBy(MEMBER.GROUP_ID)
                .forEach(r -> members.put(r.value1(), r.value2()));
        Map<UUID, String> grades = new HashMap<>();
        tx.selectDistinct(GROUP_HEALTH_SCORE.GROUP_ID, GROUP_HEALTH_SCORE.GRADE)
                .on(GROUP_HEALTH_SCORE.GROUP_ID)
                .from(GROUP_HEALTH_SCORE)
                .where(GROUP_HEALTH_SCORE.GROUP_ID.in(ids))
                .orderBy(GROUP_HEALTH_SCORE.GROUP_ID, GROUP_HEALTH_SCORE.AS_OF.desc(),
                        GROUP_HEALTH_SCORE.COMPUTED_AT.desc())
                .forEach(r -> {
                    if (r.value2() != null) {
                        grades.put(r.value1(), r.value2());
                    }
                });
        Set<UUID> withLoans = new HashSet<>(tx.selectDistinct(LOAN.GROUP_ID).from(LOAN)
                .where(LOAN.GROUP_ID.in(ids)).fetch(LOAN.GROUP_ID));
        LoanBook loans = new LoanBook(tx, clock);

        Field<Long> cash = balance(ACCOUNT.ROLE.in(AccountRole.CASH.name(), AccountRole.BANK.name()));
        Field<Long> receivable = balance(ACCOUNT.ROLE.eq(AccountRole.LOANS_RECEIVABLE.name()));
        Field<Long> equity = balance(ACCOUNT.TYPE.eq("EQUITY"));
        Field<Long> contributed = balance(ACCOUNT.ROLE.in(AccountRole.PRINCIPAL_CONTRIBUTIONS.name(),
                AccountRole.MANDATORY_CONTRIBUTIONS.name()));
        Map<UUID, GroupSummaryRecord> rows = new HashMap<>();
        for (UUID group : districts.keySet()) {
            // a group without books yet: zero figures, but counted and checked for attention
            var row = tx.newRecord(GROUP_SUMMARY);
            row.setGroupId(group);
            row.setLastEntryNo(watermarks.get(group));
            row.setLastPostedOn(null);
            row.setCash(0L);
            row.setLoansReceivable(0L);
            row.setOwnCapital(0L);
            row.setContributions(0L);
            row.setActiveMembers(members.getOrDefault(group, 0));
            row.setHealthGrade(grades.get(group));
            row.setPortfolioAsOf(today);
            row.setPortfolioEntryNo(watermarks.get(group));
            row.setLoansOutstanding(0L);
            row.setPar30Principal(0L);
            row.setDueToDate(0L);
            row.setPaidOnDue(0L);
            row.setRefreshedAt(now);
            row.setAttentionRank(null);
            rows.put(group, row);
        }
        // stored balances as of this statement: at least as new as the watermark
        for (Record r : tx.select(BOOK.GROUP_ID, BOOK.LAST_ENTRY_NO, ENTRY.BOOKED_AT, cash, receivable, equity,
                        contributed)
                .from(BOOK)
                .join(ACCOUNT).on(ACCOUNT.GROUP_ID.eq(BOOK.GROUP_ID))
                .leftJoin(ENTRY).on(ENTRY.GROUP_ID.eq(BOOK.GROUP_ID)).and(ENTRY.ENTRY_NO.eq(BOOK.LAST_ENTRY_NO))
                .where(BOOK.GROUP_ID.in(ids))
                .groupBy(BOOK.GROUP_ID, BOOK.LAST_ENTRY_NO, ENTRY.BOOKED_AT)
                .fetch()) {
            UUID group = r.get(BOOK.GROUP_ID);
            Portfolio portfolio = withLoans.contains(group) ? loans.portfolio(new GroupId(group), today) : null;
            OffsetDateTime booked = r.get(ENTRY.BOOKED_AT);
            GroupSummaryRecord row = tx.newRecord(GROUP_SUMMARY);
            row.setGroupId(group);
            row.setLastEntryNo(watermarks.get(group));
            row.setLastPostedOn(booked == null ? null : booked.atZoneSameInstant(JAKARTA).toLocalDate());
            row.setCash(r.get(cash));
            row.setLoansReceivable(r.get(receivable));
            row.setOwnCapital(-r.get(equity));
            row.setContributions(-r.get(contributed));
            row.setActiveMembers(members.getOrDefault(group, 0));
            row.setHealthGrade(grades.get(group));
            row.setPortfolioAsOf(today);
            row.setPortfolioEntryNo(watermarks.get(group));
            row.setLoansOutstanding(portfolio == null ? 0 : portfolio.outstandingPrincipal());
            row.setPar30Principal(portfolio == null ? 0 : portfolio.atRiskOver30());
            row.setDueToDate(portfolio == null ? 0 : portfolio.dueToDate());
            row.setPaidOnDue(portfolio == null ? 0 : portfolio.paidOnDueToDate());
            row.setRefreshedAt(now);
            row.setAttentionRank(null);
            if (districts.containsKey(group)) {
                rows.put(group, row);
            }
        }
        upsert(tx, GROUP_SUMMARY, new ArrayList<>(rows.values()), List.of(GROUP_SUMMARY.GROUP_ID),
                field -> DSL.excluded(field));
        Map<AttentionReason, Condition> reasons = DashboardQuery.attentionConditions(today);
        tx.update(GROUP_SUMMARY)
                .set(GROUP_SUMMARY.ATTENTION_RANK, DSL.when(DSL.or(reasons.values()), GROUP_SUMMARY.PAR30_PRINCIPAL))
                .from(KUBE_GROUP)
                .where(KUBE_GROUP.ID.eq(GROUP_SUMMARY.GROUP_ID))
                .and(GROUP_SUMMARY.GROUP_ID.in(rows.keySet()))
                .execute();
        recomputeDistricts(tx, new HashSet<>(districts.values()), today, now);
        return new Run(rows.size(), months);
    }

    private static Field<Long> balance(Condition accounts) {
        return DSL.coalesce(DSL.sum(ACCOUNT.BALANCE).filterWhere(accounts), BigDecimal.ZERO)
                .cast(SQLDataType.BIGINT);
    }

    /**
     * Sums again, from the legs, every month that an entry after the summarised one falls in, and moves each
     * district's month by the difference. Returns the number of group months recomputed.
     */
    private static int recomputeMonths(DSLContext tx, List<Stale> stale, Map<UUID, String> districts) {
        List<Stale> behind = stale.stream().filter(s -> districts.containsKey(s.group())).toList();
        if (behind.isEmpty()) {
            return 0;
        }
        Table<?> since = DSL.values(behind.stream()
                        .map(s -> DSL.row(s.group(), s.summarisedEntryNo()))
                        .toArray(org.jooq.Row2[]::new))
                .as("since", "group_id", "entry_no");
        Field<UUID> sinceGroup = since.field("group_id", UUID.class);
        Field<Long> sinceEntry = since.field("entry_no", Long.class);
        Field<LocalDate> monthOf = DSL.trunc(ENTRY.VALUE_DATE, org.jooq.DatePart.MONTH).cast(SQLDataType.LOCALDATE);
        List<Month> touched = tx.selectDistinct(ENTRY.GROUP_ID, monthOf)
                .from(ENTRY).join(since).on(ENTRY.GROUP_ID.eq(sinceGroup)).and(ENTRY.ENTRY_NO.gt(sinceEntry))
                .fetch(r -> new Month(r.value1(), r.value2()));
        if (touched.isEmpty()) {
            return 0;
        }
        Map<Month, Movements> fresh = new HashMap<>();
        Map<Month, Movements> old = new HashMap<>();
        // PostgreSQL takes at most 32,767 bind values per statement: three per month row
        for (int from = 0; from < touched.size(); from += MONTHS_PER_STATEMENT) {
            readMonths(tx, touched.subList(from, Math.min(touched.size(), from + MONTHS_PER_STATEMENT)), districts,
                    fresh, old);
        }

        Map<UUID, Long> entryNos = new HashMap<>();
        stale.forEach(s -> entryNos.put(s.group(), s.bookEntryNo()));
        List<GroupMonthRecord> monthRows = new ArrayList<>();
        Map<DistrictMonth, long[]> districtDeltas = new HashMap<>();
        for (Month month : touched) {
            Movements now = fresh.getOrDefault(month, Movements.none(districts.get(month.group())));
            Movements before = old.get(month);
            GroupMonthRecord row = tx.newRecord(GROUP_MONTH);
            row.setGroupId(month.group());
            row.setMonth(month.month());
            row.setDistrictCode(now.district());
            row.setAsOfEntryNo(entryNos.get(month.group()));
            row.setCashMovement(now.cash());
            row.setLoansDisbursed(now.disbursed());
            row.setLoansRepaid(now.repaid());
            row.setContributions(now.contributions());
            row.setSales(now.sales());
            monthRows.add(row);
            add(districtDeltas, month.month(), now, 1);
            if (before != null) {
                add(districtDeltas, month.month(), before, -1);
            }
        }
        upsert(tx, GROUP_MONTH, monthRows, List.of(GROUP_MONTH.GROUP_ID, GROUP_MONTH.MONTH),
                field -> DSL.excluded(field));
        List<DistrictMonthRecord> deltaRows = new ArrayList<>();
        districtDeltas.forEach((key, delta) -> {
            DistrictMonthRecord row = tx.newRecord(DISTRICT_MONTH);
            row.setDistrictCode(key.district());
            row.setMonth(key.month());
            row.setCashMovement(delta[0]);
            row.setLoansDisbursed(delta[1]);
            row.setLoansRepaid(delta[2]);
            row.setContributions(delta[3]);
            row.setSales(delta[4]);
            deltaRows.add(row);
        });
        // a district's month moves by the difference: the sum of its groups' months stays exact
        upsert(tx, DISTRICT_MONTH, deltaRows, List.of(DISTRICT_MONTH.DISTRICT_CODE, DISTRICT_MONTH.MONTH),
                DashboardSummaries::plusExcluded);
        return touched.size();
    }

    private static void readMonths(DSLContext tx, List<Month> months, Map<UUID, String> districts,
                                   Map<Month, Movements> fresh, Map<Month, Movements> old) {
        @SuppressWarnings("unchecked")
        Row3<UUID, LocalDate, LocalDate>[] monthRows = months.stream()
                .map(m -> DSL.row(m.group(), m.month(), m.month().plusMonths(1)))
                .toArray(Row3[]::new);
        Table<?> wanted = DSL.values(monthRows).as("wanted", "group_id", "month_start", "month_end");
        Field<UUID> wantedGroup = wanted.field("group_id", UUID.class);
        Field<LocalDate> wantedStart = wanted.field("month_start", LocalDate.class);
        Field<LocalDate> wantedEnd = wanted.field("month_end", LocalDate.class);

        Field<Long> cashMovement = legSum(ACCOUNT.ROLE.in(AccountRole.CASH.name(), AccountRole.BANK.name()));
        Field<Long> disbursed = legSum(ACCOUNT.ROLE.eq(AccountRole.LOANS_RECEIVABLE.name()).and(LEG.AMOUNT.gt(0L)));
        Field<Long> repaid = legSum(ACCOUNT.ROLE.eq(AccountRole.LOANS_RECEIVABLE.name()).and(LEG.AMOUNT.lt(0L)));
        Field<Long> contributions = legSum(ACCOUNT.ROLE.in(AccountRole.PRINCIPAL_CONTRIBUTIONS.name(),
                AccountRole.MANDATORY_CONTRIBUTIONS.name()));
        Field<Long> sales = legSum(ACCOUNT.ROLE.eq(AccountRole.SALES.name()));
        for (Record r : tx.select(wantedGroup, wantedStart, cashMovement, disbursed, repaid, contributions, sales)
                .from(wanted)
                .join(LEG).on(LEG.GROUP_ID.eq(wantedGroup)).and(LEG.VALUE_DATE.ge(wantedStart))
                .and(LEG.VALUE_DATE.lt(wantedEnd))
                // the same groups again as a list: the planner then reads their legs by index, never all legs
                .and(LEG.GROUP_ID.in(months.stream().map(Month::group).distinct().toList()))
                .join(ACCOUNT).on(ACCOUNT.GROUP_ID.eq(LEG.GROUP_ID)).and(ACCOUNT.CODE.eq(LEG.ACCOUNT_CODE))
                .groupBy(wantedGroup, wantedStart)
                .fetch()) {
            UUID group = r.get(wantedGroup);
            fresh.put(new Month(group, r.get(wantedStart)), new Movements(districts.get(group), r.get(cashMovement),
                    r.get(disbursed), -r.get(repaid), -r.get(contributions), -r.get(sales)));
        }
        tx.select(GROUP_MONTH.GROUP_ID, GROUP_MONTH.MONTH, GROUP_MONTH.DISTRICT_CODE, GROUP_MONTH.CASH_MOVEMENT,
                        GROUP_MONTH.LOANS_DISBURSED, GROUP_MONTH.LOANS_REPAID, GROUP_MONTH.CONTRIBUTIONS,
                        GROUP_MONTH.SALES)
                .from(GROUP_MONTH).join(wanted).on(GROUP_MONTH.GROUP_ID.eq(wantedGroup))
                .and(GROUP_MONTH.MONTH.eq(wantedStart))
                .forEach(r -> old.put(new Month(r.value1(), r.value2()),
                        new Movements(r.value3(), r.value4(), r.value5(), r.value6(), r.value7(), r.value8())));

    }

    /**
     * Recomputes the rollup rows of these districts in full from their groups (kube.kube_group as it is now,
     * admin.group_summary) and their closed months from ledger.period: idempotent, never a difference.
     */
    private static void recomputeDistricts(DSLContext tx, Set<String> districts, LocalDate today,
                                           OffsetDateTime now) {
        if (districts.isEmpty()) {
            return;
        }
        Map<AttentionReason, Condition> reasons = DashboardQuery.attentionConditions(today);
        Field<String> district = DSL.substring(KUBE_GROUP.VILLAGE_CODE, DSL.inline(1), DSL.inline(8));
        List<SelectField<?>> fields = new ArrayList<>(DashboardQuery.aggregates(reasons, DSL.or(reasons.values())));
        fields.add(DSL.count(BOOK.GROUP_ID).as("books"));
        fields.add(district.as("tile"));
        List<DistrictSummaryRecord> rows = new ArrayList<>();
        for (Record r : tx.select(fields).from(KUBE_GROUP)
                .leftJoin(GROUP_SUMMARY).on(GROUP_SUMMARY.GROUP_ID.eq(KUBE_GROUP.ID))
                .leftJoin(BOOK).on(BOOK.GROUP_ID.eq(KUBE_GROUP.ID))
                .where(district.in(districts))
                .groupBy(district)
                .fetch()) {
            DistrictSummaryRecord row = tx.newRecord(DISTRICT_SUMMARY);
            row.setDistrictCode(r.get("tile", String.class));
            row.setGroups(r.get("groups", Long.class));
            row.setStatusForming(r.get("status_FORMING", Long.class));
            row.setStatusActive(r.get("status_ACTIVE", Long.class));
            row.setStatusSuspended(r.get("status_SUSPENDED", Long.class));
            row.setStatusGraduated(r.get("status_GRADUATED", Long.class));
            row.setStatusDissolved(r.get("status_DISSOLVED", Long.class));
            row.setStageTumbuh(r.get("stage_TUMBUH", Long.class));
            row.setStageBerkembang(r.get("stage_BERKEMBANG", Long.class));
            row.setStageMaju(r.get("stage_MAJU", Long.class));
            row.setStimulus(r.get("stimulus", Long.class));
            row.setMembers(r.get("members", Long.class));
            row.setCash(r.get("cash", Long.class));
            row.setReceivable(r.get("receivable", Long.class));
            row.setOutstanding(r.get("outstanding", Long.class));
            row.setPar30(r.get("par30", Long.class));
            row.setDue(r.get("due", Long.class));
            row.setPaid(r.get("paid", Long.class));
            row.setAttention(r.get("attention", Long.class));
            row.setReasonPar30(r.get(AttentionReason.PAR30_ABOVE_10_PERCENT.name(), Long.class));
            row.setReasonRepayment(r.get(AttentionReason.REPAYMENT_BELOW_90_PERCENT.name(), Long.class));
            row.setReasonNoPosting(r.get(AttentionReason.NO_POSTING_FOR_60_DAYS.name(), Long.class));
            row.setReasonSuspended(r.get(AttentionReason.SUSPENDED.name(), Long.class));
            row.setReasonHealthD(r.get(AttentionReason.HEALTH_GRADE_D.name(), Long.class));
            row.setGroupsWithBooks(r.get("books", Long.class));
            row.setOldestSummary(r.get("oldest_summary", OffsetDateTime.class));
            row.setRecomputedAt(now);
            rows.add(row);
        }
        upsert(tx, DISTRICT_SUMMARY, rows, List.of(DISTRICT_SUMMARY.DISTRICT_CODE), field -> DSL.excluded(field));

        LocalDate since = YearMonth.from(today).minusMonths(CLOSURE_MONTHS - 1L).atDay(1);
        Field<String> periodDistrict = DSL.substring(KUBE_GROUP.VILLAGE_CODE, DSL.inline(1), DSL.inline(8));
        tx.deleteFrom(DISTRICT_CLOSURE).where(DISTRICT_CLOSURE.DISTRICT_CODE.in(districts)).execute();
        tx.insertInto(DISTRICT_CLOSURE, DISTRICT_CLOSURE.DISTRICT_CODE, DISTRICT_CLOSURE.MONTH,
                        DISTRICT_CLOSURE.CLOSED_GROUPS)
                .select(tx.select(periodDistrict, PERIOD.MONTH, DSL.count().cast(SQLDataType.BIGINT))
                        .from(PERIOD).join(KUBE_GROUP).on(KUBE_GROUP.ID.eq(PERIOD.GROUP_ID))
                        .where(periodDistrict.in(districts)).and(PERIOD.CLOSED.isTrue())
                        .and(PERIOD.MONTH.ge(since))
                        .groupBy(periodDistrict, PERIOD.MONTH))
                .execute();
    }

    /**
     * Inserts the rows, or on a key conflict sets every non-key column to {@code update(column)}: one multi-row
     * statement per 1,000 rows (PostgreSQL takes at most 32,767 bind values per statement).
     */
    private static <R extends TableRecord<R>> void upsert(DSLContext tx, Table<R> table, List<R> rows,
                                                          List<TableField<R, ?>> keys,
                                                          Function<Field<?>, Field<?>> update) {
        Map<Field<?>, Field<?>> updates = new LinkedHashMap<>();
        for (Field<?> field : table.fields()) {
            if (!keys.contains(field)) {
                updates.put(field, update.apply(field));
            }
        }
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            InsertSetMoreStep<R> insert = null;
            for (R row : rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT))) {
                row.changed(true);
                insert = insert == null ? tx.insertInto(table).set(row) : insert.newRecord().set(row);
            }
            insert.onConflict(keys).doUpdate().set(updates).execute();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Field<?> plusExcluded(Field<?> field) {
        Field<Long> column = (Field<Long>) (Field) field;
        return column.plus(DSL.excluded(column));
    }

    private record DistrictMonth(String district, LocalDate month) {
    }

    private static void add(Map<DistrictMonth, long[]> deltas, LocalDate month, Movements movements, int sign) {
        long[] delta = deltas.computeIfAbsent(new DistrictMonth(movements.district(), month), k -> new long[5]);
        delta[0] += sign * movements.cash();
        delta[1] += sign * movements.disbursed();
        delta[2] += sign * movements.repaid();
        delta[3] += sign * movements.contributions();
        delta[4] += sign * movements.sales();
    }

    private static Field<Long> legSum(Condition legs) {
        return DSL.coalesce(DSL.sum(LEG.AMOUNT).filterWhere(legs), BigDecimal.ZERO).cast(SQLDataType.BIGINT);
    }
}
