package id.kube.ledger.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kube.core.group.GroupId;
import id.kube.core.indicator.AsOf;
import id.kube.core.indicator.BooksFigure;
import id.kube.core.indicator.BooksPeriodFigures;
import id.kube.core.indicator.BooksPeriodFigures.Known;
import id.kube.core.indicator.BooksPeriodFigures.Unknown;
import id.kube.core.indicator.MissingReason;
import id.kube.core.indicator.Period;
import id.kube.testing.TestDatabase;

/**
 * The books figures of {@link KubeYear}'s group, each checked to the rupiah against the year as a treasurer
 * would add it up by hand (the arithmetic is in the comments of the table).
 */
@TestDatabase
class LedgerBooksFiguresTest {

    /** The year is posted once per test class (each class has its own database). */
    private static KubeYear year;
    private static DataSource yearSource;

    /** The figures of one period and as-of date, computed once for all rows of the table that ask for them. */
    private static final java.util.Map<String, BooksPeriodFigures> FIGURES = new java.util.concurrent.ConcurrentHashMap<>();

    private final DataSource dataSource;

    LedgerBooksFiguresTest(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private KubeYear year() {
        synchronized (LedgerBooksFiguresTest.class) {
            if (year == null || yearSource != dataSource) {
                year = new KubeYear(dataSource);
                yearSource = dataSource;
                FIGURES.clear();
            }
            return year;
        }
    }

    /*
     * Year 2026 as of 31 Dec. Revenue: sales 10 × 2.000.000 + late sale 300.000 + loan fees (A 10 × 20.000,
     * B 3 × 20.000) = 20.560.000. Expenses: 10 × (1.200.000 + 100.000) = 13.000.000. Surplus 7.560.000 shared
     * 25% reserve 1.890.000, 10% IKS 756.000, 65% members 4.914.000 (paid out 31 Dec). IKS: meetings 11 × 50.000
     * + 7 × 5.000 = 585.000, + 756.000 = 1.341.000 collected, 150.000 paid (the mistaken 100.000 reversed).
     * Equity = grant 20.000.000 + pokok 1.000.000 + wajib 12 × 200.000 + IKS 1.191.000 + reserve 1.890.000.
     * Loans: A (2.000.000, 10 × 220.000 due 1 Mar–1 Dec) repaid; B (1.000.000, 10 × 120.000 due from 1 Apr)
     * paid Apr–Jun only: 700.000 outstanding, 183 days late. Due to date 2.200.000 + 9 × 120.000, repaid
     * 2.200.000 + 3 × 120.000.
     *
     * June as of 30 June: sales 2.000.000 + fees 40.000 (the late sale not yet known); equity 20.000.000
     * + 1.000.000 + 6 × 200.000 + IKS 285.000 + profit (Feb–Jun sales 10.000.000 + fees 140.000 − 6.500.000).
     * June as of 31 July: the late sale of 29 June is known (+300.000) and June was closed on 5 July.
     */
    @ParameterizedTest(name = "{0} as of {1}: {2} = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2026    | 2026-12-31 | EQUITY_END                      | 26481000
            2026    | 2026-12-31 | EQUITY_YEAR_EARLIER             | NOT_YET_OBSERVABLE
            2026    | 2026-12-31 | STIMULUS_RECEIVED               | 20000000
            2026    | 2026-12-31 | OWN_CAPITAL_END                 | 5290000
            2026    | 2026-12-31 | REVENUE_PERIOD                  | 20560000
            2026    | 2026-12-31 | EXPENSES_PERIOD                 | 13000000
            2026    | 2026-12-31 | MONTHS_WITH_REVENUE_SINCE_GRANT | 11
            2026    | 2026-12-31 | MONTHS_SINCE_GRANT              | 12
            2026    | 2026-12-31 | LOANS_OUTSTANDING_END           | 700000
            2026    | 2026-12-31 | LOANS_OVER_30_DAYS_END          | 700000
            2026    | 2026-12-31 | INSTALLMENTS_DUE_PERIOD         | 3280000
            2026    | 2026-12-31 | INSTALLMENTS_REPAID_PERIOD      | 2560000
            2026    | 2026-12-31 | SHU_PAID_PERIOD                 | 4914000
            2026    | 2026-12-31 | IKS_COLLECTED_SINCE_GRANT       | 1341000
            2026    | 2026-12-31 | IKS_PAID_OUT_SINCE_GRANT        | 150000
            2026    | 2026-12-31 | IKS_DISBURSEMENTS_SINCE_GRANT   | 1
            2026    | 2026-12-31 | IKS_BALANCE_END                 | 1191000
            2026    | 2026-12-31 | EMERGENCY_FUND_END              | 1890000
            2026    | 2026-12-31 | MEMBERS_WHO_PAID_IKS_PERIOD     | 10
            2026    | 2026-12-31 | CONTRIBUTIONS_DUE_PERIOD        | BOOKS_UNAVAILABLE
            2026    | 2026-12-31 | CONTRIBUTIONS_PAID_PERIOD       | 3400000
            2026    | 2026-12-31 | MONTHS_CLOSED_ON_TIME_PERIOD    | 10
            2026    | 2026-12-31 | CASH_COUNTS_PERIOD              | 2
            2026    | 2026-12-31 | CASH_COUNTS_AGREEING_PERIOD     | 1
            2026-06 | 2026-06-30 | EQUITY_END                      | 26125000
            2026-06 | 2026-06-30 | OWN_CAPITAL_END                 | 2200000
            2026-06 | 2026-06-30 | REVENUE_PERIOD                  | 2040000
            2026-06 | 2026-06-30 | EXPENSES_PERIOD                 | 1300000
            2026-06 | 2026-06-30 | MONTHS_WITH_REVENUE_SINCE_GRANT | 5
            2026-06 | 2026-06-30 | MONTHS_SINCE_GRANT              | 6
            2026-06 | 2026-06-30 | LOANS_OUTSTANDING_END           | 1900000
            2026-06 | 2026-06-30 | LOANS_OVER_30_DAYS_END          | 0
            2026-06 | 2026-06-30 | INSTALLMENTS_DUE_PERIOD         | 1240000
            2026-06 | 2026-06-30 | INSTALLMENTS_REPAID_PERIOD      | 1240000
            2026-06 | 2026-06-30 | SHU_PAID_PERIOD                 | 0
            2026-06 | 2026-06-30 | IKS_COLLECTED_SINCE_GRANT       | 285000
            2026-06 | 2026-06-30 | IKS_PAID_OUT_SINCE_GRANT        | 0
            2026-06 | 2026-06-30 | IKS_BALANCE_END                 | 285000
            2026-06 | 2026-06-30 | EMERGENCY_FUND_END              | 0
            2026-06 | 2026-06-30 | MEMBERS_WHO_PAID_IKS_PERIOD     | 7
            2026-06 | 2026-06-30 | CONTRIBUTIONS_PAID_PERIOD       | 200000
            2026-06 | 2026-06-30 | MONTHS_CLOSED_ON_TIME_PERIOD    | 0
            2026-06 | 2026-06-30 | CASH_COUNTS_PERIOD              | 1
            2026-06 | 2026-06-30 | CASH_COUNTS_AGREEING_PERIOD     | 1
            2026-06 | 2026-07-31 | REVENUE_PERIOD                  | 2340000
            2026-06 | 2026-07-31 | EQUITY_END                      | 26425000
            2026-06 | 2026-07-31 | MONTHS_CLOSED_ON_TIME_PERIOD    | 1
            2026-06 | 2026-06-02 | LOANS_OUTSTANDING_END           | 2000000
            2026-06 | 2026-06-02 | LOANS_OVER_30_DAYS_END          | 0
            2026-06 | 2026-06-02 | INSTALLMENTS_DUE_PERIOD         | 1240000
            2026-06 | 2026-06-02 | INSTALLMENTS_REPAID_PERIOD      | 1120000
            2026-06 | 2026-06-03 | LOANS_OUTSTANDING_END           | 1900000
            2026-06 | 2026-06-03 | INSTALLMENTS_REPAID_PERIOD      | 1240000
            2026-06 | 2026-06-02 | REVENUE_PERIOD                  | 20000
            2026-06 | 2026-05-31 | REVENUE_PERIOD                  | AFTER_AS_OF
            2026-Q3 | 2026-09-30 | IKS_PAID_OUT_SINCE_GRANT        | 150000
            2026-Q3 | 2026-09-30 | IKS_DISBURSEMENTS_SINCE_GRANT   | 1
            2026-Q3 | 2026-09-20 | IKS_PAID_OUT_SINCE_GRANT        | 250000
            2026-Q3 | 2026-09-20 | IKS_DISBURSEMENTS_SINCE_GRANT   | 2
            """)
    void eachFigureIsWhatTheTreasurersBooksSayToTheRupiah(String period, LocalDate asOf, BooksFigure figure, String expected) {
        KubeYear y = year();
        BooksPeriodFigures.Figure actual = FIGURES.computeIfAbsent(period + "@" + asOf,
                k -> y.figures.figures(y.group, Period.parse(period), new AsOf(asOf))).figure(figure);
        if (expected.chars().allMatch(Character::isDigit)) {
            assertThat(actual).isEqualTo(new Known(Long.parseLong(expected)));
        } else {
            assertThat(actual).isEqualTo(new Unknown(MissingReason.valueOf(expected)));
        }
    }

    @Test
    void laterPostingsDoNotChangeWhatTheBooksSaidOnAnEarlierAsOfDate() {
        KubeYear y = year();
        BooksPeriodFigures now = y.figures.figures(y.group, Period.month(2026, 6), new AsOf(LocalDate.of(2026, 6, 30)));
        assertThat(now).isEqualTo(y.juneAsSeenOnJune30);
        assertThat(now.known()).hasSize(BooksFigure.values().length - 2); // contributions due and the year-earlier equity
        BooksPeriodFigures later = y.figures.figures(y.group, Period.month(2026, 6), new AsOf(LocalDate.of(2026, 7, 31)));
        assertThat(later.figure(BooksFigure.REVENUE_PERIOD)).isNotEqualTo(now.figure(BooksFigure.REVENUE_PERIOD));
    }

    @Test
    void aGroupWithoutBooksHasEveryFigureMissingNeverZero() {
        BooksPeriodFigures none = year().figures.figures(GroupId.random(), Period.year(2026), new AsOf(LocalDate.of(2026, 12, 31)));
        assertThat(none.known()).isEmpty();
        for (BooksFigure f : BooksFigure.values()) {
            assertThat(none.figure(f)).isEqualTo(new Unknown(MissingReason.BOOKS_UNAVAILABLE));
        }
    }

    @Test
    void theFiguresAgreeWithTheLedgersOwnReportsAndPortfolio() {
        KubeYear y = year();
        LocalDate end = LocalDate.of(2026, 12, 31);
        BooksPeriodFigures f = y.figures.figures(y.group, Period.year(2026), new AsOf(end));
        var sheet = new id.kube.ledger.report.Reports(y.dsl).balanceSheet(y.group, end);
        long assets = sheet.assets().stream().mapToLong(id.kube.ledger.report.AccountBalance::normal).sum();
        long liabilities = sheet.liabilities().stream().mapToLong(id.kube.ledger.report.AccountBalance::normal).sum();
        assertThat(f.figure(BooksFigure.EQUITY_END)).isEqualTo(new Known(assets - liabilities));
        var income = new id.kube.ledger.report.Reports(y.dsl).incomeStatement(y.group, LocalDate.of(2026, 1, 1), end);
        assertThat(f.figure(BooksFigure.REVENUE_PERIOD)).isEqualTo(new Known(
                income.income().stream().mapToLong(id.kube.ledger.report.AccountBalance::normal).sum()));
        var portfolio = new id.kube.ledger.loan.LoanBook(y.dsl, y.clock).portfolio(y.group, end);
        assertThat(f.figure(BooksFigure.LOANS_OVER_30_DAYS_END)).isEqualTo(new Known(portfolio.atRiskOver30()));
        assertThat(portfolio.par30()).isEqualByComparingTo("1");
    }

    /** kube-core's indicators computed from these figures: numerators and denominators are the books' own. */
    @Test
    void theIndicatorsOfTheYearAreComputedFromTheBooksFigures() {
        KubeYear y = year();
        BooksPeriodFigures f = y.figures.figures(y.group, Period.year(2026), new AsOf(LocalDate.of(2026, 12, 31)));
        var indicators = id.kube.core.indicator.BooksIndicators.compute(f, 10, 720_000L);
        assertRatio(indicators.get(id.kube.core.indicator.Indicators.PAR30), 700_000, 700_000);
        assertRatio(indicators.get(id.kube.core.indicator.Indicators.REPAYMENT_RATE), 2_560_000, 3_280_000);
        assertRatio(indicators.get(id.kube.core.indicator.Indicators.CAPITAL_MULTIPLE), 26_481_000, 20_000_000);
        assertRatio(indicators.get(id.kube.core.indicator.Indicators.IKS_MUTUAL_AID), 150_000, 1_341_000);
        assertRatio(indicators.get(id.kube.core.indicator.Indicators.ACTIVE_MONTHS), 11, 12);
        assertRatio(indicators.get(id.kube.core.indicator.Indicators.BUFFER_MONTHS), 1_191_000 + 1_890_000, 10 * 720_000);
        assertThat(indicators.get(id.kube.core.indicator.Indicators.CONTRIBUTION_COMPLIANCE))
                .isInstanceOfSatisfying(id.kube.core.indicator.IndicatorValue.Missing.class,
                        m -> assertThat(m.reason()).isEqualTo(MissingReason.BOOKS_UNAVAILABLE));
    }

    private static void assertRatio(id.kube.core.indicator.IndicatorValue value, long numerator, long denominator) {
        assertThat(value).isInstanceOfSatisfying(id.kube.core.indicator.IndicatorValue.Measured.class, m -> {
            assertThat(m.numerator()).isEqualByComparingTo(java.math.BigDecimal.valueOf(numerator));
            assertThat(m.denominator()).isEqualByComparingTo(java.math.BigDecimal.valueOf(denominator));
        });
    }
}
