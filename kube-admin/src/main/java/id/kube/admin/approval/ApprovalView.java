package id.kube.admin.approval;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import id.kube.admin.dashboard.DashboardSummaries;
import id.kube.admin.group.GroupDirectory;
import id.kube.admin.group.GroupFilter;
import id.kube.admin.group.GroupRow;
import id.kube.admin.security.CurrentUser;
import id.kube.admin.security.KubeUser;
import id.kube.admin.security.Role;
import id.kube.core.group.GroupId;
import id.kube.core.money.Rupiah;
import id.kube.ledger.LedgerException;
import jakarta.annotation.security.RolesAllowed;

/**
 * Monthly report and approval: a work queue of the months waiting for the signed-in user, then one group's
 * month — its figures from the books, its state and history — with the step this user may take. The buttons
 * only mirror the rules; {@link MonthlyApprovals} enforces them on the server.
 * {@code /laporan-bulanan?kelompok=<uuid>&bulan=2026-10} opens a month directly.
 */
@Menu(title = "nav.approval", icon = "vaadin:calendar-clock", order = 40)
@Route("laporan-bulanan")
@RolesAllowed({Role.Names.TREASURER, Role.Names.FACILITATOR, Role.Names.DISTRICT_OFFICER, Role.Names.MINISTRY})
public class ApprovalView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

    private final MonthlyApprovals approvals;
    private final DashboardSummaries summaries;
    private final GroupDirectory directory;
    private final KubeUser user;
    private final Clock clock;

    private final ComboBox<GroupRow> group = new ComboBox<>();
    private final ComboBox<YearMonth> month = new ComboBox<>();
    private final Div detail = new Div();
    private final Grid<MonthEntry> queue = new Grid<>();
    private final Paragraph queueEmpty = new Paragraph();

    public ApprovalView(MonthlyApprovals approvals, GroupDirectory directory, CurrentUser currentUser, Clock clock,
                        DashboardSummaries summaries) {
        this.approvals = approvals;
        this.summaries = summaries;
        this.directory = directory;
        this.user = currentUser.require();
        this.clock = clock;
        addClassName("kube-page");
        setId("approval");

        H3 queueTitle = new H3(getTranslation("approval.queue." + user.role().name()));
        queue.addColumn(MonthEntry::groupName).setHeader(getTranslation("approval.group")).setAutoWidth(true)
                .setFlexGrow(1);
        queue.addColumn(entry -> monthLabel(entry.month())).setHeader(getTranslation("approval.month"))
                .setAutoWidth(true);
        queue.addComponentColumn(entry -> badge(entry.state())).setHeader(getTranslation("approval.state"))
                .setAutoWidth(true);
        queue.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        queue.setAllRowsVisible(true);
        queue.setId("approval-queue");
        queue.addItemClickListener(click -> directory.find(click.getItem().group()).ifPresent(row -> {
            group.setValue(row);
            month.setValue(click.getItem().month());
        }));
        queueEmpty.setText(getTranslation("approval.queue.empty"));
        queueEmpty.setId("approval-queue-empty");
        List<MonthEntry> waiting = user.role() == Role.MINISTRY ? List.of() : approvals.awaitingMe();
        queue.setItems(waiting);
        queue.setVisible(!waiting.isEmpty());
        queueEmpty.setVisible(waiting.isEmpty() && user.role() != Role.MINISTRY);
        queueTitle.setVisible(user.role() != Role.MINISTRY);

        group.setLabel(getTranslation("approval.group"));
        group.setItemLabelGenerator(row -> row.registrationNumber() == null ? row.name()
                : row.name() + " (" + row.registrationNumber() + ")");
        group.setItems(query -> directory.pageAt(new GroupFilter(query.getFilter().orElse(null), null, null, null,
                null), query.getOffset(), query.getLimit()).stream());
        group.setId("approval-group");
        group.setWidth("22rem");
        month.setLabel(getTranslation("approval.month"));
        month.setItems(recentMonths());
        month.setItemLabelGenerator(this::monthLabel);
        month.setId("approval-month");
        group.addValueChangeListener(change -> show());
        month.addValueChangeListener(change -> show());
        Div pickers = new Div(group, month);
        pickers.addClassName("kube-filters");
        detail.setId("approval-detail");
        detail.setWidthFull();

        add(new H2(getTranslation("approval.title")), new Paragraph(getTranslation("approval.intro")),
                queueTitle, queue, queueEmpty, pickers, detail);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        Optional<String> asked = parameters.getSingleParameter("kelompok");
        Optional<GroupRow> requested = asked.flatMap(ApprovalView::groupId).flatMap(directory::find);
        if (asked.isEmpty() && user.role() == Role.TREASURER && user.ownGroup() != null) {
            requested = directory.find(user.ownGroup());
        }
        if (user.role() == Role.TREASURER) {
            group.setReadOnly(true);
        }
        month.setValue(parameters.getSingleParameter("bulan").flatMap(ApprovalView::yearMonth)
                .orElse(YearMonth.now(clock).minusMonths(1)));
        if (asked.isPresent() && requested.isEmpty()) {
            // an unknown group and one outside the user's scope look the same
            group.clear();
            detail.removeAll();
            Paragraph denied = new Paragraph(getTranslation("group.denied"));
            denied.setId("group-denied");
            detail.add(denied);
            return;
        }
        requested.ifPresent(group::setValue);
    }

    private void show() {
        detail.removeAll();
        GroupRow row = group.getValue();
        YearMonth selected = month.getValue();
        if (row == null || selected == null) {
            return;
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                "laporan-bulanan?kelompok=" + row.id().value() + "&bulan=" + selected));
        MonthStatus status;
        MonthlyReport report;
        try {
            status = approvals.status(row.id(), selected);
            report = approvals.report(row.id(), selected);
        } catch (ApprovalException e) {
            Paragraph denied = new Paragraph(getTranslation("group.denied"));
            denied.setId("group-denied");
            detail.add(denied);
            return;
        }
        H3 heading = new H3(row.name() + " · " + monthLabel(selected));
        heading.setId("approval-heading");
        Span state = badge(status.state());
        state.setId("approval-state");
        Div head = new Div(heading, state);
        head.addClassName("kube-approval-head");
        detail.add(head);

        if (status.state() == ReportState.APPROVED) {
            Paragraph locked = new Paragraph(getTranslation("approval.locked", monthLabel(selected),
                    monthLabel(selected.plusMonths(1))));
            locked.setId("approval-locked");
            locked.addClassName("kube-note");
            detail.add(locked);
        }
        ReportEvent comment = status.lastComment();
        if (comment != null && status.state() != ReportState.APPROVED) {
            Paragraph note = new Paragraph(getTranslation("approval.lastComment",
                    getTranslation("role." + comment.actorRole().name()), comment.actor(), comment.comment()));
            note.setId("approval-comment");
            note.addClassName("kube-note");
            detail.add(note);
        }
        if (!report.booksOpen()) {
            detail.add(new Paragraph(getTranslation("approval.noBooks")));
        }
        if (status.submitted() != null && !status.submitted().equals(report.figures())
                && status.state() != ReportState.APPROVED) {
            Paragraph changed = new Paragraph(getTranslation("approval.changed"));
            changed.setId("approval-changed");
            changed.addClassName("kube-warning");
            detail.add(changed);
        }
        MonthlyFigures shown = status.state() == ReportState.APPROVED && status.submitted() != null
                ? status.submitted() : report.figures();
        detail.add(figures(shown), incomeStatement(report), actions(row, selected, status.state()),
                history(status), monthsOf(row));
    }

    /** The group's reported months with their states; a click opens one. */
    private Div monthsOf(GroupRow row) {
        Div panel = new Div(new H3(getTranslation("approval.months")));
        panel.addClassName("kube-panel");
        panel.setId("approval-months");
        panel.getStyle().set("margin-top", "1rem");
        List<MonthEntry> months = approvals.monthsOf(row.id());
        if (months.isEmpty()) {
            panel.add(new Paragraph(getTranslation("approval.months.none")));
            return panel;
        }
        Div list = new Div();
        list.addClassName("kube-reasons");
        for (MonthEntry entry : months) {
            Button open = new Button(monthLabel(entry.month()), click -> month.setValue(entry.month()));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            open.setSuffixComponent(badge(entry.state()));
            list.add(open);
        }
        panel.add(list);
        return panel;
    }

    private Div figures(MonthlyFigures f) {
        Div cards = new Div(
                card("fig-opening-cash", "approval.fig.openingCash", f.openingCash()),
                card("fig-closing-cash", "approval.fig.closingCash", f.closingCash()),
                card("fig-closing-bank", "approval.fig.closingBank", f.closingBank()),
                card("fig-income", "approval.fig.income", f.totalIncome()),
                card("fig-expenses", "approval.fig.expenses", f.totalExpenses()),
                card("fig-surplus", "approval.fig.surplus", f.surplus()),
                card("fig-contributions", "approval.fig.contributions", f.contributions()),
                card("fig-loans-disbursed", "approval.fig.loansDisbursed", f.loansDisbursed()),
                card("fig-loans-repaid", "approval.fig.loansRepaid", f.loansRepaid()),
                card("fig-loans-outstanding", "approval.fig.loansOutstanding", f.loansOutstanding()),
                card("fig-arrears", "approval.fig.arrears", f.arrearsOverdue()),
                card("fig-par30", "approval.fig.atRisk30", f.atRiskOver30()),
                card("fig-iks-in", "approval.fig.iksIn", f.iksIn()),
                card("fig-iks-out", "approval.fig.iksOut", f.iksOut()),
                card("fig-iks-balance", "approval.fig.iksBalance", f.iksBalance()));
        cards.addClassName("kube-cards");
        cards.addClassName("kube-cards-compact");
        cards.setId("approval-figures");
        return cards;
    }

    private Div incomeStatement(MonthlyReport report) {
        Div panel = new Div(new H3(getTranslation("approval.incomeStatement")));
        panel.addClassName("kube-panel");
        panel.setId("approval-income-statement");
        List<Div> rows = new ArrayList<>();
        rows.add(sectionRow(getTranslation("approval.fig.income")));
        report.income().forEach(line -> rows.add(amountRow(line.code() + " " + line.name(), line.amount(), false)));
        rows.add(amountRow(getTranslation("approval.total"), report.figures().totalIncome(), true));
        rows.add(sectionRow(getTranslation("approval.fig.expenses")));
        report.expenses().forEach(line -> rows.add(amountRow(line.code() + " " + line.name(), line.amount(), false)));
        rows.add(amountRow(getTranslation("approval.total"), report.figures().totalExpenses(), true));
        rows.add(amountRow(getTranslation("approval.fig.surplus"), report.figures().surplus(), true));
        rows.forEach(panel::add);
        panel.getStyle().set("margin-top", "1rem");
        return panel;
    }

    private Div actions(GroupRow row, YearMonth selected, ReportState state) {
        Div actions = new Div();
        actions.addClassName("kube-approval-actions");
        actions.setId("approval-actions");
        Paragraph error = new Paragraph();
        error.setId("approval-error");
        error.addClassName("kube-error");
        TextField comment = new TextField(getTranslation("approval.comment"));
        comment.setId("approval-comment-input");
        comment.setMaxLength(1000);
        comment.setWidthFull();
        List<Button> buttons = new ArrayList<>();
        switch (user.role()) {
            case TREASURER -> {
                if (!selected.isBefore(YearMonth.now(clock))) {
                    Paragraph notEnded = new Paragraph(getTranslation("approval.error.MONTH_NOT_ENDED"));
                    notEnded.setId("approval-waiting");
                    actions.add(notEnded);
                    return actions;
                }
                if (state == ReportState.NOT_SUBMITTED || state == ReportState.RETURNED) {
                    buttons.add(button("approval-submit", "approval.action.submit", VaadinIcon.PAPERPLANE, true,
                            () -> approvals.submit(row.id(), selected), error));
                }
            }
            case FACILITATOR -> {
                if (state == ReportState.SUBMITTED) {
                    buttons.add(button("approval-accept", "approval.action.accept", VaadinIcon.CHECK, true,
                            () -> approvals.accept(row.id(), selected, comment.getValue()), error));
                    buttons.add(button("approval-send-back", "approval.action.sendBack", VaadinIcon.ARROW_BACKWARD,
                            false, () -> approvals.sendBack(row.id(), selected, comment.getValue()), error));
                }
            }
            case DISTRICT_OFFICER -> {
                if (state == ReportState.REVIEWED) {
                    buttons.add(button("approval-approve", "approval.action.approve", VaadinIcon.LOCK, true,
                            () -> {
                                approvals.approve(row.id(), selected, comment.getValue());
                                // the dashboards show which months are approved: tell them now, not at the next posting
                                summaries.refreshGroupsUnlessBusy(List.of(row.id()));
                            }, error));
                    buttons.add(button("approval-send-back", "approval.action.sendBack", VaadinIcon.ARROW_BACKWARD,
                            false, () -> approvals.sendBack(row.id(), selected, comment.getValue()), error));
                }
            }
            default -> {
                // ministry: reads only
            }
        }
        if (buttons.isEmpty()) {
            Paragraph waiting = new Paragraph(getTranslation("approval.waiting." + state.name()));
            waiting.setId("approval-waiting");
            actions.add(waiting);
            return actions;
        }
        if (user.role() != Role.TREASURER) {
            actions.add(comment);
        } else if (state == ReportState.RETURNED || state == ReportState.NOT_SUBMITTED) {
            actions.add(new Paragraph(getTranslation("approval.submit.hint")));
        }
        Div row2 = new Div();
        row2.addClassName("kube-buttons");
        buttons.forEach(row2::add);
        actions.add(row2, error);
        return actions;
    }

    private Button button(String id, String key, VaadinIcon icon, boolean primary, Runnable step, Paragraph error) {
        Button button = new Button(getTranslation(key), icon.create());
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        button.setDisableOnClick(true);
        button.addClickListener(click -> {
            try {
                step.run();
                refreshQueue();
                show();
                detail.scrollIntoView();
            } catch (ApprovalException e) {
                error.setText(getTranslation("approval.error." + e.reason().name()));
                button.setEnabled(true);
            } catch (LedgerException e) {
                error.setText(e.getMessage());
                button.setEnabled(true);
            }
        });
        return button;
    }

    private void refreshQueue() {
        if (user.role() != Role.MINISTRY) {
            List<MonthEntry> waiting = approvals.awaitingMe();
            queue.setItems(waiting);
            queue.setVisible(!waiting.isEmpty());
            queueEmpty.setVisible(waiting.isEmpty());
        }
    }

    private Div history(MonthStatus status) {
        Div panel = new Div(new H3(getTranslation("approval.history")));
        panel.addClassName("kube-panel");
        panel.setId("approval-history");
        panel.getStyle().set("margin-top", "1rem");
        if (status.history().isEmpty()) {
            panel.add(new Paragraph(getTranslation("approval.history.empty")));
        }
        DateTimeFormatter when = WHEN.withLocale(getLocale()).withZone(ZoneId.of("Asia/Jakarta"));
        for (ReportEvent event : status.history()) {
            Span what = new Span(getTranslation("approval.event." + event.action().name()));
            what.getStyle().set("font-weight", "600");
            Span who = new Span(event.actor() + " (" + getTranslation("role." + event.actorRole().name()) + ") · "
                    + when.format(event.at()) + " WIB");
            who.addClassName("kube-card-label");
            Div line = new Div(what, who);
            line.addClassName("kube-history-line");
            if (event.comment() != null) {
                Span said = new Span("“" + event.comment() + "”");
                line.add(said);
            }
            panel.add(line);
        }
        return panel;
    }

    private List<YearMonth> recentMonths() {
        List<YearMonth> months = new ArrayList<>();
        YearMonth current = YearMonth.now(clock);
        for (int i = 0; i < 24; i++) {
            months.add(current.minusMonths(i));
        }
        return months;
    }

    private String monthLabel(YearMonth value) {
        return value.getMonth().getDisplayName(TextStyle.FULL, getLocale().getLanguage().equals("en")
                ? getLocale() : Rupiah.INDONESIA) + " " + value.getYear();
    }

    private Span badge(ReportState state) {
        Span badge = new Span(getTranslation("approval.state." + state.name()));
        badge.getElement().getThemeList().add("badge pill");
        badge.addClassName("kube-state");
        badge.addClassName("kube-state-" + state.name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }

    private Div card(String id, String key, long amount) {
        Span labelText = new Span(getTranslation(key));
        labelText.addClassName("kube-card-label");
        Span valueText = new Span(Rupiah.format(Rupiah.of(amount)));
        valueText.addClassName("kube-card-value");
        valueText.setId(id);
        Div card = new Div(labelText, valueText);
        card.addClassName("kube-card");
        return card;
    }

    private static Div sectionRow(String label) {
        Div row = new Div(new Span(label));
        row.addClassName("kube-statement-section");
        return row;
    }

    private static Div amountRow(String label, long amount, boolean total) {
        Div row = new Div(new Span(label), new Span(Rupiah.format(Rupiah.of(amount))));
        row.addClassName("kube-statement-row");
        if (total) {
            row.addClassName("kube-statement-total");
        }
        return row;
    }

    private static Optional<GroupId> groupId(String value) {
        try {
            return Optional.of(new GroupId(UUID.fromString(value)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<YearMonth> yearMonth(@Nullable String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(YearMonth.parse(value));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.approval");
    }
}
