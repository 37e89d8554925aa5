package id.kube.admin.dashboard;

import static id.kube.admin.persistence.jooq.Tables.DISTRICT_CLOSURE;
import static id.kube.admin.persistence.jooq.Tables.DISTRICT_MONTH;
import static id.kube.admin.persistence.jooq.Tables.DISTRICT_SUMMARY;
import static id.kube.admin.persistence.jooq.Tables.GROUP_MONTH;
import static id.kube.admin.persistence.jooq.Tables.GROUP_SUMMARY;
import static id.kube.core.persistence.jooq.Tables.KUBE_GROUP;
import static id.kube.core.persistence.jooq.Tables.REGION;
import static id.kube.core.persistence.jooq.Tables.REGION_DECREE;
import static id.kube.ledger.persistence.jooq.Tables.BOOK;
import static id.kube.ledger.persistence.jooq.Tables.PERIOD;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import id.kube.admin.dashboard.DashboardFigures.AttentionGroup;
import id.kube.admin.dashboard.DashboardFigures.MonthClosure;
import id.kube.admin.dashboard.DashboardFigures.MonthTrend;
import id.kube.admin.dashboard.DashboardFigures.Tile;
import id.kube.admin.dashboard.DrillDown.Place;
import id.kube.admin.security.CurrentUser;
import id.kube.admin.security.GroupAccess;
import id.kube.admin.security.GroupScope;
import id.kube.admin.security.KubeUser;
import id.kube.core.group.GroupId;
import id.kube.core.group.GroupStage;
import id.kube.core.group.GroupStatus;
import id.kube.core.region.RegionCode;

/**
 * The dashboard's read model: the figures of one place of the drill-down, always narrowed on the server by
 * {@link GroupAccess#groupsInAggregates()} and refused for a place outside the user's scope. It never reads the
 * journal: region scopes above a district read the per-district rollup rows, a district's page and
 * facilitators' and treasurers' dashboards the per-group summary rows, all kept equal to the ledger by
 * {@link DashboardSummaries}.
 */
@Service
public class DashboardQuery {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final int ATTENTION_LIST = 10;
    private static final int GROUP_TILES = 200;
    private static final int TREND_MONTHS = 12;
    private static final int CLOSURE_MONTHS = 6;
    private static final int SMALL_SCOPE = 500;

    private final DSLContext dsl;
    private final GroupAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final DashboardSummaries summaries;

    public DashboardQuery(DSLContext dsl, GroupAccess access, CurrentUser currentUser, Clock clock,
                          DashboardSummaries summaries) {
        this.dsl = dsl;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
        this.summaries = summaries;
    }

    /** The top of the signed-in user's drill-down: their regency/district for a district officer, else national. */
    public @Nullable RegionCode home() {
        return currentUser.require().scope() instanceof GroupScope.GroupsInRegion region ? region.region() : null;
    }

    /**
     * The figures at a place ({@code null}: the user's {@link #home()}).
     *
     * @throws RegionOutsideScopeException when the place lies outside what the user may see
     */
    public DashboardFigures figures(@Nullable RegionCode at) {
        KubeUser user = currentUser.require();
        GroupScope scope = user.scope();
        RegionCode placeCode = at == null ? home() : at;
        requireWithinScope(user, placeCode);
        catchUpSmallScope(scope);
        Condition here = access.groupsInAggregates().and(inRegion(KUBE_GROUP.VILLAGE_CODE, placeCode));
        LocalDate today = LocalDate.now(clock.withZone(JAKARTA));

        List<String> trailCodes = trailCodes(home(), placeCode);
        Map<String, String> names = names(trailCodes);
        Place place = placeCode == null ? new Place(null, "Indonesia")
                : new Place(placeCode, names.getOrDefault(placeCode.value(), placeCode.value()));
        List<Place> trail = new ArrayList<>();
        if (home() == null) {
            trail.add(new Place(null, "Indonesia"));
        }
        trailCodes.forEach(code -> trail.add(new Place(RegionCode.of(code),
                names.getOrDefault(code, code))));

        Map<AttentionReason, Condition> reasons = attentionConditions(today);
        Condition anyReason = DSL.or(reasons.values());
        int childLength = place.childPrefixLength();
        boolean groupTiles = childLength == 0;
        boolean namesAllowed = !(scope instanceof GroupScope.NoIndividualGroups);

        // inlined lengths: the grouped expression and the selected one must be the same SQL text
        Field<String> prefix = DSL.substring(KUBE_GROUP.VILLAGE_CODE, DSL.inline(1), DSL.inline(childLength));
        Field<String> key = groupTiles ? KUBE_GROUP.ID.cast(SQLDataType.VARCHAR(36)).as("tile") : prefix.as("tile");
        List<SelectField<?>> select = new ArrayList<>(aggregates(reasons, anyReason));
        select.add(key);
        if (groupTiles) {
            select.add(KUBE_GROUP.NAME);
        }
        boolean wholeRegions = scope instanceof GroupScope.AllGroups || scope instanceof GroupScope.NoIndividualGroups
                || scope instanceof GroupScope.GroupsInRegion;
        boolean rollup = wholeRegions && !groupTiles;
        List<Record> rows;
        if (rollup) {
            rows = rollupRows(placeCode, childLength);
        } else {
            var query = dsl.select(select).from(KUBE_GROUP)
                    .leftJoin(GROUP_SUMMARY).on(GROUP_SUMMARY.GROUP_ID.eq(KUBE_GROUP.ID))
                    .where(here);
            rows = groupTiles ? query.groupBy(KUBE_GROUP.ID, KUBE_GROUP.NAME).fetch() : query.groupBy(prefix).fetch();
        }

        Map<AttentionReason, Long> attentionCounts = new EnumMap<>(AttentionReason.class);
        RegionFigures total = RegionFigures.sum(List.of());
        List<Tile> children = new ArrayList<>();
        OffsetDateTime oldest = null;
        Map<String, String> childNames = groupTiles ? Map.of()
                : names(rows.stream().map(r -> r.get("tile", String.class)).toList());
        for (Record r : rows) {
            RegionFigures figures = figures(r);
            total = RegionFigures.sum(List.of(total, figures));
            for (AttentionReason reason : AttentionReason.values()) {
                attentionCounts.merge(reason, r.get(reason.name(), Long.class), Long::sum);
            }
            OffsetDateTime summarised = r.get("oldest_summary", OffsetDateTime.class);
            if (summarised != null && (oldest == null || summarised.isBefore(oldest))) {
                oldest = summarised;
            }
            String tile = r.get("tile", String.class);
            if (groupTiles) {
                if (namesAllowed) {
                    children.add(new Tile(null, new GroupId(UUID.fromString(tile)), r.get(KUBE_GROUP.NAME), figures));
                }
            } else {
                children.add(new Tile(new Place(RegionCode.of(tile), childNames.getOrDefault(tile, tile)), null,
                        childNames.getOrDefault(tile, tile), figures));
            }
        }
        children.sort(groupTiles ? java.util.Comparator.comparing(Tile::name)
                : java.util.Comparator.comparing((Tile t) -> t.region().code()));
        if (children.size() > GROUP_TILES) {
            children = children.subList(0, GROUP_TILES);
        }
        List<AttentionGroup> attention = namesAllowed ? attentionList(here, reasons, anyReason, rollup) : List.of();
        return new DashboardFigures(place, trail, total, children, attention, attentionCounts,
                trend(scope, here, placeCode, today),
                rollup ? rollupClosures(placeCode, today) : closures(here, today), oldest);
    }

    /**
     * A treasurer's or facilitator's few groups are derived again before reading (books, members, status), so
     * what they just did shows at once — unless a long run holds the lock; region scopes rely on
     * {@link SummaryRefresh} (every few seconds).
     */
    private void catchUpSmallScope(GroupScope scope) {
        List<GroupId> groups = switch (scope) {
            case GroupScope.OwnGroup own -> List.of(own.group());
            case GroupScope.FacilitatedGroups facilitated -> dsl.select(KUBE_GROUP.ID).from(KUBE_GROUP)
                    .where(access.visibleGroups()).limit(SMALL_SCOPE).fetch(r -> new GroupId(r.value1()));
            default -> List.of();
        };
        summaries.refreshGroupsUnlessBusy(groups);
    }

    /** Refuses a place the user may not drill into, whatever the URL says. */
    void requireWithinScope(KubeUser user, @Nullable RegionCode place) {
        GroupScope scope = user.scope();
        boolean allowed = switch (scope) {
            case GroupScope.AllGroups all -> place == null || regionExists(place);
            case GroupScope.NoIndividualGroups none -> place == null || regionExists(place);
            case GroupScope.GroupsInRegion region -> place != null && within(region.region(), place);
            case GroupScope.FacilitatedGroups facilitated -> place == null || dsl.fetchExists(dsl.selectOne()
                    .from(KUBE_GROUP).where(access.visibleGroups()).and(inRegion(KUBE_GROUP.VILLAGE_CODE, place)));
            case GroupScope.OwnGroup own -> place == null || dsl.fetchExists(dsl.selectOne()
                    .from(KUBE_GROUP).where(access.visibleGroups()).and(inRegion(KUBE_GROUP.VILLAGE_CODE, place)));
        };
        if (!allowed) {
            throw new RegionOutsideScopeException(user.username(), place == null ? RegionCode.of("00") : place);
        }
    }

    private static boolean within(RegionCode outer, RegionCode inner) {
        return inner.value().equals(outer.value()) || inner.value().startsWith(outer.value() + ".");
    }

    private boolean regionExists(RegionCode code) {
        return dsl.fetchExists(dsl.selectOne().from(REGION).where(REGION.CODE.eq(code.value())));
    }

    private static Condition inRegion(Field<String> code, @Nullable RegionCode region) {
        if (region == null) {
            return DSL.trueCondition();
        }
        return code.eq(region.value()).or(code.startsWith(region.value() + "."));
    }

    /** The codes from just below national (or from the user's home region) down to the place. */
    private static List<String> trailCodes(@Nullable RegionCode home, @Nullable RegionCode place) {
        List<String> codes = new ArrayList<>();
        if (place == null) {
            return codes;
        }
        String value = place.value();
        for (int length : new int[] {2, 5, 8}) {
            if (value.length() >= length) {
                String code = value.substring(0, length);
                if (home == null || code.length() >= home.value().length()) {
                    codes.add(code);
                }
            }
        }
        return codes;
    }

    /** Region names in the decree in force (the highest sequence that has the code). */
    private Map<String, String> names(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        dsl.selectDistinct(REGION.CODE, REGION.NAME).on(REGION.CODE)
                .from(REGION).join(REGION_DECREE).on(REGION_DECREE.ID.eq(REGION.DECREE_ID))
                .where(REGION.CODE.in(codes))
                .orderBy(REGION.CODE, REGION_DECREE.SEQUENCE.desc())
                .forEach(r -> names.put(r.value1(), r.value2()));
        return names;
    }

    static Map<AttentionReason, Condition> attentionConditions(LocalDate today) {
        Map<AttentionReason, Condition> reasons = new LinkedHashMap<>();
        reasons.put(AttentionReason.PAR30_ABOVE_10_PERCENT, GROUP_SUMMARY.LOANS_OUTSTANDING.gt(0L)
                .and(GROUP_SUMMARY.PAR30_PRINCIPAL.mul(10L).gt(GROUP_SUMMARY.LOANS_OUTSTANDING)));
        reasons.put(AttentionReason.REPAYMENT_BELOW_90_PERCENT, GROUP_SUMMARY.DUE_TO_DATE.gt(0L)
                .and(GROUP_SUMMARY.PAID_ON_DUE.mul(10L).lt(GROUP_SUMMARY.DUE_TO_DATE.mul(9L))));
        reasons.put(AttentionReason.NO_POSTING_FOR_60_DAYS, KUBE_GROUP.STATUS.eq(GroupStatus.ACTIVE.name())
                .and(GROUP_SUMMARY.LAST_POSTED_ON.isNull().or(GROUP_SUMMARY.LAST_POSTED_ON.lt(today.minusDays(60)))));
        reasons.put(AttentionReason.SUSPENDED, KUBE_GROUP.STATUS.eq(GroupStatus.SUSPENDED.name()));
        reasons.put(AttentionReason.HEALTH_GRADE_D, GROUP_SUMMARY.HEALTH_GRADE.eq("D"));
        return reasons;
    }

    static List<SelectField<?>> aggregates(Map<AttentionReason, Condition> reasons, Condition anyReason) {
        List<SelectField<?>> fields = new ArrayList<>();
        fields.add(DSL.count().as("groups"));
        for (GroupStatus status : GroupStatus.values()) {
            fields.add(DSL.count().filterWhere(KUBE_GROUP.STATUS.eq(status.name())).as("status_" + status.name()));
        }
        for (GroupStage stage : GroupStage.values()) {
            fields.add(DSL.count().filterWhere(KUBE_GROUP.STAGE.eq(stage.name())).as("stage_" + stage.name()));
        }
        fields.add(sum(KUBE_GROUP.STIMULUS_AMOUNT).as("stimulus"));
        fields.add(sum(GROUP_SUMMARY.ACTIVE_MEMBERS).as("members"));
        fields.add(sum(GROUP_SUMMARY.CASH).as("cash"));
        fields.add(sum(GROUP_SUMMARY.LOANS_RECEIVABLE).as("receivable"));
        fields.add(sum(GROUP_SUMMARY.LOANS_OUTSTANDING).as("outstanding"));
        fields.add(sum(GROUP_SUMMARY.PAR30_PRINCIPAL).as("par30"));
        fields.add(sum(GROUP_SUMMARY.DUE_TO_DATE).as("due"));
        fields.add(sum(GROUP_SUMMARY.PAID_ON_DUE).as("paid"));
        fields.add(DSL.count().filterWhere(anyReason).as("attention"));
        reasons.forEach((reason, condition) -> fields.add(DSL.count().filterWhere(condition).as(reason.name())));
        fields.add(DSL.min(GROUP_SUMMARY.REFRESHED_AT).as("oldest_summary"));
        return fields;
    }

    private static Field<BigDecimal> sum(Field<? extends Number> field) {
        return DSL.coalesce(DSL.sum(field), BigDecimal.ZERO);
    }

    private static RegionFigures figures(Record r) {
        Map<GroupStatus, Long> byStatus = new EnumMap<>(GroupStatus.class);
        for (GroupStatus status : GroupStatus.values()) {
            long count = r.get("status_" + status.name(), Long.class);
            if (count > 0) {
                byStatus.put(status, count);
            }
        }
        Map<GroupStage, Long> byStage = new EnumMap<>(GroupStage.class);
        for (GroupStage stage : GroupStage.values()) {
            long count = r.get("stage_" + stage.name(), Long.class);
            if (count > 0) {
                byStage.put(stage, count);
            }
        }
        return new RegionFigures(r.get("groups", Long.class), byStatus, byStage, r.get("members", Long.class),
                r.get("stimulus", Long.class), r.get("cash", Long.class), r.get("receivable", Long.class),
                r.get("outstanding", Long.class), r.get("par30", Long.class), r.get("due", Long.class),
                r.get("paid", Long.class), r.get("attention", Long.class));
    }

    /**
     * A region's figures from the per-district rollup ({@code admin.district_summary}), one row per child
     * region, with the same column names as the group-level query.
     */
    private List<Record> rollupRows(@Nullable RegionCode place, int childLength) {
        Field<String> tile = DSL.substring(DISTRICT_SUMMARY.DISTRICT_CODE, DSL.inline(1), DSL.inline(childLength));
        return dsl.select(tile.as("tile"), sum(DISTRICT_SUMMARY.GROUPS).as("groups"),
                        sum(DISTRICT_SUMMARY.STATUS_FORMING).as("status_FORMING"),
                        sum(DISTRICT_SUMMARY.STATUS_ACTIVE).as("status_ACTIVE"),
                        sum(DISTRICT_SUMMARY.STATUS_SUSPENDED).as("status_SUSPENDED"),
                        sum(DISTRICT_SUMMARY.STATUS_GRADUATED).as("status_GRADUATED"),
                        sum(DISTRICT_SUMMARY.STATUS_DISSOLVED).as("status_DISSOLVED"),
                        sum(DISTRICT_SUMMARY.STAGE_TUMBUH).as("stage_TUMBUH"),
                        sum(DISTRICT_SUMMARY.STAGE_BERKEMBANG).as("stage_BERKEMBANG"),
                        sum(DISTRICT_SUMMARY.STAGE_MAJU).as("stage_MAJU"),
                        sum(DISTRICT_SUMMARY.STIMULUS).as("stimulus"), sum(DISTRICT_SUMMARY.MEMBERS).as("members"),
                        sum(DISTRICT_SUMMARY.CASH).as("cash"), sum(DISTRICT_SUMMARY.RECEIVABLE).as("receivable"),
                        sum(DISTRICT_SUMMARY.OUTSTANDING).as("outstanding"), sum(DISTRICT_SUMMARY.PAR30).as("par30"),
                        sum(DISTRICT_SUMMARY.DUE).as("due"), sum(DISTRICT_SUMMARY.PAID).as("paid"),
                        sum(DISTRICT_SUMMARY.ATTENTION).as("attention"),
                        sum(DISTRICT_SUMMARY.REASON_PAR30).as(AttentionReason.PAR30_ABOVE_10_PERCENT.name()),
                        sum(DISTRICT_SUMMARY.REASON_REPAYMENT).as(AttentionReason.REPAYMENT_BELOW_90_PERCENT.name()),
                        sum(DISTRICT_SUMMARY.REASON_NO_POSTING).as(AttentionReason.NO_POSTING_FOR_60_DAYS.name()),
                        sum(DISTRICT_SUMMARY.REASON_SUSPENDED).as(AttentionReason.SUSPENDED.name()),
                        sum(DISTRICT_SUMMARY.REASON_HEALTH_D).as(AttentionReason.HEALTH_GRADE_D.name()),
                        DSL.min(DISTRICT_SUMMARY.OLDEST_SUMMARY).as("oldest_summary"))
                .from(DISTRICT_SUMMARY)
                .where(inRegion(DISTRICT_SUMMARY.DISTRICT_CODE, place))
                .groupBy(tile)
                .fetch().map(r -> (Record) r);
    }

    private List<MonthClosure> rollupClosures(@Nullable RegionCode place, LocalDate today) {
        YearMonth last = YearMonth.from(today);
        YearMonth first = last.minusMonths(CLOSURE_MONTHS - 1L);
        long withBooks = dsl.select(sum(DISTRICT_SUMMARY.GROUPS_WITH_BOOKS)).from(DISTRICT_SUMMARY)
                .where(inRegion(DISTRICT_SUMMARY.DISTRICT_CODE, place)).fetchOne(0, Long.class);
        Map<YearMonth, Long> closed = new HashMap<>();
        dsl.select(DISTRICT_CLOSURE.MONTH, sum(DISTRICT_CLOSURE.CLOSED_GROUPS)).from(DISTRICT_CLOSURE)
                .where(inRegion(DISTRICT_CLOSURE.DISTRICT_CODE, place))
                .and(DISTRICT_CLOSURE.MONTH.between(first.atDay(1), last.atDay(1)))
                .groupBy(DISTRICT_CLOSURE.MONTH)
                .forEach(r -> closed.put(YearMonth.from(r.value1()), r.value2().longValueExact()));
        List<MonthClosure> months = new ArrayList<>();
        for (YearMonth m = last; !m.isBefore(first); m = m.minusMonths(1)) {
            months.add(new MonthClosure(m, closed.getOrDefault(m, 0L), withBooks));
        }
        return months;
    }

    private List<AttentionGroup> attentionList(Condition here, Map<AttentionReason, Condition> reasons,
                                               Condition anyReason, boolean ranked) {
        List<SelectField<?>> select = new ArrayList<>(List.of(KUBE_GROUP.ID, KUBE_GROUP.NAME, REGION.NAME,
                GROUP_SUMMARY.LOANS_OUTSTANDING, GROUP_SUMMARY.PAR30_PRINCIPAL, GROUP_SUMMARY.LAST_POSTED_ON));
        reasons.forEach((reason, condition) -> select.add(DSL.field(condition).as(reason.name())));
        return dsl.select(select).from(KUBE_GROUP)
                .join(REGION).on(REGION.CODE.eq(KUBE_GROUP.VILLAGE_CODE)).and(REGION.DECREE_ID.eq(KUBE_GROUP.REGION_DECREE_ID))
                .leftJoin(GROUP_SUMMARY).on(GROUP_SUMMARY.GROUP_ID.eq(KUBE_GROUP.ID))
                .where(here).and(ranked ? GROUP_SUMMARY.ATTENTION_RANK.isNotNull() : anyReason)
                // ranked: read through the partial index on attention_rank (set when the summary is derived)
                .orderBy(ranked ? List.of(GROUP_SUMMARY.ATTENTION_RANK.desc(), GROUP_SUMMARY.GROUP_ID.asc())
                        : List.of(DSL.coalesce(GROUP_SUMMARY.PAR30_PRINCIPAL, 0L).desc(), KUBE_GROUP.NAME.asc(),
                                KUBE_GROUP.ID.asc()))
                .limit(ATTENTION_LIST)
                .fetch(r -> {
                    Set<AttentionReason> why = EnumSet.noneOf(AttentionReason.class);
                    for (AttentionReason reason : reasons.keySet()) {
                        if (Boolean.TRUE.equals(r.get(reason.name(), Boolean.class))) {
                            why.add(reason);
                        }
                    }
                    Long outstanding = r.get(GROUP_SUMMARY.LOANS_OUTSTANDING);
                    Long par30 = r.get(GROUP_SUMMARY.PAR30_PRINCIPAL);
                    return new AttentionGroup(new GroupId(r.get(KUBE_GROUP.ID)), r.get(KUBE_GROUP.NAME),
                            r.get(REGION.NAME), why, outstanding == null ? 0 : outstanding, par30 == null ? 0 : par30,
                            r.get(GROUP_SUMMARY.LAST_POSTED_ON));
                });
    }

    /**
     * Monthly movements of the last twelve months. Region scopes read the per-district rows (a few thousand at
     * national level); facilitators and treasurers, whose groups are not whole regions, their groups' rows.
     */
    private List<MonthTrend> trend(GroupScope scope, Condition here, @Nullable RegionCode place, LocalDate today) {
        YearMonth last = YearMonth.from(today);
        YearMonth first = last.minusMonths(TREND_MONTHS - 1L);
        Map<YearMonth, MonthTrend> byMonth = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            byMonth.put(m, new MonthTrend(m, 0, 0, 0, 0, 0));
        }
        boolean wholeRegions = scope instanceof GroupScope.AllGroups || scope instanceof GroupScope.NoIndividualGroups
                || scope instanceof GroupScope.GroupsInRegion;
        List<Record> rows;
        if (wholeRegions) {
            rows = dsl.select(DISTRICT_MONTH.MONTH.as("month"), sum(DISTRICT_MONTH.CONTRIBUTIONS).as("contributions"),
                            sum(DISTRICT_MONTH.SALES).as("sales"), sum(DISTRICT_MONTH.LOANS_DISBURSED).as("disbursed"),
                            sum(DISTRICT_MONTH.LOANS_REPAID).as("repaid"), sum(DISTRICT_MONTH.CASH_MOVEMENT).as("cash"))
                    .from(DISTRICT_MONTH)
                    .where(inRegion(DISTRICT_MONTH.DISTRICT_CODE, place))
                    .and(DISTRICT_MONTH.MONTH.between(first.atDay(1), last.atDay(1)))
                    .groupBy(DISTRICT_MONTH.MONTH)
                    .fetch().map(r -> (Record) r);
        } else {
            rows = dsl.select(GROUP_MONTH.MONTH.as("month"), sum(GROUP_MONTH.CONTRIBUTIONS).as("contributions"),
                            sum(GROUP_MONTH.SALES).as("sales"), sum(GROUP_MONTH.LOANS_DISBURSED).as("disbursed"),
                            sum(GROUP_MONTH.LOANS_REPAID).as("repaid"), sum(GROUP_MONTH.CASH_MOVEMENT).as("cash"))
                    .from(GROUP_MONTH).join(KUBE_GROUP).on(KUBE_GROUP.ID.eq(GROUP_MONTH.GROUP_ID))
                    .where(here)
                    .and(GROUP_MONTH.MONTH.between(first.atDay(1), last.atDay(1)))
                    .groupBy(GROUP_MONTH.MONTH)
                    .fetch().map(r -> (Record) r);
        }
        for (Record r : rows) {
            YearMonth month = YearMonth.from(r.get("month", LocalDate.class));
            byMonth.put(month, new MonthTrend(month, r.get("contributions", Long.class), r.get("sales", Long.class),
                    r.get("disbursed", Long.class), r.get("repaid", Long.class), r.get("cash", Long.class)));
        }
        return List.copyOf(byMonth.values());
    }

    /** For each of the last six months, how many of the place's groups have it closed in the ledger. */
    private List<MonthClosure> closures(Condition here, LocalDate today) {
        YearMonth last = YearMonth.from(today);
        YearMonth first = last.minusMonths(CLOSURE_MONTHS - 1L);
        long withBooks = dsl.selectCount().from(BOOK).join(KUBE_GROUP).on(KUBE_GROUP.ID.eq(BOOK.GROUP_ID))
                .where(here).fetchOne(0, Long.class);
        Map<YearMonth, Long> closed = new HashMap<>();
        dsl.select(PERIOD.MONTH, DSL.count()).from(PERIOD).join(KUBE_GROUP).on(KUBE_GROUP.ID.eq(PERIOD.GROUP_ID))
                .where(here).and(PERIOD.CLOSED.isTrue())
                .and(PERIOD.MONTH.between(first.atDay(1), last.atDay(1)))
                .groupBy(PERIOD.MONTH)
                .forEach(r -> closed.put(YearMonth.from(r.value1()), (long) r.value2()));
        List<MonthClosure> months = new ArrayList<>();
        for (YearMonth m = last; !m.isBefore(first); m = m.minusMonths(1)) {
            months.add(new MonthClosure(m, closed.getOrDefault(m, 0L), withBooks));
        }
        return months;
    }
}
