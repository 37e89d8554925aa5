package id.kube.admin.dashboard;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import id.kube.admin.base.ui.EChart;
import id.kube.admin.base.ui.Json;
import id.kube.admin.security.CurrentUser;
import id.kube.admin.security.GroupScope;
import id.kube.admin.security.KubeUser;
import id.kube.core.group.GroupStage;
import id.kube.core.group.GroupStatus;
import id.kube.core.money.Rupiah;
import jakarta.annotation.security.PermitAll;

/** The health of the groups the signed-in user may see (researchers: national aggregates). */
@Menu(title = "nav.dashboard", icon = "vaadin:dashboard", order = 10)
@Route("dashboard")
@RouteAlias("")
@PermitAll
public class DashboardView extends Div implements HasDynamicTitle {

    public DashboardView(CurrentUser currentUser, DashboardQuery query) {
        KubeUser user = currentUser.require();
        GroupHealth health = query.health();
        addClassName("kube-page");
        setId("dashboard");
        H2 greeting = new H2(getTranslation("dashboard.greeting", user.displayName()));
        Paragraph scope = new Paragraph(scopeText(user.scope()));
        scope.setId("dashboard-scope");

        Div cards = new Div(
                card("dashboard-groups", getTranslation("dashboard.groups"), String.format(getLocale(), "%,d",
                        health.groups())),
                card("dashboard-active", getTranslation("status.ACTIVE"), String.format(getLocale(), "%,d",
                        health.count(GroupStatus.ACTIVE))),
                card("dashboard-members", getTranslation("dashboard.members"), String.format(getLocale(), "%,d",
                        health.activeMembers())),
                card("dashboard-capital", getTranslation("dashboard.capital"),
                        Rupiah.format(health.stimulusCapital())),
                card("dashboard-cash", getTranslation("dashboard.cash"), Rupiah.format(health.cashInHand())));
        cards.addClassName("kube-cards");

        EChart byStage = new EChart();
        byStage.setId("chart-stage");
        List<GroupStage> stages = Arrays.asList(GroupStage.values());
        byStage.setOptions(Json.obj()
                .put("tooltip", Json.obj().put("trigger", "item"))
                .put("color", Json.arr("#f59e0b", "#0ea5e9", "#10b981"))
                .put("series", Json.arr(Json.obj().put("type", "pie").put("radius", Json.arr("45%", "70%"))
                        .put("data", Json.arr(stages.stream().filter(stage -> health.count(stage) > 0)
                                .map(stage -> (Object) Json.obj()
                                .put("name", getTranslation("stage." + stage.name()))
                                .put("value", health.count(stage))).toList())))));

        EChart byStatus = new EChart();
        byStatus.setId("chart-status");
        List<GroupStatus> statuses = Arrays.asList(GroupStatus.values());
        byStatus.setOptions(Json.obj()
                .put("tooltip", Json.obj().put("trigger", "axis"))
                .put("grid", Json.obj().put("left", 8).put("right", 8).put("bottom", 8).put("top", 16)
                        .put("containLabel", true))
                .put("xAxis", Json.obj().put("type", "category").put("data", statuses.stream()
                        .map(status -> getTranslation("status." + status.name())).toList()))
                .put("yAxis", Json.obj().put("type", "value").put("minInterval", 1))
                .put("series", Json.arr(Json.obj().put("type", "bar").put("itemStyle", Json.obj()
                                .put("color", "#0f766e").put("borderRadius", 6))
                        .put("data", statuses.stream().map(status -> (Object) health.count(status)).toList()))));

        Div charts = new Div(panel(getTranslation("dashboard.byStage"), byStage),
                panel(getTranslation("dashboard.byStatus"), byStatus));
        charts.addClassName("kube-charts");
        add(greeting, scope, cards, charts);
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
        return getTranslation("nav.dashboard");
    }
}
