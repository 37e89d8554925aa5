package id.kube.core.indicator;

import java.util.Objects;

/**
 * An indicator aggregated over the groups of a region for one period.
 *
 * @param groupsMeasured groups whose value went into the aggregate
 * @param groupsMissing  groups of the region whose value was missing (left out, never counted as zero)
 * @param families       families behind the aggregate (Σ over measured groups)
 * @param suppressed     true when fewer than {@link RegionAggregation#MIN_FAMILIES} families stand behind
 *                       it: the value is then {@link MissingReason#SUPPRESSED_SMALL_CELL}
 */
public record RegionAggregate(String regionCode, RegionLevel level, IndicatorDefinition indicator, Period period,
                              IndicatorValue value, int groupsMeasured, int groupsMissing, int families,
                              boolean suppressed) {
    public RegionAggregate {
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
    }

    public int groups() {
        return groupsMeasured + groupsMissing;
    }
}
