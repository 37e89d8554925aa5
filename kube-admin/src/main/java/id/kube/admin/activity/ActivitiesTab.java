package id.kube.admin.activity;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import id.kube.admin.base.ui.Badges;
import id.kube.core.activity.BusinessActivity;
import id.kube.core.group.GroupId;

/** The business activities tab of a group page: what the group runs, since when, and what stopped. */
public class ActivitiesTab extends Div {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    public ActivitiesTab(ActivitiesReader reader, GroupId group) {
        setId("activities");
        setWidthFull();
        List<BusinessActivity> activities = reader.activities(group);
        if (activities.isEmpty()) {
            add(new Paragraph(getTranslation("activity.none")));
            return;
        }
        Grid<BusinessActivity> grid = new Grid<>();
        grid.addColumn(BusinessActivity::name).setHeader(getTranslation("activity.name")).setAutoWidth(true);
        grid.addColumn(a -> a.type().label()).setHeader(getTranslation("activity.type")).setAutoWidth(true);
        grid.addComponentColumn(a -> {
            Span badge = new Span(getTranslation("activity.status." + a.status().name()));
            Badges.mark(badge, switch (a.status()) {
                case RUNNING -> "badge success";
                case PAUSED -> "badge";
                case STOPPED -> "badge contrast";
            });
            return badge;
        }).setHeader(getTranslation("activity.status")).setAutoWidth(true);
        grid.addColumn(a -> DATE.withLocale(getLocale()).format(a.startedOn()))
                .setHeader(getTranslation("activity.startedOn")).setAutoWidth(true);
        grid.addColumn(a -> a.endedOn() == null ? "" : DATE.withLocale(getLocale()).format(a.endedOn()))
                .setHeader(getTranslation("activity.endedOn")).setAutoWidth(true);
        grid.addColumn(a -> a.notes() == null ? "" : a.notes()).setHeader(getTranslation("activity.notes"))
                .setFlexGrow(1);
        grid.setItems(activities);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setId("activities-grid");
        add(grid);
    }
}
