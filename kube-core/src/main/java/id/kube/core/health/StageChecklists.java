package id.kube.core.health;

import static id.kube.core.persistence.jooq.Tables.KUBE_GROUP;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

import id.kube.core.group.GroupId;
import id.kube.core.indicator.AsOf;
import id.kube.core.indicator.BooksFigure;
import id.kube.core.indicator.BooksPeriodFigures;
import id.kube.core.indicator.GroupPeriodSnapshot;
import id.kube.core.indicator.IndicatorDefinition;
import id.kube.core.indicator.IndicatorSnapshots;
import id.kube.core.indicator.IndicatorValue;
import id.kube.core.indicator.Indicators;
import id.kube.core.indicator.Period;
import id.kube.core.indicator.PeriodType;

/**
 * Builds the programme checklist of the stage rule from data, as known on the as-of date:
 * <ul>
 *   <li>months active: whole months from the group's formation to the period's cut-off;</li>
 *   <li>months of books closed in the last twelve: Σ of the monthly {@code books_on_time} numerators of the
 *   stored monthly snapshots of the twelve months ending at the cut-off month;</li>
 *   <li>meeting regularity and repayment over the last six months: the monthly snapshots' numerators and
 *   denominators pooled (Σ held ÷ Σ scheduled, Σ repaid ÷ Σ due);</li>
 *   <li>revolving-fund loans: 1 (a lower bound) when the books show a loan outstanding at the cut-off or
 *   instalments fell due in the last twelve months, 0 when they show neither, unknown when they can say
 *   neither;</li>
 *   <li>IKS disbursements and growing capital: the books (equity now, twelve months earlier, stimulus);</li>
 *   <li>active partnerships: the period snapshot's count.</li>
 * </ul>
 * A fact without data is null, which holds a group back with "data belum ada" and never passes the gate. Each
 * trailing month is its latest stored snapshot as of the date ({@link HealthBatch} computes the missing ones).
 */
public final class StageChecklists {

    private final DSLContext dsl;
    private final IndicatorSnapshots snapshots;

    public StageChecklists(DSLContext dsl) {
        this.dsl = dsl;
        this.snapshots = new IndicatorSnapshots(dsl);
    }

    /** The twelve months ending at the month of the period's cut-off as of the date (oldest first). */
    public static List<Period> trailingMonths(Period period, AsOf asOf) {
        LocalDate cut = asOf.cutOff(period);
        Period last = Period.containing(PeriodType.MONTH, cut);
        List<Period> months = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            months.add(Period.containing(PeriodType.MONTH, last.start().minusMonths(i)));
        }
        return months;
    }

    public StageChecklist build(GroupId group, GroupPeriodSnapshot current, BooksPeriodFigures books) {
        Period period = current.period();
        AsOf asOf = current.asOf();
        LocalDate cut = asOf.cutOff(period);
        LocalDate formed = dsl.select(KUBE_GROUP.FORMED_ON).from(KUBE_GROUP).where(KUBE_GROUP.ID.eq(group.value()))
                .fetchSingle(KUBE_GROUP.FORMED_ON);
        Integer monthsActive = formed.isAfter(cut) ? null : (int) ChronoUnit.MONTHS.between(formed, cut);

        List<GroupPeriodSnapshot> months = new ArrayList<>();
        for (Period m : trailingMonths(period, asOf)) {
            if (m.equals(period)) {
                months.add(current);
            } else {
                snapshots.find(group, m, asOf).ifPresent(months::add);
            }
        }
        List<GroupPeriodSnapshot> lastSix = months.stream()
                .filter(s -> !s.period().start().isBefore(cut.withDayOfMonth(1).minusMonths(5))).toList();

        BigDecimal[] books12 = pooled(months, Indicators.BOOKS_ON_TIME);
        Integer monthsOfBooks = books12 == null ? null : books12[0].intValue();
        BigDecimal[] meetings = pooled(lastSix, Indicators.MEETING_REGULARITY);
        BigDecimal[] repayment = pooled(lastSix, Indicators.REPAYMENT_RATE);
        BigDecimal[] repayment12 = pooled(months, Indicators.REPAYMENT_RATE);

        Long outstanding = known(books, BooksFigure.LOANS_OUTSTANDING_END);
        boolean dueInYear = repayment12 != null && repayment12[1].signum() > 0;
        Integer loans;
        if (outstanding == null && repayment12 == null) {
            loans = null; // the books cannot say
        } else {
            // a loan outstanding or instalments due in the last twelve months: at least one revolving loan
            loans = (outstanding != null && outstanding > 0) || dueInYear ? 1 : 0;
        }
        Long iks = known(books, BooksFigure.IKS_DISBURSEMENTS_SINCE_GRANT);
        Boolean capital = StageChecklist.capitalGrowing(known(books, BooksFigure.EQUITY_END),
                known(books, BooksFigure.EQUITY_YEAR_EARLIER), known(books, BooksFigure.STIMULUS_RECEIVED));
        Integer partners = current.value(Indicators.ACTIVE_PARTNERSHIPS).measured().map(BigDecimal::intValue)
                .orElse(null);
        return new StageChecklist(monthsActive, monthsOfBooks, loans, iks == null ? null : Math.toIntExact(iks),
                partners, capital, ratio(meetings), ratio(repayment));
    }

    private static @Nullable Long known(BooksPeriodFigures books, BooksFigure f) {
        return books.figure(f) instanceof BooksPeriodFigures.Known k ? k.value() : null;
    }

    /** Σ numerators and Σ denominators of the measured values that keep both; null when none does. */
    private static BigDecimal @Nullable [] pooled(List<GroupPeriodSnapshot> snapshots, IndicatorDefinition d) {
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        boolean any = false;
        for (GroupPeriodSnapshot s : snapshots) {
            if (s.value(d) instanceof IndicatorValue.Measured m && m.numerator() != null && m.denominator() != null) {
                num = num.add(m.numerator());
                den = den.add(m.denominator());
                any = true;
            }
        }
        return any ? new BigDecimal[]{num, den} : null;
    }

    private static @Nullable BigDecimal ratio(BigDecimal @Nullable [] parts) {
        return parts == null || parts[1].signum() == 0 ? null : parts[0].divide(parts[1], 6, RoundingMode.HALF_EVEN);
    }
}
