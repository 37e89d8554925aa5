package id.kube.core.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A calendar month, quarter or year, identified by its first day. Value dates inside
 * {@code [start, endExclusive)} belong to the period. Labels: {@code 2025-03}, {@code 2025-Q1}, {@code 2025}.
 */
public record Period(PeriodType type, LocalDate start) implements Comparable<Period> {

    public Period {
        Objects.requireNonNull(type, "period type");
        Objects.requireNonNull(start, "period start");
        if (start.getDayOfMonth() != 1 || (start.getMonthValue() - 1) % type.months() != 0) {
            throw new IndicatorException(IndicatorException.Reason.PERIOD_NOT_ALIGNED,
                    "Periode " + type.nameId() + " harus dimulai pada awal " + type.nameId() + ", bukan " + start);
        }
    }

    /** The period of the given type that contains the date. */
    public static Period containing(PeriodType type, LocalDate date) {
        int firstMonth = (date.getMonthValue() - 1) / type.months() * type.months() + 1;
        return new Period(type, LocalDate.of(date.getYear(), firstMonth, 1));
    }

    public static Period month(int year, int month) {
        return new Period(PeriodType.MONTH, LocalDate.of(year, month, 1));
    }

    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IndicatorException(IndicatorException.Reason.PERIOD_NOT_ALIGNED,
                    "Triwulan harus 1 sampai 4, bukan " + quarter);
        }
        return new Period(PeriodType.QUARTER, LocalDate.of(year, (quarter - 1) * 3 + 1, 1));
    }

    public static Period year(int year) {
        return new Period(PeriodType.YEAR, LocalDate.of(year, 1, 1));
    }

    /** Parses a label as {@link #label()} writes it. */
    public static Period parse(String label) {
        try {
            if (label.matches("\\d{4}")) {
                return year(Integer.parseInt(label));
            }
            if (label.matches("\\d{4}-Q[1-4]")) {
                return quarter(Integer.parseInt(label.substring(0, 4)), label.charAt(6) - '0');
            }
            if (label.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = YearMonth.parse(label);
                return month(ym.getYear(), ym.getMonthValue());
            }
        } catch (RuntimeException e) {
            // falls through to the error below, which names the label
        }
        throw new IndicatorException(IndicatorException.Reason.PERIOD_NOT_ALIGNED,
                "Periode tidak dikenal: '" + label + "' (contoh: 2025-03, 2025-Q1, 2025)");
    }

    public LocalDate endExclusive() {
        return start.plusMonths(type.months());
    }

    /** The last day of the period. */
    public LocalDate end() {
        return endExclusive().minusDays(1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && date.isBefore(endExclusive());
    }

    public Period next() {
        return new Period(type, endExclusive());
    }

    public Period previous() {
        return new Period(type, start.minusMonths(type.months()));
    }

    public String label() {
        return switch (type) {
            case MONTH -> YearMonth.from(start).toString();
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    @Override
    public int compareTo(Period other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : type.compareTo(other.type);
    }

    @Override
    public String toString() {
        return label();
    }
}
