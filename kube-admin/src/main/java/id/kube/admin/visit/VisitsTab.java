package id.kube.admin.visit;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import id.kube.admin.base.ui.Badges;
import id.kube.admin.facilitation.VisitLine;
import id.kube.admin.facilitation.VisitLog;
import id.kube.core.group.GroupId;

/**
 * The facilitator visits tab of a group page: every visit, newest first, with its findings, follow-up actions
 * (open or done, when, with the note) and the next planned visit. Read through {@link VisitLog}, which checks the
 * group against the user's scope.
 */
public class VisitsTab extends Div {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    public VisitsTab(VisitLog log, GroupId group) {
        setId("visits");
        setWidthFull();
        List<VisitLine> visits = log.visits(group);
        Anchor record = new Anchor("pendampingan?kelompok=" + group.value(), getTranslation("visit.record"));
        record.setId("visits-record");
        if (visits.isEmpty()) {
            add(new Paragraph(getTranslation("visit.none")), record);
            return;
        }
        long open = visits.stream().filter(VisitLine::followUpOpen).count();
        Paragraph summary = new Paragraph(getTranslation("visit.summary", visits.size(), open));
        summary.setId("visits-summary");
        Grid<VisitLine> grid = new Grid<>();
        grid.addColumn(v -> DATE.withLocale(getLocale()).format(v.visit().visit().visitedOn()))
                .setHeader(getTranslation("visit.date")).setAutoWidth(true);
        grid.addColumn(VisitLine::facilitatorName).setHeader(getTranslation("visit.facilitator")).setAutoWidth(true);
        grid.addColumn(v -> v.visit().visit().findings()).setHeader(getTranslation("visit.findings")).setFlexGrow(1);
        grid.addColumn(v -> v.visit().visit().followUpActions() == null ? "–" : v.visit().visit().followUpActions())
                .setHeader(getTranslation("visit.followUps")).setFlexGrow(1);
        grid.addComponentColumn(this::followUpState).setHeader(getTranslation("visit.followUpState")).setAutoWidth(true);
        grid.addColumn(v -> v.visit().visit().nextVisitOn() == null ? "–"
                        : DATE.withLocale(getLocale()).format(v.visit().visit().nextVisitOn()))
                .setHeader(getTranslation("visit.next")).setAutoWidth(true);
        grid.setItems(visits);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setId("visits-grid");
        add(summary, grid, record);
    }

    private Span followUpState(VisitLine v) {
        Span badge;
        if (v.visit().visit().followUpActions() == null) {
            badge = new Span("–");
        } else if (v.followUpOpen()) {
            badge = new Span(getTranslation("visit.followUp.open"));
            Badges.mark(badge, "badge error");
        } else {
            badge = new Span(getTranslation("visit.followUp.done", DATE.withLocale(getLocale()).format(v.followUpDoneOn()))
                    + (v.followUpNote() == null ? "" : " — " + v.followUpNote()));
            Badges.mark(badge, "badge success");
        }
        return badge;
    }
}
