package id.kube.admin.facilitation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import id.kube.admin.group.GroupDirectory;
import id.kube.admin.group.GroupFilter;
import id.kube.admin.group.GroupRow;
import id.kube.admin.security.CurrentUser;
import id.kube.admin.security.KubeUser;
import id.kube.admin.security.Role;
import id.kube.core.group.GroupId;
import id.kube.core.money.Rupiah;
import id.kube.core.rule.RuleViolation;
import jakarta.annotation.security.RolesAllowed;

/**
 * The facilitator's day: the assigned groups that need attention (with the reasons), and a group's visit log —
 * record a visit with findings and follow-up actions, mark follow-ups done. A district officer sees the same
 * for the groups of their regency, read-only. {@code /pendampingan?kelompok=<uuid>} opens a group's log.
 */
@Menu(title = "nav.facilitation", icon = "vaadin:clipboard-check", order = 50)
@Route("pendampingan")
@RolesAllowed({Role.Names.FACILITATOR, Role.Names.DISTRICT_OFFICER})
public class FacilitationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final VisitLog visits;
    private final GroupDirectory directory;
    private final KubeUser user;
    private final Clock clock;

    private final ComboBox<GroupRow> group = new ComboBox<>();
    private final Div log = new Div();

    public FacilitationView(GroupsNeedingAttention attention, VisitLog visits, GroupDirectory directory,
                            CurrentUser currentUser, Clock clock) {
        this.visits = visits;
        this.directory = directory;
        this.user = currentUser.require();
        this.clock = clock;
        addClassName("kube-page");
        setId("facilitation");

        List<AttentionItem> items = attention.forCurrentUser();
        H3 attentionTitle = new H3(getTranslation("facilitation.attention", items.size()));
        Grid<AttentionItem> attentionGrid = new Grid<>();
        attentionGrid.addColumn(AttentionItem::name).setHeader(getTranslation("facilitation.group"))
                .setAutoWidth(true).setFlexGrow(0);
        attentionGrid.addComponentColumn(this::reasons).setHeader(getTranslation("facilitation.reasons"))
                .setFlexGrow(1);
        attentionGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        attentionGrid.setItems(items);
        attentionGrid.setAllRowsVisible(true);
        attentionGrid.setId("attention-grid");
        attentionGrid.addItemClickListener(click -> directory.find(click.getItem().group()).ifPresent(group::setValue));
        attentionGrid.setVisible(!items.isEmpty());
        Paragraph allWell = new Paragraph(getTranslation("facilitation.attention.none"));
        allWell.setId("attention-none");
        allWell.setVisible(items.isEmpty());

        group.setLabel(getTranslation("facilitation.group"));
        group.setItemLabelGenerator(row -> row.name());
        group.setItems(query -> directory.pageAt(new GroupFilter(query.getFilter().orElse(null), null, null, null,
                null), query.getOffset(), query.getLimit()).stream());
        group.setId("visit-group");
        group.setWidth("22rem");
        group.addValueChangeListener(change -> showLog());
        log.setId("visit-log");
        log.setWidthFull();

        add(new H2(getTranslation("facilitation.title")), attentionTitle, attentionGrid, allWell,
                new H3(getTranslation("facilitation.visits")), group, log);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("kelompok").flatMap(FacilitationView::groupId)
                .flatMap(directory::find).ifPresent(group::setValue);
    }

    private Component reasons(AttentionItem item) {
        Div badges = new Div();
        badges.addClassName("kube-reasons");
        for (AttentionReason reason : item.reasons()) {
            Object[] args = reason.arguments().stream()
                    .map(a -> switch (a) {
                        case Long amount when reason.kind() == AttentionReason.Kind.ARREARS -> Rupiah.format(amount);
                        case java.time.YearMonth month -> month.getMonth().getDisplayName(
                                java.time.format.TextStyle.FULL, getLocale().getLanguage().equals("en")
                                        ? getLocale() : Rupiah.INDONESIA) + " " + month.getYear();
                        default -> a;
                    })
                    .toArray();
            Span badge = new Span(getTranslation("facilitation.reason." + reason.kind().name(), args));
            badge.getElement().getThemeList().add("badge pill");
            badge.addClassName("kube-reason");
            badge.addClassName("kube-reason-" + reason.kind().name().toLowerCase(java.util.Locale.ROOT));
            badges.add(badge);
        }
        return badges;
    }

    private void showLog() {
        log.removeAll();
        GroupRow row = group.getValue();
        if (row == null) {
            return;
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                "pendampingan?kelompok=" + row.id().value()));
        List<VisitLine> lines;
        try {
            lines = visits.visits(row.id());
        } catch (FacilitationException e) {
            Paragraph denied = new Paragraph(getTranslation("group.denied"));
            denied.setId("group-denied");
            log.add(denied);
            return;
        }
        if (user.role() == Role.FACILITATOR) {
            log.add(visitForm(row));
        }
        if (lines.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("facilitation.visits.none"));
            none.setId("visits-none");
            log.add(none);
            return;
        }
        Div list = new Div();
        list.setId("visits");
        list.addClassName("kube-visits");
        for (VisitLine line : lines) {
            list.add(visitCard(line));
        }
        log.add(list);
    }

    private Div visitForm(GroupRow row) {
        DatePicker visitedOn = new DatePicker(getTranslation("facilitation.visitedOn"), LocalDate.now(clock));
        visitedOn.setMax(LocalDate.now(clock));
        visitedOn.setId("visit-date");
        TextField findings = new TextField(getTranslation("facilitation.findings"));
        findings.setId("visit-findings");
        findings.setMaxLength(2000);
        findings.setRequired(true);
        TextField followUps = new TextField(getTranslation("facilitation.followUps"));
        followUps.setId("visit-follow-ups");
        followUps.setMaxLength(2000);
        DatePicker next = new DatePicker(getTranslation("facilitation.nextVisit"));
        next.setId("visit-next");
        Paragraph error = new Paragraph();
        error.setId("visit-error");
        error.addClassName("kube-error");
        Button save = new Button(getTranslation("facilitation.save"), VaadinIcon.CHECK.create());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("visit-save");
        save.addClickListener(click -> {
            findings.setInvalid(false);
            visitedOn.setInvalid(false);
            next.setInvalid(false);
            error.setText("");
            if (findings.getValue().isBlank()) {
                findings.setErrorMessage(getTranslation("facilitation.error.FINDINGS_REQUIRED"));
                findings.setInvalid(true);
                return;
            }
            if (visitedOn.isEmpty()) {
                visitedOn.setErrorMessage(getTranslation("facilitation.error.DATE_REQUIRED"));
                visitedOn.setInvalid(true);
                return;
            }
            try {
                visits.record(row.id(), visitedOn.getValue(), findings.getValue(), followUps.getValue(),
                        next.getValue());
                showLog();
            } catch (RuleViolation e) {
                String key = "facilitation.error." + e.reason().name();
                String text = getTranslation(key);
                text = text.startsWith("!") ? e.getMessage() : text;
                switch (e.reason().name()) {
                    case "NEXT_VISIT_NOT_AFTER_VISIT" -> {
                        next.setErrorMessage(text);
                        next.setInvalid(true);
                    }
                    case "DATE_IN_FUTURE", "DATE_BEFORE_FORMATION", "FACILITATOR_NOT_ASSIGNED" -> {
                        visitedOn.setErrorMessage(text);
                        visitedOn.setInvalid(true);
                    }
                    default -> error.setText(text);
                }
            } catch (FacilitationException e) {
                error.setText(getTranslation("facilitation.error." + e.reason().name()));
            }
        });
        FormLayout form = new FormLayout(visitedOn, next, findings, followUps);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.setColspan(findings, 2);
        form.setColspan(followUps, 2);
        Div panel = new Div(new H3(getTranslation("facilitation.record")), form, error, save);
        panel.addClassName("kube-panel");
        panel.setId("visit-form");
        panel.getStyle().set("margin-bottom", "1rem");
        return panel;
    }

    private Div visitCard(VisitLine line) {
        DateTimeFormatter date = DATE.withLocale(getLocale());
        var visit = line.visit().visit();
        Span when = new Span(date.format(visit.visitedOn()) + " · " + line.facilitatorName());
        when.addClassName("kube-card-label");
        Div card = new Div(when, labelled("facilitation.findings", visit.findings()));
        card.addClassName("kube-panel");
        card.addClassName("kube-visit");
        if (visit.followUpActions() != null) {
            card.add(labelled("facilitation.followUps", visit.followUpActions()));
        }
        if (visit.nextVisitOn() != null) {
            card.add(labelled("facilitation.nextVisit", date.format(visit.nextVisitOn())));
        }
        if (line.followUpDoneOn() != null) {
            Span done = new Span(getTranslation("facilitation.followUp.done", date.format(line.followUpDoneOn()))
                    + (line.followUpNote() == null ? "" : " — " + line.followUpNote()));
            done.getElement().getThemeList().add("badge success pill");
            done.addClassName("kube-follow-up-done");
            card.add(done);
        } else if (line.followUpOpen()) {
            Span open = new Span(getTranslation("facilitation.followUp.open"));
            open.getElement().getThemeList().add("badge pill");
            open.addClassName("kube-follow-up-open");
            card.add(open);
            if (user.role() == Role.FACILITATOR) {
                card.add(markDone(line));
            }
        }
        return card;
    }

    private Div markDone(VisitLine line) {
        DatePicker doneOn = new DatePicker(getTranslation("facilitation.followUp.doneOn"), LocalDate.now(clock));
        doneOn.setMax(LocalDate.now(clock));
        doneOn.setMin(line.visit().visit().visitedOn());
        doneOn.addClassName("follow-up-date");
        TextField note = new TextField(getTranslation("facilitation.followUp.note"));
        note.addClassName("follow-up-note");
        note.setMaxLength(1000);
        Paragraph error = new Paragraph();
        error.addClassName("kube-error");
        Button done = new Button(getTranslation("facilitation.followUp.mark"), VaadinIcon.CHECK_SQUARE_O.create());
        done.addClassName("follow-up-mark");
        done.setDisableOnClick(true);
        done.addClickListener(click -> {
            try {
                visits.markFollowUpDone(line.visit().id(), doneOn.getValue() == null ? LocalDate.now(clock)
                        : doneOn.getValue(), note.getValue());
                showLog();
            } catch (FacilitationException e) {
                error.setText(getTranslation("facilitation.error." + e.reason().name()));
                done.setEnabled(true);
            }
        });
        Div row = new Div(doneOn, note, done);
        row.addClassName("kube-inline-form");
        return new Div(row, error);
    }

    private Div labelled(String key, String value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("kube-card-label");
        Div line = new Div(label, new Span(value));
        line.addClassName("kube-labelled");
        return line;
    }

    private static Optional<GroupId> groupId(String value) {
        try {
            return Optional.of(new GroupId(UUID.fromString(value)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.facilitation");
    }
}
