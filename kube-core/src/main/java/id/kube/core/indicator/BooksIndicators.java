package id.kube.core.indicator;

import static id.kube.core.indicator.BooksFigure.*;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import id.kube.core.indicator.BooksPeriodFigures.Figure;
import id.kube.core.indicator.BooksPeriodFigures.Known;
import id.kube.core.indicator.BooksPeriodFigures.Unknown;

/** The indicators computed from the books figures of one group and period. */
public final class BooksIndicators {

    private BooksIndicators() {
    }

    /**
     * @param activeMembers      active members at period end (the families behind the books indicators)
     * @param povertyLineRupiah  poverty line per capita per month for the group's village type, null if unknown
     */
    public static Map<IndicatorDefinition, IndicatorValue> compute(BooksPeriodFigures f, int activeMembers,
                                                                   @Nullable Long povertyLineRupiah) {
        int fam = activeMembers;
        Map<IndicatorDefinition, IndicatorValue> out = new LinkedHashMap<>();
        out.put(Indicators.IKS_PARTICIPATION, one(f, MEMBERS_WHO_PAID_IKS_PERIOD,
                paid -> IndicatorFormulas.iksParticipation(Math.min(paid, activeMembers), activeMembers)));
        out.put(Indicators.IKS_MUTUAL_AID, two(f, IKS_PAID_OUT_SINCE_GRANT, IKS_COLLECTED_SINCE_GRANT,
                (a, b) -> IndicatorFormulas.iksMutualAid(a, b, fam)));
        out.put(Indicators.CONTRIBUTION_COMPLIANCE, two(f, CONTRIBUTIONS_PAID_PERIOD, CONTRIBUTIONS_DUE_PERIOD,
                (a, b) -> IndicatorFormulas.contributionCompliance(a, b, fam)));
        out.put(Indicators.SHU_PER_MEMBER, one(f, SHU_PAID_PERIOD,
                shu -> IndicatorFormulas.shuPerMember(shu, activeMembers)));
        out.put(Indicators.CAPITAL_MULTIPLE, two(f, EQUITY_END, STIMULUS_RECEIVED,
                (a, b) -> IndicatorFormulas.capitalMultiple(a, b, fam)));
        out.put(Indicators.SELF_FUNDED_SHARE, two(f, OWN_CAPITAL_END, EQUITY_END,
                (a, b) -> IndicatorFormulas.selfFundedShare(a, b, fam)));
        out.put(Indicators.ACTIVE_MONTHS, two(f, MONTHS_WITH_REVENUE_SINCE_GRANT, MONTHS_SINCE_GRANT,
                (a, b) -> IndicatorFormulas.activeMonths(a, b, fam)));
        out.put(Indicators.PROFIT_MARGIN, two(f, REVENUE_PERIOD, EXPENSES_PERIOD,
                (a, b) -> IndicatorFormulas.profitMargin(a, b, fam)));
        out.put(Indicators.PAR30, two(f, LOANS_OVER_30_DAYS_END, LOANS_OUTSTANDING_END,
                (a, b) -> IndicatorFormulas.par30(a, b, fam)));
        out.put(Indicators.REPAYMENT_RATE, two(f, INSTALLMENTS_REPAID_PERIOD, INSTALLMENTS_DUE_PERIOD,
                (a, b) -> IndicatorFormulas.repaymentRate(a, b, fam)));
        out.put(Indicators.BOOKS_ON_TIME, one(f, MONTHS_CLOSED_ON_TIME_PERIOD,
                m -> IndicatorFormulas.booksOnTime(m, f.period().type().months(), fam)));
        out.put(Indicators.CASH_COUNT_AGREEMENT, two(f, CASH_COUNTS_AGREEING_PERIOD, CASH_COUNTS_PERIOD,
                (a, b) -> IndicatorFormulas.cashCountAgreement(a, b, fam)));
        out.put(Indicators.BUFFER_MONTHS, two(f, IKS_BALANCE_END, EMERGENCY_FUND_END,
                (a, b) -> IndicatorFormulas.bufferMonths(a, b, activeMembers, povertyLineRupiah)));
        return out;
    }

    private interface LongFormula {
        IndicatorValue apply(long value);
    }

    private interface LongLongFormula {
        IndicatorValue apply(long a, long b);
    }

    private static IndicatorValue one(BooksPeriodFigures f, BooksFigure a, LongFormula formula) {
        Figure fa = f.figure(a);
        return switch (fa) {
            case Known k -> formula.apply(k.value());
            case Unknown u -> IndicatorValue.missing(u.reason());
        };
    }

    private static IndicatorValue two(BooksPeriodFigures f, BooksFigure a, BooksFigure b, LongLongFormula formula) {
        Figure fa = f.figure(a);
        Figure fb = f.figure(b);
        if (fa instanceof Unknown u) {
            return IndicatorValue.missing(u.reason());
        }
        if (fb instanceof Unknown u) {
            return IndicatorValue.missing(u.reason());
        }
        return formula.apply(((Known) fa).value(), ((Known) fb).value());
    }
}
