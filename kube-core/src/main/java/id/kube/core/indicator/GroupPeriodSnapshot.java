package id.kube.core.indicator;

import java.util.Map;
import java.util.Objects;

import id.kube.core.group.GroupId;

/**
 * Every indicator of one group for one period as of a date, with the village the group was registered in
 * and the families behind it: what {@link IndicatorSnapshots} stores and the research export reads.
 */
public record GroupPeriodSnapshot(GroupId group, Period period, AsOf asOf, String villageCode, int activeMembers,
                                  int surveyedHouseholds, Map<IndicatorDefinition, IndicatorValue> values) {

    public GroupPeriodSnapshot {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        RegionLevel.VILLAGE.coarsen(villageCode);
        if (activeMembers < 0 || surveyedHouseholds < 0) {
            throw new IndicatorException(IndicatorException.Reason.NEGATIVE_INPUT,
                    "Jumlah anggota dan rumah tangga tidak boleh negatif");
        }
        if (asOf.date().isBefore(period.start())) {
            throw new IndicatorException(IndicatorException.Reason.PERIOD_NOT_ALIGNED,
                    "Tanggal acuan " + asOf.date() + " sebelum awal periode " + period);
        }
        values = Map.copyOf(values);
    }

    /** The value of an indicator; missing (no data) when the snapshot does not hold it. */
    public IndicatorValue value(IndicatorDefinition d) {
        return values.getOrDefault(d, IndicatorValue.missing(MissingReason.NO_DATA));
    }
}
