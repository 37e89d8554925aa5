package id.kube.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.junit.jupiter.api.Test;

import id.kube.core.group.GroupId;
import id.kube.core.indicator.IndicatorValue.Measured;
import id.kube.testing.TestDatabase;

@TestDatabase
class IndicatorSnapshotsTest {

    private static final Period MARCH = Period.month(2025, 3);

    static Map<IndicatorDefinition, IndicatorValue> sampleValues() {
        Map<IndicatorDefinition, IndicatorValue> v = new HashMap<>();
        v.put(Indicators.MEETING_REGULARITY, IndicatorFormulas.meetingRegularity(3, 4, 10));
        v.put(Indicators.PAR30, IndicatorFormulas.par30(0, 0, 10));
        v.put(Indicators.SHU_PER_MEMBER, IndicatorFormulas.shuPerMember(1_000_015, 10));
        v.put(Indicators.BUFFER_MONTHS, IndicatorFormulas.bufferMonths(1_000_000, 0, 10, 600_000L));
        v.put(Indicators.ACTIVE_PARTNERSHIPS, IndicatorFormulas.count(Indicators.ACTIVE_PARTNERSHIPS, 2, 10));
        v.put(Indicators.PROFIT_MARGIN, IndicatorFormulas.profitMargin(10_000_000, 12_000_000, 10));
        v.put(Indicators.JKN_COVERAGE, IndicatorFormulas.householdShare(Indicators.JKN_COVERAGE, 7, 8));
        return v;
    }

    @Test
    void aSnapshotRoundTripsWithMissingReasonsAndRatioParts(DSLContext dsl) {
        IndicatorSnapshots snapshots = new IndicatorSnapshots(dsl);
        GroupId g = IndicatorFixtures.activeGroup(dsl, "51.04.01.2001");
        snapshots.save(new GroupPeriodSnapshot(g, MARCH, new AsOf(LocalDate.of(2025, 4, 5)), "51.04.01.2001", 10, 8,
                sampleValues()));

        GroupPeriodSnapshot back = snapshots.find(g, MARCH, new AsOf(LocalDate.of(2025, 12, 31))).orElseThrow();
        assertThat(back.value(Indicators.MEETING_REGULARITY)).isEqualTo(
                new Measured(new BigDecimal("0.750000"), new BigDecimal("3"), new BigDecimal("4"), 10));
        assertThat(back.value(Indicators.PAR30)).isEqualTo(IndicatorValue.missing(MissingReason.ZERO_DENOMINATOR));
        assertThat(back.value(Indicators.SHU_PER_MEMBER).measured()).contains(new BigDecimal("100002"));
        assertThat(back.value(Indicators.BUFFER_MONTHS).measured()).contains(new BigDecimal("0.17"));
        assertThat(back.value(Indicators.ACTIVE_PARTNERSHIPS).measured()).contains(new BigDecimal("2"));
        assertThat(back.value(Indicators.PROFIT_MARGIN).measured()).contains(new BigDecimal("-0.200000"));
        assertThat(back.value(Indicators.JKN_COVERAGE).families()).isEqualTo(8);
        assertThat(back.value(Indicators.BANK_ACCOUNT)).isEqualTo(IndicatorValue.missing(MissingReason.NO_DATA));
    }

    @Test
    void findingAsOfADateGivesWhatWasKnownThen(DSLContext dsl) {
        IndicatorSnapshots snapshots = new IndicatorSnapshots(dsl);
        GroupId g = IndicatorFixtures.activeGroup(dsl, "51.04.01.2001");
        var early = Map.<IndicatorDefinition, IndicatorValue>of(Indicators.REPAYMENT_RATE,
                IndicatorFormulas.repaymentRate(800_000, 1_000_000, 10));
        var corrected = Map.<IndicatorDefinition, IndicatorValue>of(Indicators.REPAYMENT_RATE,
                IndicatorFormulas.repaymentRate(950_000, 1_000_000, 10));
        snapshots.save(new GroupPeriodSnapshot(g, MARCH, new AsOf(LocalDate.of(2025, 4, 5)), "51.04.01.2001", 10, 0, early));
        snapshots.save(new GroupPeriodSnapshot(g, MARCH, new AsOf(LocalDate.of(2025, 6, 1)), "51.04.01.2001", 10, 0, corrected));

        assertThat(snapshots.find(g, MARCH, new AsOf(LocalDate.of(2025, 5, 1))).orElseThrow()
                .value(Indicators.REPAYMENT_RATE).measured()).contains(new BigDecimal("0.800000"));
        assertThat(snapshots.find(g, MARCH, new AsOf(LocalDate.of(2025, 6, 1))).orElseThrow()
                .value(Indicators.REPAYMENT_RATE).measured()).contains(new BigDecimal("0.950000"));
        assertThat(snapshots.find(g, MARCH, new AsOf(LocalDate.of(2025, 3, 31)))).isEmpty();
    }

    @Test
    void pooledAggregationFromStoredSnapshotsIsExact(DSLContext dsl) {
        IndicatorSnapshots snapshots = new IndicatorSnapshots(dsl);
        AsOf asOf = new AsOf(LocalDate.of(2025, 4, 30));
        GroupId a = IndicatorFixtures.activeGroup(dsl, "51.04.01.2001");
        GroupId b = IndicatorFixtures.activeGroup(dsl, "51.04.01.2002");
        snapshots.save(new GroupPeriodSnapshot(a, MARCH, asOf, "51.04.01.2001", 10, 0,
                Map.of(Indicators.PAR30, IndicatorFormulas.par30(1_000_000, 10_000_000, 10))));
        snapshots.save(new GroupPeriodSnapshot(b, MARCH, asOf, "51.04.01.2002", 8, 0,
                Map.of(Indicators.PAR30, IndicatorFormulas.par30(0, 30_000_000, 8))));
        List<GroupIndicatorValue> stored = List.of(a, b).stream().map(g -> {
            GroupPeriodSnapshot s = snapshots.find(g, MARCH, asOf).orElseThrow();
            return new GroupIndicatorValue(g, s.villageCode(), Indicators.PAR30, MARCH, s.value(Indicators.PAR30));
        }).toList();
        RegionAggregate district = RegionAggregation.aggregate(stored, RegionLevel.DISTRICT).getFirst();
        assertThat(district.value().measured()).contains(new BigDecimal("0.025000"));
        assertThat(district.families()).isEqualTo(18);
    }

    @Test
    void everyIndicatorHasAColumnOfItsUnitsType() {
        for (IndicatorDefinition d : Indicators.all()) {
            Field<?> f = IndicatorSnapshots.column(d);
            switch (d.unit()) {
                case RATIO -> assertThat(f.getDataType().scale()).as(d.id()).isEqualTo(6);
                case MULTIPLE -> assertThat(f.getDataType().scale()).as(d.id()).isEqualTo(6);
                case MONTHS -> assertThat(f.getDataType().scale()).as(d.id()).isEqualTo(2);
                case RUPIAH -> assertThat(f.getType()).as(d.id()).isEqualTo(Long.class);
                case COUNT -> assertThat(f.getType()).as(d.id()).isEqualTo(Integer.class);
            }
        }
        assertThat(IndicatorSnapshots.columns()).hasSize(Indicators.all().size());
    }
}
