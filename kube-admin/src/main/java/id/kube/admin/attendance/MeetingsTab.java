package id.kube.admin.attendance;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import id.kube.admin.base.ui.Badges;
import id.kube.admin.i18n.KubeI18n;
import id.kube.core.group.GroupId;

/**
 * The meetings &amp; attendance tab of a group page: each meeting with its attendance rate and decisions; opening a
 * row shows who attended, was excused or absent.
 */
public class MeetingsTab extends Div {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    public MeetingsTab(MeetingsReader reader, GroupId group) {
        setId("meetings");
        setWidthFull();
        List<MeetingsReader.MeetingLine> lines = reader.meetings(group);
        if (lines.isEmpty()) {
            add(new Paragraph(getTranslation("attendance.none")));
            return;
        }
        NumberFormat percent = NumberFormat.getPercentInstance(KubeI18n.supported(getLocale()));
        long present = lines.stream().mapToLong(MeetingsReader.MeetingLine::present).sum();
        long recorded = lines.stream().mapToLong(MeetingsReader.MeetingLine::recorded).sum();
        Paragraph summary = new Paragraph(getTranslation("attendance.summary", lines.size(),
                recorded == 0 ? "–" : percent.format((double) present / recorded)));
        summary.setId("meetings-summary");
        Grid<MeetingsReader.MeetingLine> grid = new Grid<>();
        grid.addColumn(l -> DATE.withLocale(getLocale()).format(l.meeting().heldOn()))
                .setHeader(getTranslation("attendance.date")).setAutoWidth(true);
        grid.addColumn(l -> getTranslation("attendance.type." + l.meeting().type().name()))
                .setHeader(getTranslation("attendance.type")).setAutoWidth(true);
        grid.addColumn(l -> l.rate() == null ? getTranslation("attendance.notRecorded")
                        : getTranslation("attendance.rate.value", l.present(), l.recorded(), percent.format(l.rate())))
                .setHeader(getTranslation("attendance.rate")).setAutoWidth(true);
        grid.addColumn(l -> String.join("; ", l.meeting().decisions()))
                .setHeader(getTranslation("attendance.decisions")).setFlexGrow(1);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(l -> details(reader, group, l)));
        grid.setItems(lines);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setId("meetings-grid");
        Paragraph hint = new Paragraph(getTranslation("attendance.hint"));
        hint.addClassName("kube-hint");
        add(summary, hint, grid);
    }

    private Div details(MeetingsReader reader, GroupId group, MeetingsReader.MeetingLine line) {
        Div box = new Div();
        box.addClassName("meeting-detail");
        UnorderedList who = new UnorderedList();
        reader.attendance(group, line.meeting().id()).forEach(a -> {
            Span state = new Span(getTranslation("attendance.state." + a.attendance().name()));
            Badges.mark(state, switch (a.attendance()) {
                case PRESENT -> "badge success";
                case EXCUSED -> "badge";
                case ABSENT -> "badge error";
            });
            who.add(new ListItem(new Span(a.name() + " "), state));
        });
        box.add(new H4(getTranslation("attendance.who")), who);
        if (!line.meeting().decisions().isEmpty()) {
            UnorderedList decisions = new UnorderedList();
            line.meeting().decisions().forEach(d -> decisions.add(new ListItem(d)));
            box.add(new H4(getTranslation("attendance.decisions")), decisions);
        }
        if (line.meeting().notes() != null) {
            box.add(new Paragraph(line.meeting().notes()));
        }
        return box;
    }
}
