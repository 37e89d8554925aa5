package id.kube.core.indicator;

import java.util.Objects;

import id.kube.core.group.GroupId;

/** One group's value of one indicator for one period, with the village the group is registered in. */
public record GroupIndicatorValue(GroupId group, String villageCode, IndicatorDefinition indicator, Period period,
                                  IndicatorValue value) {
    public GroupIndicatorValue {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(villageCode, "villageCode");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
    }
}
