package id.kube.core.indicator;

import static id.kube.core.persistence.jooq.Tables.GROUP_PERIOD_INDICATOR;

import java.util.ArrayList;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * The indicator table of a region for dashboards and researchers: every indicator of a period, aggregated over
 * the groups of a region (their stored snapshots as known on the as-of date) to a region level, with the groups
 * measured and missing and the families behind every cell, small cells suppressed and marked
 * ({@link RegionAggregation}). Reads stored snapshots only; never a member.
 */
public final class RegionIndicators {

    private final DSLContext dsl;

    public RegionIndicators(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * @param regionCode a region code prefix (e.g. {@code 51.04}); null for the whole country
     */
    public List<RegionAggregate> aggregate(@Nullable String regionCode, Period period, AsOf asOf, RegionLevel level) {
        var t = GROUP_PERIOD_INDICATOR;
        List<Condition> where = new ArrayList<>(List.of(t.PERIOD_TYPE.eq(period.type().name()),
                t.PERIOD_START.eq(period.start()), t.AS_OF.le(asOf.date())));
        if (regionCode != null) {
            where.add(t.VILLAGE_CODE.eq(regionCode).or(t.VILLAGE_CODE.startsWith(regionCode + ".")));
        }
        List<GroupIndicatorValue> values = new ArrayList<>();
        try (var cursor = dsl.select(t.fields()).distinctOn(t.GROUP_ID).from(t).where(where)
                .orderBy(t.GROUP_ID, t.AS_OF.desc()).fetchSize(5_000).fetchLazy()) {
            for (var r : cursor) {
                GroupPeriodSnapshot s = IndicatorSnapshots.snapshot(r);
                for (IndicatorDefinition d : Indicators.all()) {
                    values.add(new GroupIndicatorValue(s.group(), s.villageCode(), d, period, s.value(d)));
                }
            }
        }
        return RegionAggregation.aggregate(values, level);
    }
}
