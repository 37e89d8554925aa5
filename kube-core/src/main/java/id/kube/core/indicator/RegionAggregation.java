package id.kube.core.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.kube.core.indicator.IndicatorValue.Measured;
import id.kube.core.indicator.IndicatorValue.Missing;

/**
 * Rolls group values up to a region level following each indicator's {@link Aggregation}: pooled ratios
 * (Σ numerators ÷ Σ denominators), medians of group values, or sums. Missing group values are left out and
 * counted; a region where no group has a value is missing; an aggregate over fewer than five families is
 * suppressed and marked so that no family can be singled out.
 */
public final class RegionAggregation {

    public static final int MIN_FAMILIES = 5;

    private RegionAggregation() {
    }

    /** Aggregates, ordered by indicator (catalogue order), period and region code. */
    public static List<RegionAggregate> aggregate(List<GroupIndicatorValue> values, RegionLevel level) {
        record Key(int indicatorOrder, IndicatorDefinition indicator, Period period, String region)
                implements Comparable<Key> {
            @Override
            public int compareTo(Key o) {
                int c = Integer.compare(indicatorOrder, o.indicatorOrder);
                if (c == 0) {
                    c = period.compareTo(o.period);
                }
                return c != 0 ? c : region.compareTo(o.region);
            }
        }
        List<IndicatorDefinition> order = Indicators.all();
        Map<Key, List<IndicatorValue>> cells = new TreeMap<>();
        for (GroupIndicatorValue v : values) {
            int idx = order.indexOf(v.indicator());
            Key key = new Key(idx < 0 ? Integer.MAX_VALUE : idx, v.indicator(), v.period(),
                    level.coarsen(v.villageCode()));
            cells.computeIfAbsent(key, k -> new ArrayList<>()).add(v.value());
        }
        List<RegionAggregate> out = new ArrayList<>(cells.size());
        cells.forEach((key, cell) -> out.add(aggregateCell(key.region(), level, key.indicator(), key.period(), cell)));
        return out;
    }

    static RegionAggregate aggregateCell(String region, RegionLevel level, IndicatorDefinition d, Period period,
                                         List<IndicatorValue> cell) {
        List<Measured> measured = new ArrayList<>();
        int missing = 0;
        for (IndicatorValue v : cell) {
            switch (v) {
                case Measured m -> measured.add(m);
                case Missing ignored -> missing++;
            }
        }
        int families = measured.stream().mapToInt(Measured::families).sum();
        if (measured.isEmpty()) {
            return new RegionAggregate(region, level, d, period, IndicatorValue.missing(MissingReason.NO_DATA),
                    0, missing, 0, false);
        }
        if (families < MIN_FAMILIES) {
            return new RegionAggregate(region, level, d, period,
                    IndicatorValue.missing(MissingReason.SUPPRESSED_SMALL_CELL), measured.size(), missing,
                    families, true);
        }
        IndicatorValue value = switch (d.aggregation()) {
            case POOLED_RATIO -> pooled(d, measured, families);
            case MEDIAN -> Measured.of(median(d, measured), families);
            case SUM -> Measured.of(measured.stream().map(Measured::value).reduce(BigDecimal.ZERO, BigDecimal::add),
                    families);
        };
        return new RegionAggregate(region, level, d, period, value, measured.size(), missing, families, false);
    }

    private static IndicatorValue pooled(IndicatorDefinition d, List<Measured> measured, int families) {
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        for (Measured m : measured) {
            if (m.numerator() == null || m.denominator() == null) {
                throw new IndicatorException(IndicatorException.Reason.INVALID_DEFINITION,
                        "Indikator " + d.id() + " digabung sebagai rasio tetapi nilai kelompok tanpa pembilang");
            }
            num = num.add(m.numerator());
            den = den.add(m.denominator());
        }
        if (den.signum() == 0) {
            return IndicatorValue.missing(MissingReason.ZERO_DENOMINATOR);
        }
        return new Measured(num.divide(den, d.unit().scale(), RoundingMode.HALF_EVEN), num, den, families);
    }

    private static BigDecimal median(IndicatorDefinition d, List<Measured> measured) {
        List<BigDecimal> sorted = measured.stream().map(Measured::value).sorted().toList();
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        return sorted.get(n / 2 - 1).add(sorted.get(n / 2))
                .divide(BigDecimal.TWO, d.unit().scale(), RoundingMode.HALF_EVEN);
    }
}
