package id.kube.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.kube.core.group.GroupId;

class BooksIndicatorsTest {

    private static final Period Q2 = Period.quarter(2025, 2);
    private static final AsOf AS_OF = new AsOf(LocalDate.of(2025, 7, 10));

    @Test
    void booksFiguresBecomeIndicatorsAndMissingFiguresStayMissing() {
        BooksPeriodFigures f = BooksPeriodFigures.builder(GroupId.random(), Q2, AS_OF)
                .known(BooksFigure.EQUITY_END, 26_000_000).known(BooksFigure.STIMULUS_RECEIVED, 20_000_000)
                .known(BooksFigure.OWN_CAPITAL_END, 6_500_000)
                .known(BooksFigure.LOANS_OUTSTANDING_END, 10_000_000).known(BooksFigure.LOANS_OVER_30_DAYS_END, 800_000)
                .known(BooksFigure.INSTALLMENTS_DUE_PERIOD, 3_000_000)
                .known(BooksFigure.INSTALLMENTS_REPAID_PERIOD, 2_850_000)
                .known(BooksFigure.MONTHS_CLOSED_ON_TIME_PERIOD, 2)
                .known(BooksFigure.IKS_BALANCE_END, 2_000_000).known(BooksFigure.EMERGENCY_FUND_END, 1_000_000)
                .missing(BooksFigure.REVENUE_PERIOD, MissingReason.NO_DATA)
                .build();
        Map<IndicatorDefinition, IndicatorValue> v = BooksIndicators.compute(f, 10, 600_000L);

        assertThat(v.get(Indicators.CAPITAL_MULTIPLE).measured()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("1.3"));
        assertThat(v.get(Indicators.SELF_FUNDED_SHARE).measured()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("0.25"));
        assertThat(v.get(Indicators.PAR30).measured()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("0.08"));
        assertThat(v.get(Indicators.REPAYMENT_RATE).measured()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("0.95"));
        assertThat(v.get(Indicators.BOOKS_ON_TIME).measured()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("0.666667"));
        assertThat(v.get(Indicators.BUFFER_MONTHS).measured()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("0.50"));
        assertThat(v.get(Indicators.PROFIT_MARGIN)).isEqualTo(IndicatorValue.missing(MissingReason.NO_DATA));
        assertThat(v.get(Indicators.SHU_PER_MEMBER)).isEqualTo(IndicatorValue.missing(MissingReason.BOOKS_UNAVAILABLE));
        assertThat(v.get(Indicators.PAR30).families()).isEqualTo(10);
    }

    @Test
    void aDeploymentWithoutBooksGetsEveryBooksIndicatorMissing() {
        BooksPeriodFigures f = BooksFigures.unavailable().figures(GroupId.random(), Q2, AS_OF);
        assertThat(BooksIndicators.compute(f, 10, 600_000L).values())
                .allMatch(x -> x.equals(IndicatorValue.missing(MissingReason.BOOKS_UNAVAILABLE)));
    }
}
