package id.kube.admin.group;

import static id.kube.core.persistence.jooq.Tables.GROUP_BUSINESS_TYPE;
import static id.kube.admin.persistence.jooq.Tables.GROUP_SUMMARY;
import static id.kube.core.persistence.jooq.Tables.KUBE_GROUP;
import static id.kube.core.persistence.jooq.Tables.MEMBER;
import static id.kube.core.persistence.jooq.Tables.REGION;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import id.kube.admin.security.GroupAccess;
import id.kube.core.group.GroupId;
import id.kube.core.group.GroupStage;
import id.kube.core.group.GroupStatus;
import id.kube.core.health.Grade;

/**
 * Read model of the groups grid: pages in (name, id) order by keyset (no OFFSET walk, no COUNT), always
 * narrowed by {@link GroupAccess} to the groups the signed-in user may see.
 */
@Service
public class GroupDirectory {

    /** Where the previous page ended: the next page starts after this (name, id). */
    public record Cursor(String name, UUID id) {
    }

    private static final Field<Integer> ACTIVE_MEMBERS = DSL.field(DSL.selectCount().from(MEMBER)
            .where(MEMBER.GROUP_ID.eq(KUBE_GROUP.ID)).and(MEMBER.LEFT_ON.isNull())).as("active_members");
    /** The grade of the group's latest health score, as the dashboards' summary holds it (none before a score). */
    private static final Field<String> HEALTH_GRADE = DSL.field(DSL.select(GROUP_SUMMARY.HEALTH_GRADE)
            .from(GROUP_SUMMARY).where(GROUP_SUMMARY.GROUP_ID.eq(KUBE_GROUP.ID))).as("health_grade");

    private final DSLContext dsl;
    private final GroupAccess access;

    public GroupDirectory(DSLContext dsl, GroupAccess access) {
        this.dsl = dsl;
        this.access = access;
    }

    public List<GroupRow> page(GroupFilter filter, @Nullable Cursor after, int limit) {
        Condition where = access.visibleGroups().and(matching(filter));
        if (after != null) {
            where = where.and(DSL.row(KUBE_GROUP.NAME, KUBE_GROUP.ID).gt(after.name(), after.id()));
        }
        return dsl.select(KUBE_GROUP.ID, KUBE_GROUP.NAME, KUBE_GROUP.REGISTRATION_NUMBER, KUBE_GROUP.VILLAGE_CODE,
                        REGION.NAME, KUBE_GROUP.STATUS, KUBE_GROUP.STAGE, ACTIVE_MEMBERS, HEALTH_GRADE)
                .from(KUBE_GROUP)
                .join(REGION).on(REGION.CODE.eq(KUBE_GROUP.VILLAGE_CODE))
                .and(REGION.DECREE_ID.eq(KUBE_GROUP.REGION_DECREE_ID))
                .where(where)
                .orderBy(KUBE_GROUP.NAME, KUBE_GROUP.ID)
                .limit(limit)
                .fetch(GroupDirectory::toRow);
    }

    /** The page starting {@code offset} rows in, for a jump the grid makes without a known cursor. */
    public List<GroupRow> pageAt(GroupFilter filter, int offset, int limit) {
        return dsl.select(KUBE_GROUP.ID, KUBE_GROUP.NAME, KUBE_GROUP.REGISTRATION_NUMBER, KUBE_GROUP.VILLAGE_CODE,
                        REGION.NAME, KUBE_GROUP.STATUS, KUBE_GROUP.STAGE, ACTIVE_MEMBERS, HEALTH_GRADE)
                .from(KUBE_GROUP)
                .join(REGION).on(REGION.CODE.eq(KUBE_GROUP.VILLAGE_CODE))
                .and(REGION.DECREE_ID.eq(KUBE_GROUP.REGION_DECREE_ID))
                .where(access.visibleGroups().and(matching(filter)))
                .orderBy(KUBE_GROUP.NAME, KUBE_GROUP.ID)
                .offset(offset)
                .limit(limit)
                .fetch(GroupDirectory::toRow);
    }

    /** One group, if the signed-in user may see it. */
    public Optional<GroupRow> find(GroupId id) {
        return dsl.select(KUBE_GROUP.ID, KUBE_GROUP.NAME, KUBE_GROUP.REGISTRATION_NUMBER, KUBE_GROUP.VILLAGE_CODE,
                        REGION.NAME, KUBE_GROUP.STATUS, KUBE_GROUP.STAGE, ACTIVE_MEMBERS, HEALTH_GRADE)
                .from(KUBE_GROUP)
                .join(REGION).on(REGION.CODE.eq(KUBE_GROUP.VILLAGE_CODE))
                .and(REGION.DECREE_ID.eq(KUBE_GROUP.REGION_DECREE_ID))
                .where(KUBE_GROUP.ID.eq(id.value()))
                .and(access.visibleGroups())
                .fetchOptional(GroupDirectory::toRow);
    }

    private static Condition matching(GroupFilter filter) {
        List<Condition> conditions = new ArrayList<>();
        if (filter.search() != null) {
            String pattern = "%" + filter.search().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            conditions.add(KUBE_GROUP.NAME.likeIgnoreCase(pattern, '\\')
                    .or(KUBE_GROUP.REGISTRATION_NUMBER.likeIgnoreCase(pattern, '\\')));
        }
        if (filter.region() != null) {
            String code = filter.region().value();
            conditions.add(KUBE_GROUP.VILLAGE_CODE.eq(code).or(KUBE_GROUP.VILLAGE_CODE.startsWith(code + ".")));
        }
        if (filter.status() != null) {
            conditions.add(KUBE_GROUP.STATUS.eq(filter.status().name()));
        }
        if (filter.stage() != null) {
            conditions.add(KUBE_GROUP.STAGE.eq(filter.stage().name()));
        }
        if (filter.businessType() != null) {
            conditions.add(DSL.exists(DSL.selectOne().from(GROUP_BUSINESS_TYPE)
                    .where(GROUP_BUSINESS_TYPE.GROUP_ID.eq(KUBE_GROUP.ID))
                    .and(GROUP_BUSINESS_TYPE.BUSINESS_TYPE.eq(filter.businessType().name()))));
        }
        if (filter.health() != null) {
            conditions.add(DSL.exists(DSL.selectOne().from(GROUP_SUMMARY)
                    .where(GROUP_SUMMARY.GROUP_ID.eq(KUBE_GROUP.ID))
                    .and(GROUP_SUMMARY.HEALTH_GRADE.eq(filter.health().name()))));
        }
        return DSL.and(conditions);
    }

    private static GroupRow toRow(Record row) {
        return new GroupRow(new GroupId(row.get(KUBE_GROUP.ID)), row.get(KUBE_GROUP.NAME),
                row.get(KUBE_GROUP.REGISTRATION_NUMBER), row.get(KUBE_GROUP.VILLAGE_CODE), row.get(REGION.NAME),
                GroupStatus.valueOf(row.get(KUBE_GROUP.STATUS)), GroupStage.valueOf(row.get(KUBE_GROUP.STAGE)),
                row.get(ACTIVE_MEMBERS), row.get(HEALTH_GRADE) == null ? null : Grade.valueOf(row.get(HEALTH_GRADE)));
    }
}
