package id.kube.admin.health;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import id.kube.admin.base.ui.Badges;
import id.kube.admin.base.ui.EChart;
import id.kube.admin.base.ui.Json;
import id.kube.admin.i18n.KubeI18n;
import id.kube.core.group.GroupId;
import id.kube.core.group.StageChange;
import id.kube.core.health.Contribution;
import id.kube.core.health.GroupHealthStatus;
import id.kube.core.health.HealthReason;
import id.kube.core.indicator.GroupPeriodSnapshot;
import id.kube.core.indicator.IndicatorDefinition;
import id.kube.core.indicator.IndicatorValue;
import id.kube.core.indicator.Indicators;
import id.kube.core.money.Rupiah;

/**
 * The indicators &amp; health tab of a group page: the latest health score (0–100) and grade with the configuration
 * version, why the group is flagged, every indicator's contribution (points earned of the points possible, the
 * thresholds), the stage with each checklist gate passed or failed and why, the score trend, the stage history
 * and the indicator values of the latest months. Missing data reads "tidak ada data", never 0.
 */
public class HealthTab extends Div {

    /** Months of indicator values shown side by side. */
    static final int MONTHS_SHOWN = 3;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final boolean english;

    public HealthTab(HealthReader reader, GroupId group) {
        setId("health");
        setWidthFull();
        english = KubeI18n.supported(getLocale()).getLanguage().equals("en");
        Optional<HealthReader.Assessment> latest = reader.latest(group);
        if (latest.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("health.none"));
            none.setId("health-none");
            add(none);
        } else {
            summary(latest.get().status());
            contributions(latest.get());
            gates(latest.get());
        }
        trend(reader.trend(group));
        history(reader.stageHistory(group));
        values(reader.latestSnapshots(group, MONTHS_SHOWN));
    }

    private void summary(GroupHealthStatus s) {
        Div cards = new Div(
                card("health-score", getTranslation("health.score"), s.score() == null
                        ? getTranslation("health.noScore") : number(s.score(), 1)),
                card("health-grade", getTranslation("health.grade"), s.grade() == null ? "–" : s.grade().name()),
                card("health-stage", getTranslation("health.stage"), getTranslation("stage." + s.stage().name())),
                card("health-period", getTranslation("health.period"), s.period().label()),
                card("health-config", getTranslation("health.config"), s.configVersion()),
                card("health-coverage", getTranslation("health.coverage"),
                        getTranslation("health.coverage.value", number(s.coveredPoints(), 0))));
        cards.addClassName("kube-cards");
        add(cards);
        List<HealthReason> flags = s.flags();
        H3 title = new H3(getTranslation(flags.isEmpty() ? "health.flags.none" : "health.flags"));
        add(title);
        if (!flags.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("health-flags");
            flags.forEach(f -> list.add(new ListItem(f.text(getLocale()))));
            add(list);
        }
    }

    private void contributions(HealthReader.Assessment a) {
        add(new H3(getTranslation("health.contributions", a.status().configVersion())));
        if (a.contributions().isEmpty()) {
            add(new Paragraph(getTranslation("health.contributions.none")));
            return;
        }
        Grid<Contribution> grid = new Grid<>();
        grid.addColumn(c -> english ? c.item().dimension().nameEn() : c.item().dimension().nameId())
                .setHeader(getTranslation("health.dimension")).setAutoWidth(true);
        grid.addColumn(c -> name(c.item().indicator())).setHeader(getTranslation("health.indicator"))
                .setAutoWidth(true);
        grid.addColumn(c -> value(c.item().indicator(), c.value())).setHeader(getTranslation("health.value"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.points() == null ? getTranslation("health.notScored")
                        : getTranslation("health.points.value", number(c.points(), 2),
                        number(c.item().maxPoints(), 0)))
                .setHeader(getTranslation("health.points")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.item().scale().higherIsBetter() ? "health.scale.up" : "health.scale.down",
                        threshold(c.item().indicator(), c.item().scale().zeroAt()),
                        threshold(c.item().indicator(), c.item().scale().fullAt())))
                .setHeader(getTranslation("health.thresholds")).setAutoWidth(true);
        grid.setItems(a.contributions());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setId("health-contributions");
        add(grid);
    }

    private void gates(HealthReader.Assessment a) {
        add(new H3(getTranslation("health.gates", getTranslation("stage." + a.status().stage().name()))));
        Grid<HealthReader.Gate> grid = new Grid<>();
        grid.addColumn(g -> getTranslation("stage." + g.target().name())).setHeader(getTranslation("health.target"))
                .setAutoWidth(true);
        grid.addColumn(g -> english ? g.condition().nameEn() : g.condition().nameId())
                .setHeader(getTranslation("health.condition")).setAutoWidth(true);
        grid.addColumn(HealthReader.Gate::required).setHeader(getTranslation("health.required")).setAutoWidth(true);
        grid.addComponentColumn(g -> {
            Span badge = new Span(getTranslation(g.passed() ? "health.passed" : "health.failed"));
            Badges.mark(badge, g.passed() ? "badge success" : "badge error");
            return badge;
        }).setHeader(getTranslation("health.gate")).setAutoWidth(true);
        grid.addColumn(g -> g.reason() == null ? "" : g.reason().text(getLocale()))
                .setHeader(getTranslation("health.reason")).setFlexGrow(1);
        grid.setItems(a.gates());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setId("health-gates");
        add(grid);
    }

    private void trend(List<HealthReader.TrendPoint> points) {
        add(new H3(getTranslation("health.trend")));
        if (points.isEmpty()) {
            add(new Paragraph(getTranslation("health.trend.none")));
            return;
        }
        EChart chart = new EChart();
        chart.setId("chart-health");
        chart.setHeight("16rem");
        chart.setOptions(Json.obj()
                .put("tooltip", Json.obj().put("trigger", "axis"))
                .put("grid", Json.obj().put("left", 40).put("right", 16).put("top", 24).put("bottom", 32))
                .put("color", Json.arr("#0ea5e9"))
                .put("xAxis", Json.obj().put("type", "category")
                        .put("data", points.stream().map(p -> (Object) p.period().label()).toList()))
                .put("yAxis", Json.obj().put("type", "value").put("min", 0).put("max", 100))
                .put("series", Json.arr(Json.obj().put("type", "line").put("name", getTranslation("health.score"))
                        .put("connectNulls", false).put("symbol", "circle").put("symbolSize", 9)
                        .put("label", Json.obj().put("show", true).put("position", "top"))
                        .put("markLine", Json.obj().put("silent", true).put("symbol", "none")
                                .put("data", Json.arr(Json.obj().put("yAxis", 60), Json.obj().put("yAxis", 85))))
                        .put("data", points.stream().map(p -> (Object) p.score()).toList()))));
        add(chart);
    }

    private void history(List<StageChange> changes) {
        add(new H3(getTranslation("health.history")));
        if (changes.isEmpty()) {
            add(new Paragraph(getTranslation("health.history.none")));
            return;
        }
        Grid<StageChange> grid = new Grid<>();
        grid.addColumn(c -> DATE.withLocale(getLocale()).format(c.effectiveOn()))
                .setHeader(getTranslation("health.history.date")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("stage." + c.stage().name())).setHeader(getTranslation("health.stage"))
                .setAutoWidth(true);
        grid.addColumn(StageChange::reason).setHeader(getTranslation("health.reason")).setFlexGrow(1);
        grid.addColumn(c -> c.recordedBy() + ", " + DATE.withLocale(getLocale())
                        .format(c.recordedAt().atZone(ZoneId.of("Asia/Jakarta"))))
                .setHeader(getTranslation("health.history.by")).setAutoWidth(true);
        grid.setItems(changes.reversed());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setId("health-history");
        add(grid);
    }

    private void values(List<GroupPeriodSnapshot> snapshots) {
        add(new H3(getTranslation("health.values")));
        if (snapshots.isEmpty()) {
            add(new Paragraph(getTranslation("health.values.none")));
            return;
        }
        Grid<IndicatorDefinition> grid = new Grid<>();
        grid.addColumn(this::name).setHeader(getTranslation("health.indicator")).setAutoWidth(true)
                .setFrozen(true);
        for (GroupPeriodSnapshot s : snapshots) {
            grid.addColumn(d -> value(d, s.value(d))).setHeader(s.period().label()).setAutoWidth(true);
        }
        grid.addColumn(d -> english ? d.unit().labelEn() : d.unit().labelId())
                .setHeader(getTranslation("health.unit")).setAutoWidth(true);
        grid.setItems(Indicators.all());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setId("health-values");
        add(grid);
    }

    private String name(IndicatorDefinition d) {
        return english ? d.nameEn() : d.nameId();
    }

    /** A value as people read it; a missing one as "tidak ada data (reason)". */
    String value(IndicatorDefinition d, IndicatorValue v) {
        return switch (v) {
            case IndicatorValue.Missing m -> getTranslation("health.missing",
                    english ? m.reason().labelEn() : m.reason().labelId());
            case IndicatorValue.Measured m -> threshold(d, m.value());
        };
    }

    private String threshold(IndicatorDefinition d, BigDecimal x) {
        return switch (d.unit()) {
            case RATIO -> number(x.movePointRight(2), 1) + "%";
            case MULTIPLE -> number(x, 2) + "×";
            case RUPIAH -> Rupiah.format(x.setScale(0, RoundingMode.HALF_EVEN).longValueExact());
            case MONTHS -> number(x, 1);
            case COUNT -> number(x, 0);
        };
    }

    private String number(BigDecimal x, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(english ? Locale.ENGLISH : Rupiah.INDONESIA);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(decimals);
        return f.format(x.setScale(decimals, RoundingMode.HALF_EVEN));
    }

    private static Div card(String id, String label, String value) {
        Span labelText = new Span(label);
        labelText.addClassName("kube-card-label");
        Span valueText = new Span(value);
        valueText.addClassName("kube-card-value");
        valueText.setId(id);
        Div card = new Div(labelText, valueText);
        card.addClassName("kube-card");
        return card;
    }
}
