package id.kube.admin.dashboard;

import static id.kube.core.persistence.jooq.Tables.KUBE_GROUP;
import static id.kube.ledger.persistence.jooq.Tables.ACCOUNT;
import static id.kube.ledger.persistence.jooq.Tables.LEG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import id.kube.admin.security.KubeUser;
import id.kube.admin.security.Role;
import id.kube.admin.support.AdminApplicationTest;
import id.kube.admin.support.TestUsers;
import id.kube.core.KubeCore;
import id.kube.core.facilitator.FacilitatorId;
import id.kube.core.group.GroupId;
import id.kube.core.member.MemberId;
import id.kube.core.region.RegionCode;
import id.kube.ledger.account.AccountRole;
import id.kube.ledger.account.BookSettings;
import id.kube.ledger.journal.Books;
import id.kube.ledger.journal.EntryKind;
import id.kube.ledger.journal.Journal;
import id.kube.ledger.journal.NewEntry;
import id.kube.ledger.journal.Periods;
import id.kube.ledger.loan.FeeMethod;
import id.kube.ledger.loan.Frequency;
import id.kube.ledger.loan.LoanBook;
import id.kube.ledger.loan.LoanTerms;
import id.kube.testing.KubeFixtures;

/**
 * The dashboard's figures against the raw aggregate over the journal's legs, for every role's scope, after
 * ordinary and concurrent postings; and the drill-down refusing places outside the scope. Groups: two in
 * Kec. Ubud (51.04.05), one in Kec. Sukawati (51.04.01), one in Kota Bima (52.72.01). Other test
 * classes share the database, so figures are compared with the raw aggregate over the same scope, never with
 * constants, except where the scope holds only this class's groups.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardQueryTest extends AdminApplicationTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    DashboardQuery dashboard;
    @Autowired
    DashboardSummaries summaries;
    @Autowired
    Clock clock;

    private GroupId ubudA;
    private GroupId ubudB;
    private GroupId sukawati;
    private GroupId bima;
    private FacilitatorId facilitator;
    private LocalDate today;

    @BeforeAll
    void groupsWithBooksLoansAndAClosedMonth() {
        KubeCore core = KubeFixtures.core(dsl);
        today = LocalDate.now(clock);
        String prefix = "Dasbor " + Instant.now().toEpochMilli() + " ";
        ubudA = register(core, prefix + "Ubud A", KubeFixtures.MAS_UBUD);
        ubudB = register(core, prefix + "Ubud B", KubeFixtures.PELIATAN_UBUD);
        sukawati = register(core, prefix + "Sukawati", KubeFixtures.CELUK_SUKAWATI);
        bima = register(core, prefix + "Bima", RegionCode.of("52.72.01.1001"));
        facilitator = core.facilitators().register(KubeFixtures.FACILITATOR, "Pendamping Dasbor", null).id();
        core.groups().assignFacilitator(KubeFixtures.FACILITATOR, ubudA, facilitator, KubeFixtures.TODAY);
        core.groups().assignFacilitator(KubeFixtures.FACILITATOR, bima, facilitator, KubeFixtures.TODAY);

        Books books = new Books(dsl);
        Journal journal = new Journal(dsl, clock);
        for (GroupId group : List.of(ubudA, ubudB, sukawati, bima)) {
            books.open(group, BookSettings.DEFAULT);
            journal.post(contribution(group, "setup-1", today.minusMonths(4).withDayOfMonth(3), 3_000_000));
            journal.post(contribution(group, "setup-2", today.withDayOfMonth(1), 250_000));
            journal.post(sale(group, "setup-3", today.minusMonths(1).withDayOfMonth(10), 175_000));
        }
        // Ubud A lent 1,000,000 four months ago and nothing was repaid: every rupiah is over 30 days late
        new LoanBook(dsl, clock).disburse(ubudA, new MemberId(UUID.randomUUID()), new LoanTerms(1_000_000,
                FeeMethod.FLAT, new BigDecimal("1.5"), Frequency.MONTHLY, 5, 0, today.minusMonths(4).withDayOfMonth(5)),
                "bendahara.test", "loan-1");
        new Periods(dsl, clock).close(ubudB, YearMonth.from(today.minusMonths(1)), "Laporan disetujui", "dinsos");
        summarise();
    }

    /** What the refresher does every few seconds: groups without a summary row get one, stale rows catch up. */
    private void summarise() {
        summaries.addMissing(100_000);
        summaries.catchUpAll(1_000);
    }

    private static GroupId register(KubeCore core, String name, RegionCode village) {
        return core.groups().register(KubeFixtures.TREASURER,
                KubeFixtures.profile(name, village, KubeFixtures.TODAY.minusMonths(3))).id();
    }

    private static NewEntry contribution(GroupId group, String key, LocalDate on, long amount) {
        return NewEntry.builder(group, key).kind(EntryKind.CONTRIBUTION).valueDate(on).description("Simpanan pokok")
                .postedBy("bendahara.test").debit("1101", amount).credit("3201", amount).build();
    }

    private static NewEntry sale(GroupId group, String key, LocalDate on, long amount) {
        return NewEntry.builder(group, key).kind(EntryKind.SALE).valueDate(on).description("Penjualan")
                .postedBy("bendahara.test").debit("1101", amount).credit("4101", amount).build();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static final KubeUser MINISTRY = new KubeUser("k", "K", Role.MINISTRY, null, null, null);
    private static final KubeUser RESEARCHER = new KubeUser("r", "R", Role.RESEARCHER, null, null, null);
    private static final KubeUser GIANYAR = new KubeUser("d", "D", Role.DISTRICT_OFFICER, null, RegionCode.of("51.04"),
            null);

    private KubeUser facilitatorUser() {
        return new KubeUser("f", "F", Role.FACILITATOR, null, null, facilitator);
    }

    private KubeUser treasurerOf(GroupId group) {
        return new KubeUser("t", "T", Role.TREASURER, group, null, null);
    }

    /** Cash and bank, loans receivable: the sum of every leg ever posted to those accounts of these groups. */
    private long rawBalance(Condition groups, AccountRole... roles) {
        return dsl.select(DSL.coalesce(DSL.sum(LEG.AMOUNT), BigDecimal.ZERO)).from(LEG)
                .join(ACCOUNT).on(ACCOUNT.GROUP_ID.eq(LEG.GROUP_ID)).and(ACCOUNT.CODE.eq(LEG.ACCOUNT_CODE))
                .join(KUBE_GROUP).on(KUBE_GROUP.ID.eq(LEG.GROUP_ID))
                .where(groups).and(ACCOUNT.ROLE.in(java.util.Arrays.stream(roles).map(Enum::name).toList()))
                .fetchOne(0, BigDecimal.class).longValueExact();
    }

    /** Contributions credited in one month (value date), from the legs. */
    private long rawContributions(Condition groups, YearMonth month) {
        return -dsl.select(DSL.coalesce(DSL.sum(LEG.AMOUNT), BigDecimal.ZERO)).from(LEG)
                .join(ACCOUNT).on(ACCOUNT.GROUP_ID.eq(LEG.GROUP_ID)).and(ACCOUNT.CODE.eq(LEG.ACCOUNT_CODE))
                .join(KUBE_GROUP).on(KUBE_GROUP.ID.eq(LEG.GROUP_ID))
                .where(groups).and(ACCOUNT.ROLE.in(AccountRole.PRINCIPAL_CONTRIBUTIONS.name(),
                        AccountRole.MANDATORY_CONTRIBUTIONS.name()))
                .and(LEG.VALUE_DATE.between(month.atDay(1), month.atEndOfMonth()))
                .fetchOne(0, BigDecimal.class).longValueExact();
    }

    private long rawSales(Condition groups, YearMonth month) {
        return -dsl.select(DSL.coalesce(DSL.sum(LEG.AMOUNT), BigDecimal.ZERO)).from(LEG)
                .join(ACCOUNT).on(ACCOUNT.GROUP_ID.eq(LEG.GROUP_ID)).and(ACCOUNT.CODE.eq(LEG.ACCOUNT_CODE))
                .join(KUBE_GROUP).on(KUBE_GROUP.ID.eq(LEG.GROUP_ID))
                .where(groups).and(ACCOUNT.ROLE.eq(AccountRole.SALES.name()))
                .and(LEG.VALUE_DATE.between(month.atDay(1), month.atEndOfMonth()))
                .fetchOne(0, BigDecimal.class).longValueExact();
    }

    private long rawGroups(Condition groups) {
        return dsl.fetchCount(KUBE_GROUP, groups);
    }

    private static Condition under(String region) {
        return KUBE_GROUP.VILLAGE_CODE.startsWith(region + ".");
    }

    private static Condition only(GroupId... groups) {
        return KUBE_GROUP.ID.in(java.util.Arrays.stream(groups).map(GroupId::value).toList());
    }

    /** The figures equal the raw aggregate over the journal for these groups, balances and monthly trend. */
    private void assertEqualsJournal(DashboardFigures figures, Condition groups) {
        assertThat(figures.total().groups()).isEqualTo(rawGroups(groups));
        assertThat(figures.total().cash()).isEqualTo(rawBalance(groups, AccountRole.CASH, AccountRole.BANK));
        assertThat(figures.total().loansReceivable()).isEqualTo(rawBalance(groups, AccountRole.LOANS_RECEIVABLE));
        for (var month : figures.trend()) {
            assertThat(month.contributions()).as("contributions %s", month.month())
                    .isEqualTo(rawContributions(groups, month.month()));
            assertThat(month.sales()).as("sales %s", month.month()).isEqualTo(rawSales(groups, month.month()));
        }
    }

    @Test
    void theMinistrysNationalFiguresEqualTheJournalAndItsProvinceTilesAddUp() {
        summarise();
        TestUsers.signIn(MINISTRY);
        DashboardFigures national = dashboard.figures(null);
        assertEqualsJournal(national, DSL.trueCondition());
        assertThat(national.place().national()).isTrue();
        assertThat(national.children()).extracting(tile -> tile.region().code().value()).contains("51", "52");
        assertThat(RegionFigures.sum(national.children().stream().map(DashboardFigures.Tile::figures).toList()))
                .isEqualTo(national.total());
        assertThat(national.months()).hasSize(6);
        assertThat(national.trend()).hasSize(12);
    }

    @Test
    void aDrillDownGoesOneLevelAtATimeDownToTheGroupsOfADistrict() {
        summarise();
        TestUsers.signIn(MINISTRY);
        DashboardFigures bali = dashboard.figures(RegionCode.of("51"));
        assertThat(bali.trail()).extracting(DrillDown.Place::name).containsExactly("Indonesia", "Bali");
        assertThat(bali.children()).extracting(tile -> tile.region().code().value()).contains("51.04");
        assertEqualsJournal(bali, under("51"));

        DashboardFigures gianyar = dashboard.figures(RegionCode.of("51.04"));
        assertThat(gianyar.children()).extracting(tile -> tile.region().code().value()).contains("51.04.01", "51.04.05");
        assertEqualsJournal(gianyar, under("51.04"));

        DashboardFigures ubud = dashboard.figures(RegionCode.of("51.04.05"));
        assertThat(ubud.trail()).hasSize(4);
        assertThat(ubud.children()).extracting(DashboardFigures.Tile::group).contains(ubudA, ubudB)
                .doesNotContain(sukawati, bima);
        assertEqualsJournal(ubud, under("51.04.05"));
    }

    @Test
    void aGroupWithALoanOverThirtyDaysLateIsListedWithItsReasonAndPar30() {
        TestUsers.signIn(facilitatorUser());
        DashboardFigures figures = dashboard.figures(null);
        assertThat(figures.total().loansOutstanding()).isEqualTo(1_000_000);
        assertThat(figures.total().par30Principal()).isEqualTo(1_000_000);
        assertThat(figures.total().par30()).isEqualByComparingTo("1");
        assertThat(figures.total().repaymentRate()).isEqualByComparingTo("0");
        assertThat(figures.attention()).filteredOn(group -> group.group().equals(ubudA)).singleElement()
                .satisfies(group -> assertThat(group.reasons()).contains(AttentionReason.PAR30_ABOVE_10_PERCENT,
                        AttentionReason.REPAYMENT_BELOW_90_PERCENT));
        assertThat(figures.attentionCounts().get(AttentionReason.PAR30_ABOVE_10_PERCENT)).isEqualTo(1);
    }

    @Test
    void eachRoleSeesTheFiguresOfItsOwnScopeOnly() {
        summarise();
        TestUsers.signIn(GIANYAR);
        DashboardFigures gianyar = dashboard.figures(null);
        assertThat(gianyar.place().code()).isEqualTo(RegionCode.of("51.04"));
        assertThat(gianyar.trail()).extracting(DrillDown.Place::name).containsExactly("Kabupaten Gianyar");
        assertEqualsJournal(gianyar, under("51.04"));

        TestUsers.signIn(facilitatorUser());
        DashboardFigures facilitated = dashboard.figures(null);
        assertEqualsJournal(facilitated, only(ubudA, bima));
        assertThat(facilitated.total().groups()).isEqualTo(2);

        TestUsers.signIn(treasurerOf(ubudB));
        DashboardFigures own = dashboard.figures(null);
        assertEqualsJournal(own, only(ubudB));
        assertThat(own.months().get(1).closedGroups()).isEqualTo(1);
        assertThat(own.months().get(0).closedGroups()).isZero();

        TestUsers.signIn(RESEARCHER);
        DashboardFigures researcher = dashboard.figures(null);
        assertEqualsJournal(researcher, DSL.trueCondition());
        assertThat(researcher.attention()).isEmpty();
        DashboardFigures district = dashboard.figures(RegionCode.of("51.04.05"));
        assertThat(district.total().groups()).isGreaterThanOrEqualTo(2);
        assertThat(district.children()).as("researchers see no single group").isEmpty();
    }

    @Test
    void aPlaceOutsideTheScopeIsRefusedWhateverTheUrlSays() {
        TestUsers.signIn(GIANYAR);
        assertThatThrownBy(() -> dashboard.figures(RegionCode.of("52.01")))
                .isInstanceOf(RegionOutsideScopeException.class).hasMessageContaining("tidak berhak");
        assertThatThrownBy(() -> dashboard.figures(RegionCode.of("51"))).isInstanceOf(RegionOutsideScopeException.class);
        assertThat(dashboard.figures(RegionCode.of("51.04.05")).total().groups()).isGreaterThanOrEqualTo(2);

        TestUsers.signIn(facilitatorUser());
        assertThatThrownBy(() -> dashboard.figures(RegionCode.of("51.04.01")))
                .isInstanceOf(RegionOutsideScopeException.class);
        assertThat(dashboard.figures(RegionCode.of("52.72")).total().groups()).isEqualTo(1);

        TestUsers.signIn(treasurerOf(ubudB));
        assertThatThrownBy(() -> dashboard.figures(RegionCode.of("52")))
                .isInstanceOf(RegionOutsideScopeException.class);
        assertThat(dashboard.figures(RegionCode.of("51.04.05")).total().groups()).isEqualTo(1);

        TestUsers.signIn(MINISTRY);
        assertThatThrownBy(() -> dashboard.figures(RegionCode.of("99"))).isInstanceOf(RegionOutsideScopeException.class);
        assertThat(DrillDown.parse("51.04.05.2002")).as("the drill-down stops at districts").isEmpty();
        assertThat(DrillDown.parse("'; drop table")).isEmpty();
    }

    @Test
    void figuresStayEqualToTheJournalWhileGroupsPostConcurrentlyAndSummariesCatchUpMeanwhile() throws Exception {
        List<GroupId> groups = List.of(ubudA, ubudB, sukawati, bima);
        Journal journal = new Journal(dsl, clock);
        AtomicBoolean posting = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            Future<?> catcher = pool.submit(() -> {
                while (posting.get()) {
                    summaries.catchUp(2);
                }
                return null;
            });
            List<Future<?>> posters = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                posters.add(pool.submit(() -> {
                    Random random = new Random(4242L + thread);
                    for (int i = 0; i < 30; i++) {
                        GroupId group = groups.get(random.nextInt(groups.size()));
                        // this month or two months back (last month is closed for Ubud B)
                        LocalDate on = today.minusMonths(random.nextBoolean() ? 0 : 2).withDayOfMonth(1 + random.nextInt(27));
                        if (on.isAfter(today)) {
                            on = today;
                        }
                        long amount = 1_000L * (1 + random.nextInt(500));
                        String key = "concurrent-" + thread + "-" + i;
                        journal.post(random.nextBoolean() ? contribution(group, key, on, amount)
                                : sale(group, key, on, amount));
                    }
                    return null;
                }));
            }
            for (Future<?> poster : posters) {
                poster.get();
            }
            posting.set(false);
            catcher.get();
        } finally {
            pool.shutdown();
        }
        summarise();
        TestUsers.signIn(MINISTRY);
        assertEqualsJournal(dashboard.figures(null), DSL.trueCondition());
        assertEqualsJournal(dashboard.figures(RegionCode.of("51.04.05")), under("51.04.05"));
        TestUsers.signIn(facilitatorUser());
        assertEqualsJournal(dashboard.figures(null), only(ubudA, bima));
        Map<AttentionReason, Long> counts = dashboard.figures(null).attentionCounts();
        assertThat(counts).containsKey(AttentionReason.PAR30_ABOVE_10_PERCENT);
    }
}
