package id.kube.ledger.surplus;

import static id.kube.ledger.LedgerFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import id.kube.core.group.GroupId;
import id.kube.core.member.MemberId;
import id.kube.ledger.LedgerException;
import id.kube.ledger.LedgerFixture;
import id.kube.ledger.account.AccountRole;
import id.kube.ledger.check.InvariantChecker;
import id.kube.ledger.iks.IksFund;
import id.kube.ledger.iks.IksPurpose;
import id.kube.ledger.iks.IksRule;
import id.kube.ledger.report.BalanceSheet;
import id.kube.ledger.report.Reports;
import id.kube.core.money.Rupiah;
import id.kube.testing.TestDatabase;

@TestDatabase
class SurplusSharingTest {

    private final LedgerFixture f;
    private final Reports reports;

    SurplusSharingTest(DataSource dataSource) {
        this.f = new LedgerFixture(dataSource);
        this.reports = new Reports(f.dsl);
    }

    @Test
    void theYearsSurplusIsSharedByRuleAndThePartsSumToTheWhole() {
        GroupId g = f.groupWithGrant(3_000_000);
        MemberId ani = MemberId.random();
        MemberId budi = MemberId.random();
        MemberId citra = MemberId.random();
        f.journal.post(LedgerFixture.entry(g, key(), CASH, PRINCIPAL, 100_000, LocalDate.of(2026, 1, 5), ani));
        f.journal.post(LedgerFixture.entry(g, key(), CASH, PRINCIPAL, 100_000, LocalDate.of(2026, 1, 5), budi));
        f.journal.post(LedgerFixture.entry(g, key(), CASH, MANDATORY, 50_000, LocalDate.of(2026, 2, 5), citra));
        f.transfer(g, PURCHASES, CASH, 1_000_000, LocalDate.of(2026, 3, 1));
        f.transfer(g, CASH, SALES, 2_000_001, LocalDate.of(2026, 6, 1));
        f.transfer(g, EXPENSES, CASH, 150_000, LocalDate.of(2026, 7, 1));

        SurplusRule rule = new SurplusRule(new BigDecimal("25"), new BigDecimal("10"), new BigDecimal("40"), new BigDecimal("25"));
        SurplusAllocation shu = new SurplusSharing(f.dsl, CLOCK).share(g, 2026, rule, Map.of(ani, 12L, budi, 10L, citra, 12L), "bendahara", key());

        assertThat(shu.surplus()).isEqualTo(850_001);
        assertThat(shu.totalOfParts()).isEqualTo(shu.surplus());
        assertThat(shu.reserve()).isEqualTo(212_500);
        assertThat(shu.iks()).isEqualTo(85_000);
        assertThat(shu.byCapital().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(340_001);
        assertThat(shu.byCapital().get(citra)).isEqualTo(68_000);
        LocalDate end = LocalDate.of(2026, 12, 31);
        BalanceSheet sheet = reports.balanceSheet(g, end);
        assertThat(sheet.currentSurplus()).isZero();
        assertThat(sheet.totalAssets()).isEqualTo(sheet.totalLiabilities() + sheet.totalEquity());
        assertThat(reports.incomeStatement(g, LocalDate.of(2026, 1, 1), end).surplus()).isEqualTo(850_001);
        assertThat(reports.memberStatement(g, ani, LocalDate.of(2026, 1, 1), end).closing(AccountRole.SURPLUS_PAYABLE))
                .isEqualTo(shu.memberShare(ani));
        assertThat(new InvariantChecker(f.dsl).check(g).violations()).isEmpty();
    }

    @Test
    void aRuleThatDoesNotAddUpToAHundredPercentOrAYearWithoutSurplusIsRefused() {
        assertThatThrownBy(() -> new SurplusRule(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.reason()).isEqualTo(LedgerException.Reason.INVALID_SURPLUS_RULE));
        GroupId g = f.groupWithGrant(1_000_000);
        f.transfer(g, EXPENSES, CASH, 10_000, LocalDate.of(2026, 4, 1));
        SurplusRule rule = new SurplusRule(new BigDecimal("50"), BigDecimal.ZERO, new BigDecimal("50"), BigDecimal.ZERO);
        assertThatThrownBy(() -> new SurplusSharing(f.dsl, CLOCK).share(g, 2026, rule, Map.of(), "bendahara", key()))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.reason()).isEqualTo(LedgerException.Reason.NO_SURPLUS));
    }

    @Test
    void iksIsFilledByRuleAndSpentOnlyForAStatedPurposeWithinTheFund() {
        GroupId g = f.groupWithGrant(1_000_000);
        IksFund iks = new IksFund(f.dsl, CLOCK);
        MemberId a = MemberId.random();
        MemberId b = MemberId.random();
        assertThat(iks.contributeAtMeeting(g, LocalDate.of(2026, 3, 3), new IksRule.FixedPerMemberPerMeeting(5_000), java.util.List.of(a, b),
                "bendahara", key())).hasSize(2);
        iks.contributeFromSurplus(g, LocalDate.of(2026, 3, 3), new IksRule.PercentOfSurplus(new BigDecimal("10")), Rupiah.of(123_459), "bendahara", key());
        long fund = reports.balancesAsOf(g, LocalDate.of(2026, 3, 31)).stream().filter(x -> x.account().code().equals(IKS)).findFirst().orElseThrow().normal();
        assertThat(fund).isEqualTo(10_000 + 12_345);
        assertThatThrownBy(() -> iks.disburse(g, LocalDate.of(2026, 3, 10), IksPurpose.ILLNESS, "Biaya rumah sakit", a, Rupiah.of(22_346), "bendahara", key()))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.reason()).isEqualTo(LedgerException.Reason.INSUFFICIENT_FUNDS));
        iks.disburse(g, LocalDate.of(2026, 3, 10), IksPurpose.ILLNESS, "Biaya rumah sakit", a, Rupiah.of(22_345), "bendahara", key());
        assertThat(f.dsl.fetchCount(id.kube.ledger.persistence.jooq.Tables.IKS_DISBURSEMENT)).isEqualTo(1);
    }
}
