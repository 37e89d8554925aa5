package id.kube.admin.dashboard;

import static id.kube.core.persistence.jooq.Tables.KUBE_GROUP;
import static id.kube.core.persistence.jooq.Tables.MEMBER;
import static id.kube.ledger.persistence.jooq.Tables.ACCOUNT;
import static id.kube.ledger.persistence.jooq.Tables.LEG;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;

import id.kube.admin.security.GroupAccess;
import id.kube.core.group.GroupStage;
import id.kube.core.group.GroupStatus;
import id.kube.core.money.Rupiah;
import id.kube.ledger.account.AccountRole;

/** Counts for the dashboard, narrowed by {@link GroupAccess#groupsInAggregates()}. */
@Service
public class DashboardQuery {

    private final DSLContext dsl;
    private final GroupAccess access;

    public DashboardQuery(DSLContext dsl, GroupAccess access) {
        this.dsl = dsl;
        this.access = access;
    }

    public GroupHealth health() {
        Condition visible = access.groupsInAggregates();
        Map<GroupStatus, Long> byStatus = new EnumMap<>(GroupStatus.class);
        Map<GroupStage, Long> byStage = new EnumMap<>(GroupStage.class);
        long total = 0;
        for (var row : dsl.select(KUBE_GROUP.STATUS, KUBE_GROUP.STAGE, DSL.count()).from(KUBE_GROUP).where(visible)
                .groupBy(KUBE_GROUP.STATUS, KUBE_GROUP.STAGE).fetch()) {
            long count = row.value3();
            byStatus.merge(GroupStatus.valueOf(row.value1()), count, Long::sum);
            byStage.merge(GroupStage.valueOf(row.value2()), count, Long::sum);
            total += count;
        }
        long members = dsl.selectCount().from(MEMBER).join(KUBE_GROUP).on(KUBE_GROUP.ID.eq(MEMBER.GROUP_ID))
                .where(visible).and(MEMBER.LEFT_ON.isNull()).fetchOne(0, Long.class);
        BigDecimal capital = dsl.select(DSL.coalesce(DSL.sum(KUBE_GROUP.STIMULUS_AMOUNT), BigDecimal.ZERO))
                .from(KUBE_GROUP).where(visible).fetchOne(0, BigDecimal.class);
        BigDecimal cash = dsl.select(DSL.coalesce(DSL.sum(LEG.AMOUNT), BigDecimal.ZERO))
                .from(LEG).join(ACCOUNT).on(ACCOUNT.GROUP_ID.eq(LEG.GROUP_ID)).and(ACCOUNT.CODE.eq(LEG.ACCOUNT_CODE))
                .where(ACCOUNT.ROLE.eq(AccountRole.CASH.name()))
                .and(LEG.GROUP_ID.in(DSL.select(KUBE_GROUP.ID).from(KUBE_GROUP).where(visible)))
                .fetchOne(0, BigDecimal.class);
        return new GroupHealth(total, byStatus, byStage, members, Rupiah.of(capital.longValueExact()),
                Rupiah.of(cash.longValueExact()));
    }
}
