package id.kube.core.region;

import static id.kube.core.persistence.jooq.Tables.REGION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kube.testing.TestDatabase;

@TestDatabase
class RegionDirectoryTest {

    private final RegionDirectory regions;
    private final DSLContext dsl;

    RegionDirectoryTest(DSLContext dsl) {
        this.dsl = dsl;
        this.regions = new JooqRegionDirectory(dsl);
    }

    @Test
    void allThirtyEightProvincesAreLoadedUnderTheDecreeInForce() {
        assertThat(regions.currentDecree().id()).isEqualTo("KEPMENDAGRI-300.2.2-2138-2025");
        List<Region> provinces = regions.provinces();
        assertThat(provinces).hasSize(38);
        assertThat(provinces.getFirst().name()).isEqualTo("Aceh");
        assertThat(provinces.getLast()).isEqualTo(new Region(RegionCode.of("96"), "KEPMENDAGRI-300.2.2-2138-2025",
                "Papua Barat Daya"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            19.02, Kabupaten Belitung,       5
            19.06, Kabupaten Belitung Timur, 7
            51.04, Kabupaten Gianyar,        7
            51.71, Kota Denpasar,            4
            52.01, Kabupaten Lombok Barat,  10
            52.72, Kota Bima,                5
            35.14, Kabupaten Pasuruan,      24
            """)
    void theDemoRegenciesAndCitiesHaveAllTheirDistricts(String code, String name, int districts) {
        assertThat(regions.find(RegionCode.of(code))).map(Region::name).contains(name);
        assertThat(regions.children(RegionCode.of(code))).hasSize(districts)
                .allSatisfy(d -> assertThat(regions.children(d.code())).hasSizeGreaterThanOrEqualTo(4));
    }

    @Test
    void aVillageKnowsItsLineageUpToTheProvince() {
        assertThat(regions.lineage(RegionCode.of("51.04.05.2002"))).extracting(Region::name)
                .containsExactly("Bali", "Kabupaten Gianyar", "Ubud", "Mas");
        assertThat(regions.lineage(RegionCode.of("51.04.05.2999"))).isEmpty();
        assertThat(regions.find(RegionCode.of("51.04.05.2002")).flatMap(Region::parentCode))
                .contains(RegionCode.of("51.04.05"));
    }

    @Test
    void requireRefusesAnUnknownCodeOrTheWrongLevel() {
        assertThat(regions.require(RegionCode.of("52.72.05.1001"), RegionLevel.VILLAGE).name()).isEqualTo("Monggonao");
        assertThatThrownBy(() -> regions.require(RegionCode.of("51.04.05.2999"), RegionLevel.VILLAGE))
                .isInstanceOf(InvalidRegionCodeException.class).hasMessageContaining("tidak ada");
        assertThatThrownBy(() -> regions.require(RegionCode.of("51.04"), RegionLevel.VILLAGE))
                .isInstanceOf(InvalidRegionCodeException.class).hasMessageContaining("bukan Desa/Kelurahan");
    }

    @Test
    void theDatabaseRefusesACodeOfTheWrongShapeOrParent() {
        assertThatThrownBy(() -> dsl.insertInto(REGION)
                .set(REGION.CODE, "51.04.05.3001").set(REGION.DECREE_ID, "KEPMENDAGRI-300.2.2-2138-2025")
                .set(REGION.REGION_LEVEL, "VILLAGE").set(REGION.NAME, "X").set(REGION.PARENT_CODE, "51.04.05")
                .execute()).isInstanceOf(DataAccessException.class).hasMessageContaining("region_code_shape");
        assertThatThrownBy(() -> dsl.insertInto(REGION)
                .set(REGION.CODE, "51.04.05.2099").set(REGION.DECREE_ID, "KEPMENDAGRI-300.2.2-2138-2025")
                .set(REGION.REGION_LEVEL, "VILLAGE").set(REGION.NAME, "X").set(REGION.PARENT_CODE, "51.04.01")
                .execute()).isInstanceOf(DataAccessException.class).hasMessageContaining("region_code_shape");
    }

    @Test
    void aNikDistrictIsKnownIfAnyDecreeIssuedIt() {
        assertThat(regions.everIssued(RegionCode.of("51.04.05"))).isTrue();
        assertThat(regions.everIssued(RegionCode.of("51.04.99"))).isFalse();
    }
}
