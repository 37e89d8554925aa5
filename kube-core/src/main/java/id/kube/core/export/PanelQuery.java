package id.kube.core.export;

import static id.kube.core.persistence.jooq.Tables.GROUP_PERIOD_INDICATOR;

import java.util.ArrayList;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.SelectQuery;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;

import id.kube.core.indicator.IndicatorDefinition;
import id.kube.core.indicator.Indicators;
import id.kube.core.persistence.jooq.tables.GroupPeriodIndicator;

/**
 * The panel query: for every group and period in the filter, the row with the latest as-of date not after
 * the requested one (DISTINCT ON), ordered by group and period so output is deterministic and streams in
 * primary-key order. The select list is the raw column list both the exporter and the COPY baseline use.
 */
final class PanelQuery {

    static final GroupPeriodIndicator T = GROUP_PERIOD_INDICATOR;
    private static final DSLContext RENDER = DSL.using(SQLDialect.POSTGRES);

    /** Raw fields, in this order: 9 fixed, then one per indicator in catalogue order. */
    static final List<Field<?>> FIELDS = fields();
    static final int FIXED = 9;

    private PanelQuery() {
    }

    private static List<Field<?>> fields() {
        List<Field<?>> f = new ArrayList<>(List.of(T.GROUP_ID, T.PERIOD_TYPE, T.PERIOD_START, T.AS_OF,
                T.VILLAGE_CODE, T.ACTIVE_MEMBERS, T.SURVEYED_HOUSEHOLDS, T.MISSING_REASONS, T.SUPPRESSED));
        for (IndicatorDefinition d : Indicators.all()) {
            Field<?> column = T.field(d.id());
            if (column == null) {
                throw new IllegalStateException("kube.group_period_indicator has no column for indicator " + d.id()
                        + ": add it in a migration");
            }
            f.add(column);
        }
        return List.copyOf(f);
    }

    static Condition filter(PanelExportOptions o) {
        Condition c = T.PERIOD_TYPE.eq(o.periodType().name())
                .and(T.PERIOD_START.between(o.from().start(), o.to().start()))
                .and(T.AS_OF.le(o.asOf()));
        if (o.regionCode() != null) {
            c = c.and(T.VILLAGE_CODE.eq(o.regionCode()).or(T.VILLAGE_CODE.startsWith(o.regionCode() + ".")));
        }
        return c;
    }

    static SelectQuery<Record> select(PanelExportOptions o) {
        SelectQuery<Record> q = RENDER.selectQuery();
        q.addSelect(FIELDS);
        q.addFrom(T);
        q.addConditions(filter(o));
        q.setDistinct(true);
        q.addDistinctOn(T.GROUP_ID, T.PERIOD_TYPE, T.PERIOD_START);
        q.addOrderBy(T.GROUP_ID, T.PERIOD_TYPE, T.PERIOD_START, T.AS_OF.desc());
        return q;
    }

    /** The SQL with values inlined (escaped by jOOQ), for a streaming JDBC statement or COPY. */
    static String sql(PanelExportOptions o) {
        return select(o).getSQL(ParamType.INLINED);
    }

    /** Number of group-periods the export will hold. */
    static String countSql(PanelExportOptions o) {
        return RENDER.select(DSL.count()).from(
                RENDER.selectDistinct(T.GROUP_ID, T.PERIOD_START).from(T).where(filter(o)))
                .getSQL(ParamType.INLINED);
    }
}
