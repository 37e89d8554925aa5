package id.kube.core.region;

import static id.kube.core.persistence.jooq.Tables.REGION;
import static id.kube.core.persistence.jooq.Tables.REGION_DECREE;
import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import id.kube.testing.TestDatabase;

/** Codes change by decree: a later decree takes over, earlier ones stay readable. */
@TestDatabase
class RegionVersioningTest {

    private static final String CURRENT = "KEPMENDAGRI-300.2.2-2138-2025";
    /** A made-up later decree, only for this test database. */
    private static final String LATER = "TEST-LATER-DECREE";

    @Test
    void aLaterDecreeTakesOverWhileEarlierCodesStayReadable(DSLContext dsl) {
        dsl.insertInto(REGION_DECREE).set(REGION_DECREE.ID, LATER).set(REGION_DECREE.TITLE, "Keputusan uji")
                .set(REGION_DECREE.ISSUED_YEAR, (short) 2030).set(REGION_DECREE.SEQUENCE, 2).execute();
        for (String[] row : new String[][] {{"51", "PROVINCE", "Bali", null}, {"51.04", "REGENCY", "Kabupaten Gianyar", "51"},
                {"51.04.08", "DISTRICT", "Ubud Timur", "51.04"}, {"51.04.08.2001", "VILLAGE", "Mas", "51.04.08"}}) {
            dsl.insertInto(REGION).set(REGION.CODE, row[0]).set(REGION.DECREE_ID, LATER)
                    .set(REGION.REGION_LEVEL, row[1]).set(REGION.NAME, row[2]).set(REGION.PARENT_CODE, row[3]).execute();
        }
        RegionDirectory regions = new JooqRegionDirectory(dsl);

        assertThat(regions.currentDecree().id()).isEqualTo(LATER);
        assertThat(regions.decrees()).extracting(RegionDecree::id).containsExactly(CURRENT, LATER);
        assertThat(regions.find(RegionCode.of("51.04.05.2002"))).isEmpty();
        assertThat(regions.find(RegionCode.of("51.04.05.2002"), CURRENT)).map(Region::name).contains("Mas");
        assertThat(regions.parent(RegionCode.of("51.04.08.2001"))).map(Region::name).contains("Ubud Timur");
        assertThat(regions.everIssued(RegionCode.of("51.04.05"))).as("old NIK districts stay known").isTrue();
        assertThat(regions.lineage(RegionCode.of("51.04.08.2001"))).extracting(Region::name)
                .containsExactly("Bali", "Kabupaten Gianyar", "Ubud Timur", "Mas");
    }
}
