package id.kube.core.export;

import static id.kube.core.persistence.jooq.Tables.REGION;
import static id.kube.core.persistence.jooq.Tables.REGION_DECREE;

import java.util.HashMap;
import java.util.Map;

import org.jooq.DSLContext;

/**
 * Region names by code under the decree in force (the highest sequence that lists the code), loaded once per
 * export: the region table is small next to the panel, so memory stays flat in the number of rows.
 */
final class RegionNames {

    private final Map<String, String> names;

    private RegionNames(Map<String, String> names) {
        this.names = names;
    }

    static RegionNames load(DSLContext dsl) {
        Map<String, String> names = new HashMap<>();
        dsl.select(REGION.CODE, REGION.NAME)
                .from(REGION).join(REGION_DECREE).on(REGION_DECREE.ID.eq(REGION.DECREE_ID))
                .orderBy(REGION_DECREE.SEQUENCE.asc())
                .forEach(r -> names.put(r.value1(), r.value2()));
        return new RegionNames(Map.copyOf(names));
    }

    /** The name, or empty when the code is not in the reference table. */
    String name(String code) {
        return names.getOrDefault(code, "");
    }
}
