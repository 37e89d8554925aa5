package id.kube.ledger.figures;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import id.kube.core.group.GroupId;
import id.kube.core.indicator.AsOf;
import id.kube.core.indicator.BooksPeriodFigures;
import id.kube.core.indicator.Period;
import id.kube.core.member.MemberId;
import id.kube.core.money.Rupiah;
import id.kube.ledger.account.AccountId;
import id.kube.ledger.account.BookSettings;
import id.kube.ledger.iks.IksFund;
import id.kube.ledger.iks.IksPurpose;
import id.kube.ledger.iks.IksRule;
import id.kube.ledger.journal.Books;
import id.kube.ledger.journal.CashCounts;
import id.kube.ledger.journal.EntryKind;
import id.kube.ledger.journal.Journal;
import id.kube.ledger.journal.NewEntry;
import id.kube.ledger.journal.PostedEntry;
import id.kube.ledger.journal.Periods;
import id.kube.ledger.loan.FeeMethod;
import id.kube.ledger.loan.Frequency;
import id.kube.ledger.loan.Loan;
import id.kube.ledger.loan.LoanBook;
import id.kube.ledger.loan.LoanTerms;
import id.kube.ledger.report.Reports;
import id.kube.ledger.surplus.SurplusAllocation;
import id.kube.ledger.surplus.SurplusRule;
import id.kube.ledger.surplus.SurplusSharing;

/**
 * A year (2026) of a ten-family KUBE's books, posted in date order through the ledger's public API with the
 * clock at each day (10:00 WIB), so that booking times are real: a Rp20.000.000 stimulus grant, simpanan pokok
 * and wajib, monthly meetings with IKS, a tailoring business selling Feb–Nov, two revolving-fund loans (one
 * repaid on time, one that stops paying after June, its June payment recorded two days late), an IKS payout for
 * illness and a mistaken one reversed, a sale recorded late (dated 29 June, booked 2 July), months closed on
 * time except November, two cash counts (one short by Rp5.000) and the year-end SHU shared and paid out.
 */
final class KubeYear {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    final GroupId group = GroupId.random();
    final List<MemberId> members = new ArrayList<>();
    final MutableClock clock = new MutableClock();
    final DSLContext dsl;
    /** June's figures as of 30 June, computed on 30 June, before anything later was posted. */
    final BooksPeriodFigures juneAsSeenOnJune30;
    final LedgerBooksFigures figures;

    private final Journal journal;
    private final LoanBook loans;
    private final IksFund iks;
    private final Periods periods;
    private final CashCounts cashCounts;
    private final AtomicLong keys = new AtomicLong();

    KubeYear(DataSource dataSource) {
        dsl = DSL.using(dataSource, SQLDialect.POSTGRES);
        journal = new Journal(dsl, clock);
        loans = new LoanBook(dsl, clock);
        iks = new IksFund(dsl, clock);
        periods = new Periods(dsl, clock);
        cashCounts = new CashCounts(dsl, clock);
        figures = new LedgerBooksFigures(dsl, WIB);
        for (int i = 0; i < 10; i++) {
            members.add(MemberId.random());
        }
        new Books(dsl).open(group, BookSettings.DEFAULT);

        at(2026, 1, 5);
        journal.post(NewEntry.builder(group, key()).kind(EntryKind.OPENING_BALANCE).valueDate(today())
                .description("Saldo awal: bantuan stimulan UEP").postedBy("bendahara").debit("1101", 20_000_000).credit("3101", 20_000_000).build());
        at(2026, 1, 10);
        journal.post(members.stream().map(m -> contribution(m, "3201", 100_000, "Simpanan pokok")).toList());

        long loanA = 0;
        long loanB = 0;
        BooksPeriodFigures june = null;
        for (int month = 1; month <= 12; month++) {
            if (month >= 3) {
                at(2026, month, 1);
                loans.repay(group, loanA, today(), Rupiah.of(220_000), null, "bendahara", key());
            }
            if (month >= 4 && month <= 5) {
                loans.repay(group, loanB, today(), Rupiah.of(120_000), null, "bendahara", key());
            }
            if (month == 6) {
                at(2026, 6, 3); // the June 1 payment is written into the books two days late
                loans.repay(group, loanB, LocalDate.of(2026, 6, 1), Rupiah.of(120_000), null, "bendahara", key());
            }
            if (month == 2) {
                at(2026, 2, 1);
                loanA = disburse(members.get(0), 2_000_000, "1");
            }
            if (month == 3) {
                loanB = disburse(members.get(1), 1_000_000, "2");
            }
            if (month == 7) {
                at(2026, 7, 2);
                journal.post(NewEntry.builder(group, key()).kind(EntryKind.SALE).valueDate(LocalDate.of(2026, 6, 29))
                        .description("Penjualan seragam sekolah (nota terlambat dicatat)").postedBy("bendahara")
                        .debit("1101", 300_000).credit("4101", 300_000).build());
            }
            if (month >= 2 && month <= 11) {
                at(2026, month, 5);
                periods.close(group, YearMonth.of(2026, month - 1), "Laporan bulanan selesai", "bendahara");
            }
            at(2026, month, 10);
            journal.post(members.stream().map(m -> contribution(m, "3202", 20_000, "Simpanan wajib")).toList());
            iks.contributeAtMeeting(group, today(), new IksRule.FixedPerMemberPerMeeting(5_000),
                    month == 6 ? members.subList(0, 7) : members, "bendahara", key());
            if (month >= 2 && month <= 11) {
                at(2026, month, 12);
                journal.post(simple(EntryKind.PURCHASE, "5101", "1101", 1_200_000, "Pembelian kain dan benang"));
                at(2026, month, 20);
                journal.post(simple(EntryKind.SALE, "1101", "4101", 2_000_000, "Penjualan pakaian jadi"));
                at(2026, month, 25);
                journal.post(simple(EntryKind.EXPENSE, "5201", "1101", 100_000, "Listrik dan transport"));
            }
            if (month == 6) {
                at(2026, 6, 30);
                cashCounts.record(AccountId.of(group, "1101"), today(), Rupiah.of(cash(today())), "bendahara", null);
                june = figures.figures(group, Period.month(2026, 6), new AsOf(today()));
            }
            if (month == 8) {
                at(2026, 8, 15);
                iks.disburse(group, today(), IksPurpose.ILLNESS, "Biaya berobat ke puskesmas", members.get(2), Rupiah.of(150_000),
                        "bendahara", key());
            }
            if (month == 9) {
                at(2026, 9, 20);
                PostedEntry mistaken = iks.disburse(group, today(), IksPurpose.DISASTER, "Bantuan banjir (salah catat)", null,
                        Rupiah.of(100_000), "bendahara", key());
                at(2026, 9, 25);
                journal.reverse(group, mistaken.entryNo(), today(), "Salah catat, bantuan belum diberikan", "bendahara", key());
            }
        }
        at(2026, 12, 20);
        periods.close(group, YearMonth.of(2026, 11), "Laporan November terlambat", "bendahara");
        at(2026, 12, 31);
        Map<MemberId, Long> meetings = new LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            meetings.put(members.get(i), i < 7 ? 12L : 11L);
        }
        SurplusAllocation shu = new SurplusSharing(dsl, clock).share(group, 2026,
                new SurplusRule(new BigDecimal("25"), new BigDecimal("10"), new BigDecimal("40"), new BigDecimal("25")),
                meetings, "bendahara", key());
        journal.post(members.stream().filter(m -> shu.memberShare(m) > 0)
                .map(m -> NewEntry.builder(group, key()).kind(EntryKind.GENERAL).valueDate(today()).description("Pembayaran SHU 2026")
                        .postedBy("bendahara").member(m).debit("2201", shu.memberShare(m)).credit("1101", shu.memberShare(m)).build())
                .toList());
        cashCounts.record(AccountId.of(group, "1101"), today(), Rupiah.of(cash(today()) - 5_000), "bendahara", "Uang kurang Rp5.000");
        juneAsSeenOnJune30 = java.util.Objects.requireNonNull(june);
    }

    private long disburse(MemberId member, long principal, String tag) {
        BigDecimal rate = tag.equals("1") ? BigDecimal.ONE : new BigDecimal("2");
        Loan loan = loans.disburse(group, member, new LoanTerms(principal, FeeMethod.FLAT, rate, Frequency.MONTHLY, 10, 0, today()),
                "bendahara", key());
        return loan.loanNo();
    }

    private long cash(LocalDate date) {
        return new Reports(dsl).balancesAsOf(group, date).stream().filter(b -> b.account().code().equals("1101")).findFirst()
                .orElseThrow().normal();
    }

    private NewEntry contribution(MemberId member, String account, long amount, String what) {
        return NewEntry.builder(group, key()).kind(EntryKind.CONTRIBUTION).valueDate(today()).description(what + " " + today())
                .postedBy("bendahara").member(member).debit("1101", amount).credit(account, amount).build();
    }

    private NewEntry simple(EntryKind kind, String debit, String credit, long amount, String description) {
        return NewEntry.builder(group, key()).kind(kind).valueDate(today()).description(description).postedBy("bendahara")
                .debit(debit, amount).credit(credit, amount).build();
    }

    private void at(int year, int month, int day) {
        clock.set(LocalDate.of(year, month, day).atTime(10, 0).atZone(WIB).toInstant());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WIB);
    }

    private String key() {
        return "year-" + keys.incrementAndGet();
    }

    /** A clock the scenario moves forward day by day. */
    static final class MutableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-01-01T03:00:00Z");

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return WIB;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
