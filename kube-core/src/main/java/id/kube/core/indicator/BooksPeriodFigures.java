package id.kube.core.indicator;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import id.kube.core.group.GroupId;

/** What the books said about a group and period as of a date: each figure known or missing with a reason. */
public record BooksPeriodFigures(GroupId group, Period period, AsOf asOf, Map<BooksFigure, Long> known,
                                 Map<BooksFigure, MissingReason> missing) {

    public BooksPeriodFigures {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        known = Map.copyOf(known);
        missing = Map.copyOf(missing);
        for (BooksFigure f : known.keySet()) {
            if (missing.containsKey(f)) {
                throw new IllegalArgumentException(f + " cannot be both known and missing");
            }
        }
    }

    /** A figure: its value, or the reason it is missing ({@link MissingReason#BOOKS_UNAVAILABLE} if unstated). */
    public sealed interface Figure permits Known, Unknown {
    }

    public record Known(long value) implements Figure {
    }

    public record Unknown(MissingReason reason) implements Figure {
    }

    public Figure figure(BooksFigure f) {
        Long v = known.get(f);
        if (v != null) {
            return new Known(v);
        }
        return new Unknown(missing.getOrDefault(f, MissingReason.BOOKS_UNAVAILABLE));
    }

    public static Builder builder(GroupId group, Period period, AsOf asOf) {
        return new Builder(group, period, asOf);
    }

    public static final class Builder {
        private final GroupId group;
        private final Period period;
        private final AsOf asOf;
        private final Map<BooksFigure, Long> known = new EnumMap<>(BooksFigure.class);
        private final Map<BooksFigure, MissingReason> missing = new EnumMap<>(BooksFigure.class);

        private Builder(GroupId group, Period period, AsOf asOf) {
            this.group = group;
            this.period = period;
            this.asOf = asOf;
        }

        public Builder known(BooksFigure f, long value) {
            missing.remove(f);
            known.put(f, value);
            return this;
        }

        public Builder missing(BooksFigure f, MissingReason reason) {
            known.remove(f);
            missing.put(f, reason);
            return this;
        }

        public BooksPeriodFigures build() {
            return new BooksPeriodFigures(group, period, asOf, known, missing);
        }
    }
}
