package id.kube.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import id.kube.core.group.GroupId;
import id.kube.testing.TestDatabase;

@TestDatabase
class RegionIndicatorsTest {

    private static final Period MAY = Period.month(2025, 5);

    private static void stored(DSLContext dsl, String village, int families, String asOf, IndicatorValue regularity) {
        GroupId g = IndicatorFixtures.activeGroup(dsl, UUID.randomUUID(), village, LocalDate.of(2024, 1, 10));
        new IndicatorSnapshots(dsl).save(new GroupPeriodSnapshot(g, MAY, new AsOf(LocalDate.parse(asOf)), village,
                families, 0, Map.of(Indicators.MEETING_REGULARITY, regularity)));
    }

    @Test
    void theRegionTablePoolsGroupsCountsThemAndSuppressesSmallCells(DSLContext dsl) {
        // district 51.04.01: two groups measured (3 of 4 and 4 of 4 meetings), one without a schedule
        stored(dsl, "51.04.01.2001", 10, "2025-06-05", IndicatorFormulas.meetingRegularity(3, 4, 10));
        stored(dsl, "51.04.01.2002", 8, "2025-06-05", IndicatorFormulas.meetingRegularity(4, 4, 8));
        stored(dsl, "51.04.01.2003", 9, "2025-06-05", IndicatorValue.missing(MissingReason.NO_DATA));
        // district 51.04.02: one group of four families: too small to show
        stored(dsl, "51.04.02.2001", 4, "2025-06-05", IndicatorFormulas.meetingRegularity(2, 4, 4));
        // entered after the as-of date: not part of the table
        stored(dsl, "51.04.01.2004", 12, "2025-06-20", IndicatorFormulas.meetingRegularity(0, 4, 12));

        var table = new RegionIndicators(dsl).aggregate("51.04", MAY, new AsOf(LocalDate.of(2025, 6, 10)),
                RegionLevel.DISTRICT).stream().filter(a -> a.indicator() == Indicators.MEETING_REGULARITY).toList();

        assertThat(table).hasSize(2);
        RegionAggregate tegallalang = table.get(0);
        assertThat(tegallalang.regionCode()).isEqualTo("51.04.01");
        assertThat(tegallalang.value().measured()).contains(new java.math.BigDecimal("0.875000"));
        assertThat(tegallalang.groupsMeasured()).isEqualTo(2);
        assertThat(tegallalang.groupsMissing()).as("missing is counted, never zero").isEqualTo(1);
        assertThat(tegallalang.families()).isEqualTo(18);
        RegionAggregate small = table.get(1);
        assertThat(small.suppressed()).isTrue();
        assertThat(small.value()).isEqualTo(IndicatorValue.missing(MissingReason.SUPPRESSED_SMALL_CELL));
        assertThat(small.groups()).isEqualTo(1);
    }
}
