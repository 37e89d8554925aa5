package id.kube.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource(textBlock = """
            51,            PROVINCE, ''
            51.04,         REGENCY,  51
            51.71,         REGENCY,  51
            51.04.05,      DISTRICT, 51.04
            51.04.05.2002, VILLAGE,  51.04.05
            51.71.01.1006, VILLAGE,  51.71.01
            """)
    void eachCodeKnowsItsLevelAndParent(String code, RegionLevel level, String parent) {
        RegionCode c = RegionCode.of(code);
        assertThat(c.level()).isEqualTo(level);
        assertThat(c.parent().map(RegionCode::value).orElse("")).isEqualTo(parent);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "05", "51.00", "51.70", "51.4", "51.04.00", "51.04.05.3001", "51.04.05.2000",
            "51.04.05.0001", "510405", "51-04", ""})
    void malformedCodesAreRefused(String code) {
        assertThatThrownBy(() -> RegionCode.of(code))
                .isInstanceOf(InvalidRegionCodeException.class)
                .hasMessageContaining("Kode wilayah tidak sah");
    }

    @Test
    void regencyOrCityAndDesaOrKelurahanFollowFromTheDigits() {
        assertThat(RegionCode.of("51.04").isCity()).isFalse();
        assertThat(RegionCode.of("51.71").isCity()).isTrue();
        assertThat(RegionCode.of("52.72.01.1001").isCity()).isTrue();
        assertThat(RegionCode.of("51.04.05.1005").isKelurahan()).isTrue();
        assertThat(RegionCode.of("51.04.05.2002").isKelurahan()).isFalse();
        assertThatThrownBy(() -> RegionCode.of("51").isCity()).isInstanceOf(InvalidRegionCodeException.class);
    }

    @Test
    void codesContainTheirDescendantsOnly() {
        RegionCode gianyar = RegionCode.of("51.04");
        assertThat(gianyar.contains(RegionCode.of("51.04.05.2002"))).isTrue();
        assertThat(gianyar.contains(gianyar)).isTrue();
        assertThat(RegionCode.of("51.71").contains(RegionCode.of("51.04.05"))).isFalse();
        assertThat(RegionCode.of("51.04.05.2002").district()).isEqualTo(RegionCode.of("51.04.05"));
        assertThat(RegionCode.of("51.04.05.2002").regency()).isEqualTo(gianyar);
    }

    @Test
    void undottedDigitsAsInANikAreAccepted() {
        assertThat(RegionCode.fromDigits("510405")).isEqualTo(RegionCode.of("51.04.05"));
        assertThat(RegionCode.fromDigits("5104052002")).isEqualTo(RegionCode.of("51.04.05.2002"));
        assertThat(RegionCode.of("51.04.05").digits()).isEqualTo("510405");
    }
}
