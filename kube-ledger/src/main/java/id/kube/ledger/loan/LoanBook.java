package id.kube.ledger.loan;

import static id.kube.ledger.persistence.jooq.Tables.BOOK;
import static id.kube.ledger.persistence.jooq.Tables.ENTRY;
import static id.kube.ledger.persistence.jooq.Tables.LEG;
import static id.kube.ledger.persistence.jooq.Tables.LOAN;
import static id.kube.ledger.persistence.jooq.Tables.LOAN_ALLOCATION;
import static id.kube.ledger.persistence.jooq.Tables.LOAN_EVENT;
import static id.kube.ledger.persistence.jooq.Tables.LOAN_INSTALLMENT;
import static id.kube.ledger.persistence.jooq.Tables.LOAN_SCHEDULE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.money.MonetaryAmount;
import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

import id.kube.core.group.GroupId;
import id.kube.core.member.MemberId;
import id.kube.core.money.Rupiah;
import id.kube.ledger.LedgerException;
import id.kube.ledger.RupiahAmounts;
import id.kube.ledger.Transactions;
import id.kube.ledger.account.AccountId;
import id.kube.ledger.account.AccountRole;
import id.kube.ledger.account.OverpaymentPolicy;
import id.kube.ledger.journal.Books;
import id.kube.ledger.journal.EntryKind;
import id.kube.ledger.journal.Journal;
import id.kube.ledger.journal.Leg;
import id.kube.ledger.journal.NewEntry;
import id.kube.ledger.journal.PostedEntry;

/**
 * The group's revolving-fund loans: disbursement, repayment (fee first, then principal, oldest installment
 * first), restructuring and write-off, each posting its journal entries in the same transaction as the loan's
 * own records, and arrears / portfolio-at-risk / repayment rate at any date.
 */
public final class LoanBook {

    private final DSLContext dsl;
    private final Journal journal;
    private final Clock clock;

    public LoanBook(DataSource dataSource, Clock clock) {
        this(DSL.using(dataSource, SQLDialect.POSTGRES), clock);
    }

    public LoanBook(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl);
        this.clock = Objects.requireNonNull(clock);
        this.journal = new Journal(dsl, clock);
    }

    /** Lends {@code terms.principal()} from the group's cash to a member; refused if the cash is not there. */
    public Loan disburse(GroupId groupId, MemberId memberId, LoanTerms terms, String postedBy, String idempotencyKey) {
        Schedule schedule = Schedule.of(terms);
        return Transactions.run(dsl, cfg -> {
            DSLContext tx = DSL.using(cfg);
            lockBook(tx, groupId);
            Long existing = entryWithKey(tx, groupId, idempotencyKey);
            if (existing != null) {
                Record loan = tx.select(LOAN.LOAN_NO, LOAN.MEMBER_ID, LOAN.PRINCIPAL).from(LOAN)
                        .where(LOAN.GROUP_ID.eq(groupId.value()), LOAN.DISBURSEMENT_ENTRY_NO.eq(existing)).fetchOne();
                if (loan == null || !loan.get(LOAN.MEMBER_ID).equals(memberId.value()) || loan.get(LOAN.PRINCIPAL) != terms.principal()) {
                    throw conflict(idempotencyKey);
                }
                return load(tx, groupId, loan.get(LOAN.LOAN_NO));
            }
            long loanNo = 1 + tx.select(DSL.coalesce(DSL.max(LOAN.LOAN_NO), 0L)).from(LOAN)
                    .where(LOAN.GROUP_ID.eq(groupId.value())).fetchOne().value1();
            Map<AccountRole, AccountId> roles = Books.roles(tx, groupId);
            NewEntry entry = new NewEntry(groupId, idempotencyKey, EntryKind.LOAN_DISBURSEMENT, terms.startsOn(),
                    "Pencairan pinjaman dana bergulir no. " + loanNo, memberId, postedBy,
                    List.of(Leg.debit(roles.get(AccountRole.LOANS_RECEIVABLE), terms.principal()),
                            Leg.credit(roles.get(AccountRole.CASH), terms.principal())), null);
            PostedEntry posted = journal.postIn(tx, List.of(entry)).getFirst();
            tx.insertInto(LOAN, LOAN.GROUP_ID, LOAN.LOAN_NO, LOAN.MEMBER_ID, LOAN.PRINCIPAL, LOAN.DISBURSED_ON, LOAN.STATUS,
                            LOAN.CURRENT_VERSION, LOAN.DISBURSEMENT_ENTRY_NO)
                    .values(groupId.value(), loanNo, memberId.value(), terms.principal(), terms.startsOn(), LoanStatus.ACTIVE.name(), 1, posted.entryNo())
                    .execute();
            insertSchedule(tx, groupId, loanNo, 1, schedule);
            return load(tx, groupId, loanNo);
        });
    }

    /**
     * Records a repayment dated {@code paidOn}: fee first, then principal, oldest installment first. Partial,
     * early and late payments are allocated the same way. More than the loan still owes is refused, or kept as
     * the member's voluntary savings if the group's policy says so. An IKS contribution paid with it posts in
     * the same linked batch.
     */
    public RepaymentResult repay(GroupId groupId, long loanNo, LocalDate paidOn, MonetaryAmount amount,
                                 @Nullable MonetaryAmount iksContribution, String postedBy, String idempotencyKey) {
        long paid = RupiahAmounts.positive("Jumlah angsuran", amount);
        long iks = iksContribution == null ? 0 : RupiahAmounts.positive("Iuran IKS", iksContribution);
        return Transactions.run(dsl, cfg -> {
            DSLContext tx = DSL.using(cfg);
            Record loanRow = lockLoan(tx, groupId, loanNo);
            Long existing = entryWithKey(tx, groupId, idempotencyKey);
            if (existing != null) {
                return replayedRepayment(tx, groupId, loanNo, existing, paid, idempotencyKey);
            }
            requireActive(loanRow, loanNo);
            LedgerException.require(!paidOn.isBefore(loanRow.get(LOAN.DISBURSED_ON)), LedgerException.Reason.INVALID_INPUT,
                    "Tanggal bayar sebelum tanggal pencairan pinjaman");
            Loan loan = load(tx, groupId, loanNo);
            long remaining = paid;
            long fee = 0;
            long principal = 0;
            List<long[]> allocations = new ArrayList<>();
            for (Loan.InstallmentBalance ib : loan.installments()) {
                long f = Math.min(remaining, ib.feeOwed());
                remaining -= f;
                long p = Math.min(remaining, ib.principalOwed());
                remaining -= p;
                if (f + p > 0) {
                    allocations.add(new long[] {ib.installment().seq(), f, p});
                }
                fee += f;
                principal += p;
            }
            long excess = remaining;
            if (excess > 0 && policy(tx, groupId) == OverpaymentPolicy.REJECT) {
                throw new LedgerException(LedgerException.Reason.OVERPAYMENT, "Pembayaran " + Rupiah.format(paid)
                        + " melebihi sisa pinjaman " + Rupiah.format(loan.outstanding()) + "; catat jumlah yang benar");
            }
            Map<AccountRole, AccountId> roles = Books.roles(tx, groupId);
            MemberId member = loan.memberId();
            List<Leg> legs = new ArrayList<>();
            legs.add(Leg.debit(roles.get(AccountRole.CASH), paid));
            if (principal > 0) {
                legs.add(Leg.credit(roles.get(AccountRole.LOANS_RECEIVABLE), principal));
            }
            if (fee > 0) {
                legs.add(Leg.credit(roles.get(AccountRole.LOAN_FEES), fee));
            }
            if (excess > 0) {
                legs.add(Leg.credit(roles.get(AccountRole.VOLUNTARY_SAVINGS), excess));
            }
            if (legs.size() < 2) {
                throw new LedgerException(LedgerException.Reason.LOAN_NOT_ACTIVE, "Pinjaman no. " + loanNo + " sudah lunas");
            }
            List<NewEntry> batch = new ArrayList<>();
            batch.add(new NewEntry(groupId, idempotencyKey, EntryKind.LOAN_REPAYMENT, paidOn,
                    "Angsuran pinjaman no. " + loanNo, member, postedBy, legs, null));
            if (iks > 0) {
                batch.add(new NewEntry(groupId, idempotencyKey + "/iks", EntryKind.IKS_CONTRIBUTION, paidOn,
                        "Iuran IKS bersama angsuran pinjaman no. " + loanNo, member, postedBy,
                        List.of(Leg.debit(roles.get(AccountRole.CASH), iks), Leg.credit(roles.get(AccountRole.IKS_FUND), iks)), null));
            }
            List<PostedEntry> posted = journal.postIn(tx, batch);
            long entryNo = posted.getFirst().entryNo();
            var insert = tx.insertInto(LOAN_ALLOCATION, LOAN_ALLOCATION.GROUP_ID, LOAN_ALLOCATION.LOAN_NO, LOAN_ALLOCATION.ENTRY_NO,
                    LOAN_ALLOCATION.VERSION, LOAN_ALLOCATION.SEQ, LOAN_ALLOCATION.PAID_ON, LOAN_ALLOCATION.FEE_PAID, LOAN_ALLOCATION.PRINCIPAL_PAID);
            for (long[] a : allocations) {
                insert = insert.values(groupId.value(), loanNo, entryNo, loan.currentVersion(), (int) a[0], paidOn, a[1], a[2]);
            }
            if (!allocations.isEmpty()) {
                insert.execute();
            }
            boolean closed = fee + principal == loan.outstanding();
            if (closed) {
                tx.update(LOAN).set(LOAN.STATUS, LoanStatus.CLOSED.name())
                        .where(LOAN.GROUP_ID.eq(groupId.value()), LOAN.LOAN_NO.eq(loanNo)).execute();
            }
            return new RepaymentResult(posted.getFirst(), fee, principal, excess, iks, closed, false);
        });
    }

    /** A new schedule for what the member still owes; the old schedule and its payments are kept. */
    public Loan restructure(GroupId groupId, long loanNo, Restructuring change, String postedBy, String idempotencyKey) {
        requireApproval(change.reason(), change.approvedBy(), postedBy);
        return Transactions.run(dsl, cfg -> {
            DSLContext tx = DSL.using(cfg);
            Record loanRow = lockLoan(tx, groupId, loanNo);
            if (eventWithKey(tx, groupId, loanNo, idempotencyKey, "RESTRUCTURED")) {
                return load(tx, groupId, loanNo);
            }
            requireActive(loanRow, loanNo);
            Loan loan = load(tx, groupId, loanNo);
            long overdueFee = loan.installments().stream()
                    .filter(ib -> !ib.installment().dueOn().isAfter(change.on()))
                    .mapToLong(Loan.InstallmentBalance::feeOwed).sum();
            long capitalized = change.capitalizeOverdueFee() ? overdueFee : 0;
            long newPrincipal = loan.outstandingPrincipal() + capitalized;
            LedgerException.require(newPrincipal > 0, LedgerException.Reason.INVALID_INPUT, "Tidak ada sisa pokok untuk dijadwal ulang");
            LoanTerms terms = new LoanTerms(newPrincipal, change.feeMethod(), change.monthlyFeeRatePercent(), change.frequency(),
                    change.installments(), change.gracePeriods(), change.on());
            Long entryNo = null;
            if (capitalized > 0) {
                Map<AccountRole, AccountId> roles = Books.roles(tx, groupId);
                entryNo = journal.postIn(tx, List.of(new NewEntry(groupId, idempotencyKey, EntryKind.LOAN_RESTRUCTURING, change.on(),
                        "Penjadwalan ulang pinjaman no. " + loanNo + ": jasa tertunggak dijadikan pokok", loan.memberId(), postedBy,
                        List.of(Leg.debit(roles.get(AccountRole.LOANS_RECEIVABLE), capitalized),
                                Leg.credit(roles.get(AccountRole.LOAN_FEES), capitalized)), null))).getFirst().entryNo();
            }
            int version = loan.currentVersion() + 1;
            insertSchedule(tx, groupId, loanNo, version, Schedule.of(terms));
            insertEvent(tx, groupId, loanNo, "RESTRUCTURED", change.on(), loan.outstandingPrincipal(), capitalized,
                    loan.currentVersion(), version, change.reason(), change.approvedBy(), postedBy, entryNo, idempotencyKey);
            tx.update(LOAN).set(LOAN.CURRENT_VERSION, version)
                    .where(LOAN.GROUP_ID.eq(groupId.value()), LOAN.LOAN_NO.eq(loanNo)).execute();
            return load(tx, groupId, loanNo);
        });
    }

    /** Writes off the principal still owed, with the approval of someone other than the treasurer posting it. */
    public Loan writeOff(GroupId groupId, long loanNo, LocalDate on, String reason, String approvedBy, String postedBy,
                         String idempotencyKey) {
        requireApproval(reason, approvedBy, postedBy);
        return Transactions.run(dsl, cfg -> {
            DSLContext tx = DSL.using(cfg);
            Record loanRow = lockLoan(tx, groupId, loanNo);
            if (eventWithKey(tx, groupId, loanNo, idempotencyKey, "WRITTEN_OFF")) {
                return load(tx, groupId, loanNo);
            }
            requireActive(loanRow, loanNo);
            Loan loan = load(tx, groupId, loanNo);
            long outstanding = loan.outstandingPrincipal();
            LedgerException.require(outstanding > 0, LedgerException.Reason.INVALID_INPUT, "Tidak ada sisa pokok untuk dihapus");
            Map<AccountRole, AccountId> roles = Books.roles(tx, groupId);
            long entryNo = journal.postIn(tx, List.of(new NewEntry(groupId, idempotencyKey, EntryKind.LOAN_WRITE_OFF, on,
                    "Penghapusan pinjaman no. " + loanNo + ": " + truncate(reason, 400), loan.memberId(), postedBy,
                    List.of(Leg.debit(roles.get(AccountRole.LOAN_WRITE_OFFS), outstanding),
                            Leg.credit(roles.get(AccountRole.LOANS_RECEIVABLE), outstanding)), null))).getFirst().entryNo();
            insertEvent(tx, groupId, loanNo, "WRITTEN_OFF", on, outstanding, 0, loan.currentVersion(), null, reason, approvedBy,
                    postedBy, entryNo, idempotencyKey);
            tx.update(LOAN).set(LOAN.STATUS, LoanStatus.WRITTEN_OFF.name())
                    .where(LOAN.GROUP_ID.eq(groupId.value()), LOAN.LOAN_NO.eq(loanNo)).execute();
            return load(tx, groupId, loanNo);
        });
    }

    public Loan loan(GroupId groupId, long loanNo) {
        return load(dsl, groupId, loanNo);
    }

    public List<Loan> loans(GroupId groupId) {
        return dsl.select(LOAN.LOAN_NO).from(LOAN).where(LOAN.GROUP_ID.eq(groupId.value())).orderBy(LOAN.LOAN_NO)
                .fetch(LOAN.LOAN_NO).stream().map(no -> load(dsl, groupId, no)).toList();
    }

    /** Arrears of every loan of the group and the group's PAR and repayment rate, as they were at the end of {@code asOf}. */
    public Portfolio portfolio(GroupId groupId, LocalDate asOf) {
        return new PortfolioReader(dsl).portfolio(groupId, asOf);
    }

    /**
     * The portfolio at the end of {@code asOf} as the books said at {@code knownBefore} ("as they were then"):
     * only loans, payments, restructurings and write-offs <em>booked</em> before that instant count, whatever
     * their value dates. A repayment of 1 June written in on 3 June is not in the portfolio asked as of 2 June
     * with knowledge of 2 June, and is with knowledge of 3 June.
     */
    public Portfolio portfolio(GroupId groupId, LocalDate asOf, java.time.Instant knownBefore) {
        return new PortfolioReader(dsl).portfolio(groupId, asOf, java.util.Objects.requireNonNull(knownBefore));
    }

    /** Every schedule version of the loan and every restructuring and write-off, with reason and approval, oldest first. */
    public LoanHistory history(GroupId groupId, long loanNo) {
        Loan current = load(dsl, groupId, loanNo);
        List<LoanHistory.ScheduleVersion> schedules = new ArrayList<>();
        for (int v = 1; v <= current.currentVersion(); v++) {
            schedules.add(new LoanHistory.ScheduleVersion(v, v == current.currentVersion() ? current.schedule() : schedule(dsl, groupId, loanNo, v)));
        }
        List<LoanEvent> events = dsl.selectFrom(LOAN_EVENT)
                .where(LOAN_EVENT.GROUP_ID.eq(groupId.value()), LOAN_EVENT.LOAN_NO.eq(loanNo))
                .orderBy(LOAN_EVENT.EVENT_NO)
                .fetch(r -> new LoanEvent(r.getEventNo(), LoanEvent.Kind.valueOf(r.getKind()), r.getOccurredOn(), r.getOutstandingPrincipal(),
                        r.getCapitalizedFee(), r.getFromVersion(), r.getToVersion(), r.getReason(), r.getApprovedBy(), r.getRecordedBy(),
                        r.getEntryNo(), r.getRecordedAt().toInstant()));
        return new LoanHistory(groupId, loanNo, schedules, events);
    }

    private static Schedule schedule(DSLContext tx, GroupId groupId, long loanNo, int version) {
        Record terms = tx.selectFrom(LOAN_SCHEDULE).where(LOAN_SCHEDULE.GROUP_ID.eq(groupId.value()), LOAN_SCHEDULE.LOAN_NO.eq(loanNo),
                LOAN_SCHEDULE.VERSION.eq(version)).fetchOne();
        LoanTerms loanTerms = new LoanTerms(terms.get(LOAN_SCHEDULE.PRINCIPAL), FeeMethod.valueOf(terms.get(LOAN_SCHEDULE.FEE_METHOD)),
                terms.get(LOAN_SCHEDULE.MONTHLY_FEE_RATE_PERCENT).stripTrailingZeros(), Frequency.valueOf(terms.get(LOAN_SCHEDULE.FREQUENCY)),
                terms.get(LOAN_SCHEDULE.INSTALLMENTS), terms.get(LOAN_SCHEDULE.GRACE_PERIODS), terms.get(LOAN_SCHEDULE.STARTS_ON));
        List<Installment> installments = tx.selectFrom(LOAN_INSTALLMENT)
                .where(LOAN_INSTALLMENT.GROUP_ID.eq(groupId.value()), LOAN_INSTALLMENT.LOAN_NO.eq(loanNo), LOAN_INSTALLMENT.VERSION.eq(version))
                .orderBy(LOAN_INSTALLMENT.SEQ)
                .fetch(r -> new Installment(r.getSeq(), r.getDueOn(), r.getPrincipalDue(), r.getFeeDue()));
        return new Schedule(loanTerms, installments);
    }

    public LoanArrears arrears(GroupId groupId, long loanNo, LocalDate asOf) {
        return portfolio(groupId, asOf).loans().stream().filter(a -> a.loanNo() == loanNo).findFirst()
                .orElse(new LoanArrears(loanNo, asOf, 0, 0, 0));
    }

    // ---- persistence helpers

    static Loan load(DSLContext tx, GroupId groupId, long loanNo) {
        Record row = tx.select(LOAN.MEMBER_ID, LOAN.PRINCIPAL, LOAN.DISBURSED_ON, LOAN.STATUS, LOAN.CURRENT_VERSION).from(LOAN)
                .where(LOAN.GROUP_ID.eq(groupId.value()), LOAN.LOAN_NO.eq(loanNo)).fetchOne();
        if (row == null) {
            throw new LedgerException(LedgerException.Reason.UNKNOWN_LOAN, "Pinjaman no. " + loanNo + " tidak ditemukan");
        }
        int version = row.get(LOAN.CURRENT_VERSION);
        Record terms = tx.selectFrom(LOAN_SCHEDULE).where(LOAN_SCHEDULE.GROUP_ID.eq(groupId.value()), LOAN_SCHEDULE.LOAN_NO.eq(loanNo),
                LOAN_SCHEDULE.VERSION.eq(version)).fetchOne();
        LoanTerms loanTerms = new LoanTerms(terms.get(LOAN_SCHEDULE.PRINCIPAL), FeeMethod.valueOf(terms.get(LOAN_SCHEDULE.FEE_METHOD)),
                terms.get(LOAN_SCHEDULE.MONTHLY_FEE_RATE_PERCENT).stripTrailingZeros(), Frequency.valueOf(terms.get(LOAN_SCHEDULE.FREQUENCY)),
                terms.get(LOAN_SCHEDULE.INSTALLMENTS), terms.get(LOAN_SCHEDULE.GRACE_PERIODS), terms.get(LOAN_SCHEDULE.STARTS_ON));
        var paid = DSL.select(LOAN_ALLOCATION.SEQ, DSL.sum(LOAN_ALLOCATION.FEE_PAID).as("fee"), DSL.sum(LOAN_ALLOCATION.PRINCIPAL_PAID).as("principal"))
                .from(LOAN_ALLOCATION)
                .where(LOAN_ALLOCATION.GROUP_ID.eq(groupId.value()), LOAN_ALLOCATION.LOAN_NO.eq(loanNo), LOAN_ALLOCATION.VERSION.eq(version))
                .groupBy(LOAN_ALLOCATION.SEQ).asTable("paid");
        List<Installment> installments = new ArrayList<>();
        List<Loan.InstallmentBalance> balances = new ArrayList<>();
        for (Record r : tx.select(LOAN_INSTALLMENT.SEQ, LOAN_INSTALLMENT.DUE_ON, LOAN_INSTALLMENT.PRINCIPAL_DUE, LOAN_INSTALLMENT.FEE_DUE,
                        paid.field("fee"), paid.field("principal"))
                .from(LOAN_INSTALLMENT).leftJoin(paid).on(paid.field(LOAN_ALLOCATION.SEQ).eq(LOAN_INSTALLMENT.SEQ))
                .where(LOAN_INSTALLMENT.GROUP_ID.eq(groupId.value()), LOAN_INSTALLMENT.LOAN_NO.eq(loanNo), LOAN_INSTALLMENT.VERSION.eq(version))
                .orderBy(LOAN_INSTALLMENT.SEQ).fetch()) {
            Installment i = new Installment(r.get(LOAN_INSTALLMENT.SEQ), r.get(LOAN_INSTALLMENT.DUE_ON),
                    r.get(LOAN_INSTALLMENT.PRINCIPAL_DUE), r.get(LOAN_INSTALLMENT.FEE_DUE));
            installments.add(i);
            Number fee = (Number) r.get(4);
            Number principal = (Number) r.get(5);
            balances.add(new Loan.InstallmentBalance(i, fee == null ? 0 : fee.longValue(), principal == null ? 0 : principal.longValue()));
        }
        return new Loan(groupId, loanNo, new MemberId(row.get(LOAN.MEMBER_ID)), row.get(LOAN.PRINCIPAL), row.get(LOAN.DISBURSED_ON),
                LoanStatus.valueOf(row.get(LOAN.STATUS)), version, new Schedule(loanTerms, installments), balances);
    }

    private static void insertSchedule(DSLContext tx, GroupId groupId, long loanNo, int version, Schedule schedule) {
        LoanTerms t = schedule.terms();
        tx.insertInto(LOAN_SCHEDULE, LOAN_SCHEDULE.GROUP_ID, LOAN_SCHEDULE.LOAN_NO, LOAN_SCHEDULE.VERSION, LOAN_SCHEDULE.PRINCIPAL,
                        LOAN_SCHEDULE.FEE_METHOD, LOAN_SCHEDULE.MONTHLY_FEE_RATE_PERCENT, LOAN_SCHEDULE.FREQUENCY, LOAN_SCHEDULE.INSTALLMENTS,
                        LOAN_SCHEDULE.GRACE_PERIODS, LOAN_SCHEDULE.STARTS_ON)
                .values(groupId.value(), loanNo, version, t.principal(), t.feeMethod().name(), t.monthlyFeeRatePercent(), t.frequency().name(),
                        t.installments(), t.gracePeriods(), t.startsOn())
                .execute();
        var insert = tx.insertInto(LOAN_INSTALLMENT, LOAN_INSTALLMENT.GROUP_ID, LOAN_INSTALLMENT.LOAN_NO, LOAN_INSTALLMENT.VERSION,
                LOAN_INSTALLMENT.SEQ, LOAN_INSTALLMENT.DUE_ON, LOAN_INSTALLMENT.PRINCIPAL_DUE, LOAN_INSTALLMENT.FEE_DUE);
        for (Installment i : schedule.installments()) {
            insert = insert.values(groupId.value(), loanNo, version, i.seq(), i.dueOn(), i.principalDue(), i.feeDue());
        }
        insert.execute();
    }

    private void insertEvent(DSLContext tx, GroupId groupId, long loanNo, String kind, LocalDate on, long outstanding, long capitalized,
                             int fromVersion, @Nullable Integer toVersion, String reason, String approvedBy, String recordedBy,
                             @Nullable Long entryNo, String key) {
        tx.insertInto(LOAN_EVENT, LOAN_EVENT.GROUP_ID, LOAN_EVENT.LOAN_NO, LOAN_EVENT.KIND, LOAN_EVENT.OCCURRED_ON,
                        LOAN_EVENT.OUTSTANDING_PRINCIPAL, LOAN_EVENT.CAPITALIZED_FEE, LOAN_EVENT.FROM_VERSION, LOAN_EVENT.TO_VERSION,
                        LOAN_EVENT.REASON, LOAN_EVENT.APPROVED_BY, LOAN_EVENT.RECORDED_BY, LOAN_EVENT.ENTRY_NO, LOAN_EVENT.IDEMPOTENCY_KEY,
                        LOAN_EVENT.RECORDED_AT)
                .values(groupId.value(), loanNo, kind, on, outstanding, capitalized, fromVersion, toVersion, reason, approvedBy,
                        recordedBy, entryNo, key, clock.instant().atOffset(ZoneOffset.UTC))
                .execute();
    }

    private static void lockBook(DSLContext tx, GroupId groupId) {
        if (tx.selectOne().from(BOOK).where(BOOK.GROUP_ID.eq(groupId.value())).forUpdate().fetchOne() == null) {
            throw new LedgerException(LedgerException.Reason.UNKNOWN_BOOK, "Buku kas kelompok ini belum dibuka");
        }
    }

    private static Record lockLoan(DSLContext tx, GroupId groupId, long loanNo) {
        Record row = tx.select(LOAN.STATUS, LOAN.DISBURSED_ON).from(LOAN)
                .where(LOAN.GROUP_ID.eq(groupId.value()), LOAN.LOAN_NO.eq(loanNo)).forUpdate().fetchOne();
        if (row == null) {
            throw new LedgerException(LedgerException.Reason.UNKNOWN_LOAN, "Pinjaman no. " + loanNo + " tidak ditemukan di kelompok ini");
        }
        return row;
    }

    private static void requireActive(Record loanRow, long loanNo) {
        LoanStatus status = LoanStatus.valueOf(loanRow.get(LOAN.STATUS));
        if (status != LoanStatus.ACTIVE) {
            throw new LedgerException(LedgerException.Reason.LOAN_NOT_ACTIVE, "Pinjaman no. " + loanNo
                    + (status == LoanStatus.CLOSED ? " sudah lunas" : " sudah dihapusbukukan") + "; tidak bisa dicatat angsuran atau perubahan");
        }
    }

    private static void requireApproval(String reason, String approvedBy, String postedBy) {
        LedgerException.require(reason != null && !reason.isBlank() && reason.length() <= 500, LedgerException.Reason.INVALID_INPUT,
                "Alasan wajib diisi (paling banyak 500 karakter)");
        LedgerException.require(approvedBy != null && !approvedBy.isBlank() && approvedBy.length() <= 100, LedgerException.Reason.INVALID_INPUT,
                "Persetujuan wajib dicatat: siapa yang menyetujui");
        LedgerException.require(!approvedBy.equals(postedBy), LedgerException.Reason.INVALID_INPUT,
                "Persetujuan harus diberikan oleh orang lain, bukan pencatat");
    }

    private static @Nullable Long entryWithKey(DSLContext tx, GroupId groupId, String key) {
        return tx.select(ENTRY.ENTRY_NO).from(ENTRY).where(ENTRY.GROUP_ID.eq(groupId.value()), ENTRY.IDEMPOTENCY_KEY.eq(key))
                .fetchOne(ENTRY.ENTRY_NO);
    }

    private static boolean eventWithKey(DSLContext tx, GroupId groupId, long loanNo, String key, String kind) {
        Record r = tx.select(LOAN_EVENT.LOAN_NO, LOAN_EVENT.KIND).from(LOAN_EVENT)
                .where(LOAN_EVENT.GROUP_ID.eq(groupId.value()), LOAN_EVENT.IDEMPOTENCY_KEY.eq(key)).fetchOne();
        if (r == null) {
            if (entryWithKey(tx, groupId, key) != null) {
                throw conflict(key);
            }
            return false;
        }
        if (r.get(LOAN_EVENT.LOAN_NO) != loanNo || !r.get(LOAN_EVENT.KIND).equals(kind)) {
            throw conflict(key);
        }
        return true;
    }

    private RepaymentResult replayedRepayment(DSLContext tx, GroupId groupId, long loanNo, long entryNo, long paid, String key) {
        Record sums = tx.select(DSL.sum(LOAN_ALLOCATION.FEE_PAID), DSL.sum(LOAN_ALLOCATION.PRINCIPAL_PAID)).from(LOAN_ALLOCATION)
                .where(LOAN_ALLOCATION.GROUP_ID.eq(groupId.value()), LOAN_ALLOCATION.LOAN_NO.eq(loanNo), LOAN_ALLOCATION.ENTRY_NO.eq(entryNo))
                .fetchOne();
        Long cash = tx.select(LEG.AMOUNT).from(LEG).where(LEG.GROUP_ID.eq(groupId.value()), LEG.ENTRY_NO.eq(entryNo), LEG.LEG_NO.eq((short) 1))
                .fetchOne(LEG.AMOUNT);
        if (sums.get(0) == null || cash == null || cash != paid) {
            throw conflict(key);
        }
        long fee = ((Number) sums.get(0)).longValue();
        long principal = ((Number) sums.get(1)).longValue();
        Record entry = tx.select(ENTRY.BOOKED_AT).from(ENTRY).where(ENTRY.GROUP_ID.eq(groupId.value()), ENTRY.ENTRY_NO.eq(entryNo)).fetchOne();
        Long iks = tx.select(LEG.AMOUNT).from(LEG).join(ENTRY).on(ENTRY.GROUP_ID.eq(LEG.GROUP_ID), ENTRY.ENTRY_NO.eq(LEG.ENTRY_NO))
                .where(ENTRY.GROUP_ID.eq(groupId.value()), ENTRY.IDEMPOTENCY_KEY.eq(key + "/iks"), LEG.LEG_NO.eq((short) 1)).fetchOne(LEG.AMOUNT);
        String status = tx.select(LOAN.STATUS).from(LOAN).where(LOAN.GROUP_ID.eq(groupId.value()), LOAN.LOAN_NO.eq(loanNo)).fetchOne(LOAN.STATUS);
        return new RepaymentResult(new PostedEntry(groupId, entryNo, key, entry.get(ENTRY.BOOKED_AT).toInstant(), true), fee, principal,
                paid - fee - principal, iks == null ? 0 : iks, LoanStatus.CLOSED.name().equals(status), true);
    }

    private static OverpaymentPolicy policy(DSLContext tx, GroupId groupId) {
        return OverpaymentPolicy.valueOf(tx.select(BOOK.OVERPAYMENT_POLICY).from(BOOK).where(BOOK.GROUP_ID.eq(groupId.value()))
                .fetchOne(BOOK.OVERPAYMENT_POLICY));
    }

    private static LedgerException conflict(String key) {
        return new LedgerException(LedgerException.Reason.IDEMPOTENCY_CONFLICT,
                "Kunci idempoten '" + key + "' sudah dipakai untuk transaksi lain");
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

}
