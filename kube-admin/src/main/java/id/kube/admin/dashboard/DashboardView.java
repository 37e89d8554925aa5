package id.kube.admin.dashboard;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import id.kube.admin.base.ui.EChart;
import id.kube.admin.base.ui.Json;
import id.kube.admin.dashboard.DashboardFigures.AttentionGroup;
import id.kube.admin.dashboard.DashboardFigures.MonthClosure;
import id.kube.admin.dashboard.DashboardFigures.MonthTrend;
import id.kube.admin.dashboard.DashboardFigures.Tile;
import id.kube.admin.dashboard.DrillDown.Place;
import id.kube.admin.group.GroupView;
import id.kube.admin.security.CurrentUser;
import id.kube.admin.security.GroupScope;
import id.kube.admin.security.KubeUser;
import id.kube.core.group.GroupStage;
import id.kube.core.group.GroupStatus;
import id.kube.core.money.Rupiah;
import id.kube.core.region.RegionCode;
import jakarta.annotation.security.PermitAll;

/**
 * The health of the groups the signed-in user may see, at one place of the drill-down national → province →
 * regency/city → district → group. The place is in the URL ({@code dashboard?wilayah=51.04}); the server
 * refuses a place outside the user's scope.
 */
@Menu(title = "nav.dashboard", icon = "vaadin:dashboard", order = 10)
@Route("dashboard")
@RouteAlias("")
@PermitAll
public class DashboardView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final transient DashboardQuery query;
    private final transient KubeUser user;
    private String title;

    public DashboardView(CurrentUser currentUser, DashboardQuery query) {
        this.query = query;
        this.user = currentUser.require();
        this.title = getTranslation("nav.dashboard");
        addClassName("kube-page");
        setId("dashboard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<String> parameter = event.getLocation().getQueryParameters().getSingleParameter(DrillDown.PARAMETER);
        Optional<RegionCode> place = DrillDown.parse(parameter.orElse(null));
        if (parameter.isPresent() && !parameter.get().isBlank() && place.isEmpty()) {
            refused();
            return;
        }
        DashboardFigures figures;
        try {
            figures = query.figures(place.orElse(null));
        } catch (RegionOutsideScopeException e) {
            refused();
            return;
        }
        show(figures);
    }

    private void refused() {
        title = getTranslation("nav.dashboard");
        Paragraph message = new Paragraph(getTranslation("dashboard.refused"));
        message.setId("dashboard-refused");
        message.addClassName("kube-error");
        RouterLink home = new RouterLink(getTranslation("dashboard.backHome"), DashboardView.class);
        home.setId("dashboard-home");
        add(new H2(getTranslation("nav.dashboard")), message, home);
    }

    private void show(DashboardFigures figures) {
        RegionFigures total = figures.total();
        String placeName = !figures.place().national() ? figures.place().name() : switch (user.scope()) {
            case GroupScope.OwnGroup own -> getTranslation("dashboard.ownGroup");
            case GroupScope.FacilitatedGroups facilitated -> getTranslation("dashboard.facilitatedGroups");
            default -> figures.place().name();
        };
        title = getTranslation("nav.dashboard") + " · " + placeName;
        H2 heading = new H2(placeName);
        heading.setId("dashboard-place");
        Span scope = new Span(scopeText(user.scope()));
        scope.setId("dashboard-scope");
        Paragraph greeting = new Paragraph(new Span(getTranslation("dashboard.greeting", user.displayName()) + ". "),
                scope);
        greeting.addClassName("kube-muted");
        add(breadcrumb(figures), heading, greeting);

        Div cards = new Div(
                card("dashboard-groups", getTranslation("dashboard.groups"), number(total.groups())),
                card("dashboard-active", getTranslation("status.ACTIVE"), number(total.count(GroupStatus.ACTIVE))),
                card("dashboard-members", getTranslation("dashboard.members"), number(total.activeMembers())),
                card("dashboard-capital", getTranslation("dashboard.capital"), Rupiah.format(total.stimulusCapital())),
                card("dashboard-cash", getTranslation("dashboard.cash"), Rupiah.format(total.cash())),
                card("dashboard-loans", getTranslation("dashboard.loans"), Rupiah.format(total.loansReceivable())),
                card("dashboard-par30", getTranslation("dashboard.par30"), percent(total.par30())),
                card("dashboard-repayment", getTranslation("dashboard.repayment"), percent(total.repaymentRate())),
                card("dashboard-attention", getTranslation("dashboard.attention"), number(total.needingAttention())));
        cards.addClassName("kube-cards");
        add(cards);

        Div charts = new Div(panel(getTranslation("dashboard.byStage"), stageChart(total)),
                panel(getTranslation("dashboard.byStatus"), statusChart(total)),
                panel(getTranslation("dashboard.trendSavings"), savingsTrend(figures.trend())),
                panel(getTranslation("dashboard.trendLoans"), loanTrend(figures.trend())));
        charts.addClassName("kube-charts");
        add(charts);

        add(children(figures), attention(figures), months(figures.months()));
        if (figures.summarisedAt() != null) {
            Paragraph freshness = new Paragraph(getTranslation("dashboard.summarisedAt",
                    figures.summarisedAt().atZoneSameInstant(java.time.ZoneId.of("Asia/Jakarta"))
                            .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()))));
            freshness.addClassName("kube-muted");
            freshness.setId("dashboard-freshness");
            add(freshness);
        }
    }

    private Component breadcrumb(DashboardFigures figures) {
        Div crumbs = new Div();
        crumbs.addClassName("kube-breadcrumb");
        crumbs.setId("dashboard-breadcrumb");
        List<Place> trail = figures.trail();
        if (trail.size() < 2) {
            crumbs.setVisible(false);
        }
        for (int i = 0; i < trail.size(); i++) {
            Place place = trail.get(i);
            if (i > 0) {
                crumbs.add(new Span("›"));
            }
            if (i == trail.size() - 1) {
                Span here = new Span(place.name());
                here.addClassName("kube-breadcrumb-here");
                crumbs.add(here);
            } else {
                crumbs.add(placeLink(place, place.name()));
            }
        }
        return crumbs;
    }

    private static RouterLink placeLink(Place place, String text) {
        RouterLink link = new RouterLink(text, DashboardView.class);
        if (place.code() != null) {
            link.setQueryParameters(QueryParameters.of(DrillDown.PARAMETER, place.code().value()));
        }
        return link;
    }

    private Component children(DashboardFigures figures) {
        Div section = new Div();
        section.addClassName("kube-section");
        section.setId("dashboard-children");
        boolean groups = figures.place().childPrefixLength() == 0;
        section.add(new H3(getTranslation(groups ? "dashboard.groupsHere" : "dashboard.regionsHere")));
        if (figures.children().isEmpty()) {
            section.add(new Paragraph(getTranslation(groups && user.scope() instanceof GroupScope.NoIndividualGroups
                    ? "dashboard.noGroupNames" : "dashboard.none")));
            return section;
        }
        Div tiles = new Div();
        tiles.addClassName("kube-tiles");
        for (Tile tile : figures.children()) {
            RegionFigures f = tile.figures();
            Div body = new Div(strong(tile.name()),
                    line(tile.group() != null
                            ? getTranslation("dashboard.tile.members", number(f.activeMembers()))
                            : getTranslation("dashboard.tile.groups", number(f.groups()),
                                    number(f.count(GroupStatus.ACTIVE)))),
                    line(getTranslation("dashboard.cash") + ": " + Rupiah.format(f.cash())),
                    line(getTranslation("dashboard.loans") + ": " + Rupiah.format(f.loansReceivable())),
                    line(getTranslation("dashboard.par30") + ": " + percent(f.par30())
                            + " · " + getTranslation("dashboard.repayment") + ": " + percent(f.repaymentRate())));
            if (f.needingAttention() > 0) {
                Span flag = new Span(getTranslation("dashboard.tile.attention", number(f.needingAttention())));
                flag.addClassName("kube-flag");
                body.add(flag);
            }
            RouterLink link;
            if (tile.group() != null) {
                link = new RouterLink(GroupView.class, new RouteParameters("groupId", tile.group().value().toString()));
            } else {
                link = placeLink(tile.region(), "");
            }
            link.add(body);
            link.addClassName("kube-tile");
            link.getElement().setAttribute("data-place", tile.region() != null && tile.region().code() != null
                    ? tile.region().code().value() : "group");
            tiles.add(link);
        }
        section.add(tiles);
        return section;
    }

    private Component attention(DashboardFigures figures) {
        Div section = new Div();
        section.addClassName("kube-section");
        section.setId("dashboard-attention-list");
        section.add(new H3(getTranslation("dashboard.attentionTitle")));
        Div counts = new Div();
        counts.addClassName("kube-chips");
        for (AttentionReason reason : AttentionReason.values()) {
            long count = figures.attentionCounts().getOrDefault(reason, 0L);
            if (count > 0) {
                Span chip = new Span(getTranslation("dashboard.reason." + reason.name()) + ": " + number(count));
                chip.addClassName("kube-chip");
                counts.add(chip);
            }
        }
        if (counts.getChildren().findAny().isEmpty()) {
            section.add(new Paragraph(getTranslation("dashboard.attentionNone")));
            return section;
        }
        section.add(counts);
        for (AttentionGroup group : figures.attention()) {
            RouterLink name = new RouterLink(group.name(), GroupView.class,
                    new RouteParameters("groupId", group.group().value().toString()));
            String why = group.reasons().stream().sorted()
                    .map(reason -> getTranslation("dashboard.reason." + reason.name()))
                    .collect(Collectors.joining(", "));
            Div row = new Div(name, line(group.village() + " · " + why));
            row.addClassName("kube-attention-row");
            section.add(row);
        }
        return section;
    }

    private Component months(List<MonthClosure> months) {
        Div section = new Div();
        section.addClassName("kube-section");
        section.setId("dashboard-months");
        section.add(new H3(getTranslation("dashboard.monthsTitle")));
        Div list = new Div();
        list.addClassName("kube-months");
        for (MonthClosure month : months) {
            Span label = new Span(monthName(month.month()));
            Span value = new Span(getTranslation("dashboard.monthClosed", number(month.closedGroups()),
                    number(month.groupsWithBooks())));
            Div row = new Div(label, value);
            row.addClassName(month.groupsWithBooks() > 0 && month.closedGroups() == month.groupsWithBooks()
                    ? "kube-month-done" : "kube-month-open");
            list.add(row);
        }
        section.add(list, new Paragraph(getTranslation("dashboard.monthsNote")));
        return section;
    }

    private EChart stageChart(RegionFigures total) {
        EChart chart = new EChart();
        chart.setId("chart-stage");
        List<GroupStage> stages = Arrays.asList(GroupStage.values());
        chart.setOptions(Json.obj()
                .put("tooltip", Json.obj().put("trigger", "item"))
                .put("legend", Json.obj().put("bottom", 0))
                .put("color", Json.arr("#f59e0b", "#0ea5e9", "#10b981"))
                .put("series", Json.arr(Json.obj().put("type", "pie").put("radius", Json.arr("40%", "65%"))
                        .put("data", Json.arr(stages.stream().filter(stage -> total.count(stage) > 0)
                                .map(stage -> (Object) Json.obj()
                                        .put("name", getTranslation("stage." + stage.name()))
                                        .put("value", total.count(stage))).toList())))));
        return chart;
    }

    private EChart statusChart(RegionFigures total) {
        EChart chart = new EChart();
        chart.setId("chart-status");
        List<GroupStatus> statuses = Arrays.asList(GroupStatus.values());
        chart.setOptions(Json.obj()
                .put("tooltip", Json.obj().put("trigger", "axis"))
                .put("grid", grid())
                .put("xAxis", Json.obj().put("type", "category")
                        .put("axisLabel", Json.obj().put("interval", 0).put("fontSize", 10).put("rotate", 30))
                        .put("data", statuses.stream()
                        .map(status -> getTranslation("status." + status.name())).toList()))
                .put("yAxis", Json.obj().put("type", "value").put("minInterval", 1))
                .put("series", Json.arr(Json.obj().put("type", "bar").put("itemStyle", Json.obj()
                                .put("color", "#0f766e").put("borderRadius", 6))
                        .put("data", statuses.stream().map(status -> (Object) total.count(status)).toList()))));
        return chart;
    }

    private EChart savingsTrend(List<MonthTrend> trend) {
        EChart chart = new EChart();
        chart.setId("chart-trend-savings");
        chart.setOptions(trendOptions(trend, "#0f766e", "#f59e0b",
                series("bar", getTranslation("dashboard.series.contributions"),
                        trend.stream().map(m -> (Object) m.contributions()).toList()),
                series("bar", getTranslation("dashboard.series.sales"),
                        trend.stream().map(m -> (Object) m.sales()).toList())));
        return chart;
    }

    private EChart loanTrend(List<MonthTrend> trend) {
        EChart chart = new EChart();
        chart.setId("chart-trend-loans");
        chart.setOptions(trendOptions(trend, "#0ea5e9", "#10b981",
                series("line", getTranslation("dashboard.series.disbursed"),
                        trend.stream().map(m -> (Object) m.loansDisbursed()).toList()),
                series("line", getTranslation("dashboard.series.repaid"),
                        trend.stream().map(m -> (Object) m.loansRepaid()).toList())));
        return chart;
    }

    private Json trendOptions(List<MonthTrend> trend, String first, String second, Json... series) {
        return Json.obj()
                .put("tooltip", Json.obj().put("trigger", "axis"))
                .put("legend", Json.obj().put("bottom", 0))
                .put("color", Json.arr(first, second))
                .put("grid", grid().put("bottom", 32))
                .put("xAxis", Json.obj().put("type", "category")
                        .put("data", trend.stream().map(m -> shortMonth(m.month())).toList()))
                .put("yAxis", Json.obj().put("type", "value"))
                .put("series", Json.arr((Object[]) series));
    }

    private static Json series(String type, String name, List<Object> data) {
        return Json.obj().put("type", type).put("name", name).put("data", data)
                .put("smooth", "line".equals(type));
    }

    private static Json.Obj grid() {
        return Json.obj().put("left", 8).put("right", 8).put("bottom", 8).put("top", 16).put("containLabel", true);
    }

    private String shortMonth(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.SHORT, getLocale()) + " " + (month.getYear() % 100);
    }

    private String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, getLocale()) + " " + month.getYear();
    }

    private String number(long value) {
        return NumberFormat.getIntegerInstance(getLocale()).format(value);
    }

    private String percent(@Nullable BigDecimal ratio) {
        if (ratio == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getPercentInstance(getLocale());
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        return format.format(ratio);
    }

    private String scopeText(GroupScope scope) {
        return switch (scope) {
            case GroupScope.AllGroups all -> getTranslation("scope.all");
            case GroupScope.GroupsInRegion region -> getTranslation("scope.region", region.region().value());
            case GroupScope.FacilitatedGroups facilitated -> getTranslation("scope.facilitated");
            case GroupScope.OwnGroup own -> getTranslation("scope.own");
            case GroupScope.NoIndividualGroups none -> getTranslation("scope.aggregates");
        };
    }

    private static Span strong(String text) {
        Span span = new Span(text);
        span.addClassName("kube-tile-title");
        return span;
    }

    private static Span line(String text) {
        Span span = new Span(text);
        span.addClassName("kube-tile-line");
        return span;
    }

    private static Div panel(String title, EChart chart) {
        Div panel = new Div(new H3(title), chart);
        panel.addClassName("kube-panel");
        return panel;
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

    @Override
    public String getPageTitle() {
        return title;
    }
}
