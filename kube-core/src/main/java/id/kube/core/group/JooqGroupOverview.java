package id.kube.core.group;

import static id.kube.core.persistence.jooq.Tables.KUBE_GROUP;
import static id.kube.core.persistence.jooq.Tables.MEMBER;
import static id.kube.core.persistence.jooq.Tables.REGION;

import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import id.kube.core.persistence.jooq.tables.Region;
import id.kube.core.region.RegionCode;

/** {@link GroupOverview} in one SQL query over groups, regions and memberships. */
public final class JooqGroupOverview implements GroupOverview {

    private final DSLContext dsl;

    public JooqGroupOverview(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<GroupSummary> within(RegionCode region) {
        Region village = REGION.as("village");
        Region district = REGION.as("district");
        Region regency = REGION.as("regency");
        Field<Integer> activeMembers = DSL.field(DSL.selectCount().from(MEMBER)
                .where(MEMBER.GROUP_ID.eq(KUBE_GROUP.ID).and(MEMBER.LEFT_ON.isNull())));
        return dsl.select(KUBE_GROUP.ID, KUBE_GROUP.NAME, KUBE_GROUP.REGISTRATION_NUMBER, KUBE_GROUP.VILLAGE_CODE,
                        village.NAME, district.NAME, regency.NAME, KUBE_GROUP.STATUS, KUBE_GROUP.STAGE,
                        KUBE_GROUP.FORMED_ON, activeMembers)
                .from(KUBE_GROUP)
                .join(village).on(village.CODE.eq(KUBE_GROUP.VILLAGE_CODE)
                        .and(village.DECREE_ID.eq(KUBE_GROUP.REGION_DECREE_ID)))
                .join(district).on(district.CODE.eq(village.PARENT_CODE).and(district.DECREE_ID.eq(village.DECREE_ID)))
                .join(regency).on(regency.CODE.eq(district.PARENT_CODE).and(regency.DECREE_ID.eq(district.DECREE_ID)))
                .where(KUBE_GROUP.VILLAGE_CODE.eq(region.value())
                        .or(KUBE_GROUP.VILLAGE_CODE.startsWith(region.value() + ".")))
                .orderBy(KUBE_GROUP.NAME, KUBE_GROUP.ID)
                .fetch(r -> new GroupSummary(new GroupId(r.value1()), r.value2(), r.value3(), new RegionCode(r.value4()),
                        r.value5(), r.value6(), r.value7(), GroupStatus.valueOf(r.value8()),
                        GroupStage.valueOf(r.value9()), r.value10(), r.value11()));
    }
}
