package id.kube.core.indicator;

import static id.kube.core.persistence.jooq.Tables.GROUP_PERIOD_INDICATOR;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import id.kube.core.group.GroupId;
import id.kube.core.indicator.IndicatorValue.Measured;
import id.kube.core.indicator.IndicatorValue.Missing;
import id.kube.core.persistence.jooq.tables.GroupPeriodIndicator;

/**
 * Stores and reads {@link GroupPeriodSnapshot}s in {@code kube.group_period_indicator}: one column per
 * indicator, NULL when missing with the reason kept in {@code missing_reasons}. Saving the same group,
 * period and as-of date again replaces the row (a recomputation of the same knowledge state).
 */
public final class IndicatorSnapshots {

    private static final GroupPeriodIndicator T = GROUP_PERIOD_INDICATOR;
    private final DSLContext dsl;

    public IndicatorSnapshots(DSLContext dsl) {
        this.dsl = dsl;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public void save(GroupPeriodSnapshot s) {
        Map<Field<?>, Object> row = new HashMap<>();
        row.put(T.GROUP_ID, s.group().value());
        row.put(T.PERIOD_TYPE, s.period().type().name());
        row.put(T.PERIOD_START, s.period().start());
        row.put(T.AS_OF, s.asOf().date());
        row.put(T.VILLAGE_CODE, s.villageCode());
        row.put(T.ACTIVE_MEMBERS, s.activeMembers());
        row.put(T.SURVEYED_HOUSEHOLDS, s.surveyedHouseholds());
        StringBuilder missing = new StringBuilder();
        StringBuilder parts = new StringBuilder();
        for (IndicatorDefinition d : Indicators.all()) {
            Field field = column(d);
            IndicatorValue v = s.value(d);
            switch (v) {
                case Measured m -> {
                    row.put(field, field.getDataType().convert(toColumn(d, m.value())));
                    if (m.numerator() != null && m.denominator() != null) {
                        parts.append(parts.isEmpty() ? "" : ";").append(d.id()).append('=')
                                .append(m.numerator().toPlainString()).append('/')
                                .append(m.denominator().toPlainString());
                    }
                }
                case Missing x -> {
                    row.put(field, null);
                    missing.append(missing.isEmpty() ? "" : ";").append(d.id()).append('=').append(x.reason().name());
                }
            }
        }
        row.put(T.MISSING_REASONS, missing.toString());
        row.put(T.RATIO_PARTS, parts.toString());
        Map<Field<?>, Object> update = new HashMap<>(row);
        update.remove(T.GROUP_ID);
        update.remove(T.PERIOD_TYPE);
        update.remove(T.PERIOD_START);
        update.remove(T.AS_OF);
        update.put(T.COMPUTED_AT, DSL.currentOffsetDateTime());
        dsl.insertInto(T).set(row)
                .onConflict(T.GROUP_ID, T.PERIOD_TYPE, T.PERIOD_START, T.AS_OF).doUpdate().set(update)
                .execute();
    }

    private static Object toColumn(IndicatorDefinition d, BigDecimal value) {
        BigDecimal scaled = value.setScale(d.unit().scale(), java.math.RoundingMode.UNNECESSARY);
        return switch (d.unit()) {
            case RUPIAH -> scaled.longValueExact();
            case COUNT -> scaled.intValueExact();
            default -> scaled;
        };
    }

    static Field<?> column(IndicatorDefinition d) {
        Field<?> f = T.field(d.id());
        if (f == null) {
            throw new IllegalStateException("no column for indicator " + d.id());
        }
        return f;
    }

    /** The snapshot of a group and period as it stood on the as-of date (latest computation not after it). */
    public Optional<GroupPeriodSnapshot> find(GroupId group, Period period, AsOf asOf) {
        Record r = dsl.selectFrom(T)
                .where(T.GROUP_ID.eq(group.value()), T.PERIOD_TYPE.eq(period.type().name()),
                        T.PERIOD_START.eq(period.start()), T.AS_OF.le(asOf.date()))
                .orderBy(T.AS_OF.desc()).limit(1).fetchOne();
        return r == null ? Optional.empty() : Optional.of(snapshot(r));
    }

    /** A stored row as a snapshot (missing values with their reasons, ratio parts restored). */
    static GroupPeriodSnapshot snapshot(Record r) {
        Map<String, MissingReason> reasons = new HashMap<>();
        String text = r.get(T.MISSING_REASONS);
        if (!text.isEmpty()) {
            for (String pair : text.split(";")) {
                String[] kv = pair.split("=", 2);
                reasons.put(kv[0], MissingReason.valueOf(kv[1]));
            }
        }
        Map<String, BigDecimal[]> ratioParts = new HashMap<>();
        String partsText = r.get(T.RATIO_PARTS);
        if (!partsText.isEmpty()) {
            for (String pair : partsText.split(";")) {
                String[] kv = pair.split("=", 2);
                String[] nd = kv[1].split("/", 2);
                ratioParts.put(kv[0], new BigDecimal[]{new BigDecimal(nd[0]), new BigDecimal(nd[1])});
            }
        }
        int families = r.get(T.ACTIVE_MEMBERS);
        int households = r.get(T.SURVEYED_HOUSEHOLDS);
        Map<IndicatorDefinition, IndicatorValue> values = new HashMap<>();
        for (IndicatorDefinition d : Indicators.all()) {
            Object v = r.get(column(d));
            if (v == null) {
                values.put(d, IndicatorValue.missing(reasons.getOrDefault(d.id(), MissingReason.NO_DATA)));
            } else {
                BigDecimal value = new BigDecimal(v.toString()).setScale(d.unit().scale());
                int fam = d.source() == DataSource.HOUSEHOLD_SURVEY ? households : families;
                BigDecimal[] nd = ratioParts.get(d.id());
                values.put(d, nd == null ? Measured.of(value, fam) : new Measured(value, nd[0], nd[1], fam));
            }
        }
        return new GroupPeriodSnapshot(new GroupId(r.get(T.GROUP_ID)),
                new Period(PeriodType.valueOf(r.get(T.PERIOD_TYPE)), r.get(T.PERIOD_START)), new AsOf(r.get(T.AS_OF)),
                r.get(T.VILLAGE_CODE), families, households, values);
    }

    /** Every indicator column exists with the unit's type (checked by a test against the migrations). */
    static List<Field<?>> columns() {
        return Indicators.all().stream().<Field<?>>map(IndicatorSnapshots::column).toList();
    }
}
