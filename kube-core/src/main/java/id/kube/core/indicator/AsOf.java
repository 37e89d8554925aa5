package id.kube.core.indicator;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The knowledge date of a computation: only what had been recorded on or before this date counts (books
 * entries booked, surveys entered, events recorded), so a report "as of 2025-06-30" shows what the books and
 * surveys said then, even if corrections were entered later. A period whose end lies after the as-of date is
 * computed over the part that had passed.
 */
public record AsOf(LocalDate date) {

    public AsOf {
        Objects.requireNonNull(date, "as-of date");
    }

    /** The last day of the period that the as-of date lets us see, or the period end when it lies before it. */
    public LocalDate cutOff(Period period) {
        return date.isBefore(period.end()) ? date : period.end();
    }

    /** True when the period had not started by the as-of date: nothing about it could have been known. */
    public boolean before(Period period) {
        return date.isBefore(period.start());
    }
}
