package id.kube.admin.dashboard;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import id.kube.admin.security.CurrentUser;
import id.kube.admin.security.GroupScope;
import id.kube.admin.security.KubeUser;
import jakarta.annotation.security.PermitAll;

/** The health of the groups the signed-in user may see. */
@Route("dashboard")
@RouteAlias("")
@PermitAll
public class DashboardView extends Div implements HasDynamicTitle {

    public DashboardView(CurrentUser currentUser) {
        KubeUser user = currentUser.require();
        addClassName("kube-page");
        setId("dashboard");
        H2 greeting = new H2(getTranslation("dashboard.greeting", user.displayName()));
        Paragraph scope = new Paragraph(scopeText(user.scope()));
        scope.setId("dashboard-scope");

        Div cards = new Div(card(getTranslation("dashboard.role"), getTranslation("role." + user.role().name())));
        cards.addClassName("kube-cards");
        add(greeting, scope, cards);
    }

    private String scopeText(GroupScope scope) {
        return switch (scope) {
            case GroupScope.AllGroups all -> getTranslation("scope.all");
            case GroupScope.GroupsInRegion region -> getTranslation("scope.region", region.regionCode());
            case GroupScope.AssignedGroups assigned -> getTranslation("scope.assigned", assigned.groups().size());
            case GroupScope.NoIndividualGroups none -> getTranslation("scope.aggregates");
        };
    }

    private static Div card(String label, String value) {
        Span labelText = new Span(label);
        labelText.addClassName("kube-card-label");
        Span valueText = new Span(value);
        valueText.addClassName("kube-card-value");
        Div card = new Div(labelText, valueText);
        card.addClassName("kube-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }
}
