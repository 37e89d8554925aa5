package id.kube.core.indicator;

import static id.kube.core.persistence.jooq.Tables.KUBE_GROUP;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.jooq.DSLContext;

import id.kube.core.group.GroupId;

/** Groups registered directly in kube.kube_group, as the indicator tables need a real group to point at. */
public final class IndicatorFixtures {

    public static final String DECREE = "KEPMENDAGRI-300.2.2-2138-2025";
    private static final OffsetDateTime AT = OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private IndicatorFixtures() {
    }

    public static GroupId activeGroup(DSLContext dsl, UUID id, String villageCode, LocalDate formedOn) {
        dsl.insertInto(KUBE_GROUP)
                .set(KUBE_GROUP.ID, id)
                .set(KUBE_GROUP.NAME, "KUBE " + id.toString().substring(0, 8))
                .set(KUBE_GROUP.VILLAGE_CODE, villageCode)
                .set(KUBE_GROUP.REGION_DECREE_ID, DECREE)
                .set(KUBE_GROUP.FORMED_ON, formedOn)
                .set(KUBE_GROUP.STATUS, "ACTIVE")
                .set(KUBE_GROUP.STATUS_SINCE, formedOn)
                .set(KUBE_GROUP.STAGE, "TUMBUH")
                .set(KUBE_GROUP.CREATED_AT, AT)
                .set(KUBE_GROUP.CREATED_BY, "fixture")
                .set(KUBE_GROUP.UPDATED_AT, AT)
                .set(KUBE_GROUP.UPDATED_BY, "fixture")
                .execute();
        return new GroupId(id);
    }

    public static GroupId activeGroup(DSLContext dsl, String villageCode) {
        return activeGroup(dsl, UUID.randomUUID(), villageCode, LocalDate.of(2023, 1, 10));
    }
}
