package id.kube.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kube.core.group.GroupId;
import id.kube.core.indicator.IndicatorValue.Measured;

class RegionAggregationTest {

    private static final Period Q1 = Period.quarter(2025, 1);

    @ParameterizedTest(name = "{0} at {1} → {2}")
    @CsvSource(textBlock = """
            51.04.01.2001, NATIONAL, ID
            51.04.01.2001, PROVINCE, 51
            51.04.01.2001, REGENCY, 51.04
            51.04.01.2001, DISTRICT, 51.04.01
            51.04.01.2001, VILLAGE, 51.04.01.2001
            """)
    void regionCodesCoarsenByLevel(String code, RegionLevel level, String expected) {
        assertThat(level.coarsen(code)).isEqualTo(expected);
    }

    @Test
    void badRegionCodesAreRefused() {
        assertThatThrownBy(() -> RegionLevel.DISTRICT.coarsen("5104")).isInstanceOf(IndicatorException.class)
                .hasMessageContaining("Kode wilayah tidak sah");
        assertThatThrownBy(() -> RegionLevel.VILLAGE.coarsen("51.04")).isInstanceOf(IndicatorException.class)
                .hasMessageContaining("lebih kasar");
    }

    private static GroupIndicatorValue par30(String village, long over, long outstanding, int families) {
        return new GroupIndicatorValue(GroupId.random(), village, Indicators.PAR30, Q1,
                IndicatorFormulas.par30(over, outstanding, families));
    }

    @Test
    void pooledRatiosAddNumeratorsAndDenominatorsAndCountTheGroupsBehindThem() {
        List<GroupIndicatorValue> values = List.of(
                par30("51.04.01.2001", 1_000_000, 10_000_000, 10),
                par30("51.04.01.2002", 0, 30_000_000, 8),
                par30("51.04.02.2001", 500_000, 5_000_000, 12),
                new GroupIndicatorValue(GroupId.random(), "51.04.01.2003", Indicators.PAR30, Q1,
                        IndicatorValue.missing(MissingReason.ZERO_DENOMINATOR)));

        List<RegionAggregate> byDistrict = RegionAggregation.aggregate(values, RegionLevel.DISTRICT);
        assertThat(byDistrict).extracting(RegionAggregate::regionCode).containsExactly("51.04.01", "51.04.02");
        RegionAggregate first = byDistrict.getFirst();
        assertThat(first.value().measured()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.025"));
        assertThat(first.groupsMeasured()).isEqualTo(2);
        assertThat(first.groupsMissing()).isEqualTo(1);
        assertThat(first.families()).isEqualTo(18);

        RegionAggregate regency = RegionAggregation.aggregate(values, RegionLevel.REGENCY).getFirst();
        assertThat(regency.regionCode()).isEqualTo("51.04");
        assertThat(((Measured) regency.value()).value()).isEqualByComparingTo("0.033333");
        assertThat(regency.groups()).isEqualTo(4);
    }

    @Test
    void aRegionWhereEveryGroupIsMissingIsMissingNotZero() {
        var values = List.of(new GroupIndicatorValue(GroupId.random(), "51.04.01.2001", Indicators.PAR30, Q1,
                IndicatorValue.missing(MissingReason.ZERO_DENOMINATOR)));
        RegionAggregate a = RegionAggregation.aggregate(values, RegionLevel.DISTRICT).getFirst();
        assertThat(a.value()).isEqualTo(IndicatorValue.missing(MissingReason.NO_DATA));
        assertThat(a.groupsMissing()).isEqualTo(1);
        assertThat(a.groupsMeasured()).isZero();
    }

    @ParameterizedTest(name = "{0} families → suppressed {1}")
    @CsvSource(textBlock = """
            4, true
            5, false
            """)
    void aggregatesOverFewerThanFiveFamiliesAreSuppressedAndMarked(int families, boolean suppressed) {
        var values = List.of(par30("51.04.01.2001", 1, 10, families));
        RegionAggregate a = RegionAggregation.aggregate(values, RegionLevel.DISTRICT).getFirst();
        assertThat(a.suppressed()).isEqualTo(suppressed);
        assertThat(a.value() instanceof IndicatorValue.Missing m && m.reason() == MissingReason.SUPPRESSED_SMALL_CELL)
                .isEqualTo(suppressed);
        assertThat(a.groupsMeasured()).isEqualTo(1);
    }

    @Test
    void mediansAndSumsFollowTheIndicatorsAggregation() {
        List<GroupIndicatorValue> values = new ArrayList<>();
        long[] shu = {100_000, 300_000, 200_000, 250_000};
        for (long s : shu) {
            values.add(new GroupIndicatorValue(GroupId.random(), "52.01.01.2001", Indicators.SHU_PER_MEMBER, Q1,
                    IndicatorFormulas.shuPerMember(s * 10, 10)));
            values.add(new GroupIndicatorValue(GroupId.random(), "52.01.01.2001", Indicators.ACTIVE_PARTNERSHIPS, Q1,
                    IndicatorFormulas.count(Indicators.ACTIVE_PARTNERSHIPS, 2, 10)));
        }
        List<RegionAggregate> out = RegionAggregation.aggregate(values, RegionLevel.PROVINCE);
        assertThat(out).extracting(a -> a.indicator().id()).containsExactly("shu_per_member", "active_partnerships");
        assertThat(out.get(0).value().measured().orElseThrow()).isEqualByComparingTo("225000");
        assertThat(out.get(1).value().measured().orElseThrow()).isEqualByComparingTo("8");
        assertThat(out.get(1).families()).isEqualTo(40);
    }
}
