package id.kube.admin.entry;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouteParameters;

import id.kube.admin.group.GroupDirectory;
import id.kube.admin.group.GroupRow;
import id.kube.admin.security.GroupAccessDeniedException;
import id.kube.core.group.GroupId;
import id.kube.core.member.Member;
import id.kube.ledger.LedgerException;

/**
 * The one skeleton every treasurer entry form shares: the group looked up within the user's scope (an edited URL
 * shows the same refusal as an unknown group), the fields a form declares, validation messages next to the fields
 * in the user's language, a confirmation summary, "Simpan" with the idempotency key fixed when the form opened
 * (a double click or a retry posts once), then the printable kuitansi. A refusal from the server after
 * "Simpan" (not enough cash, a loan already repaid, ...) goes back to the form, next to the field it is about.
 */
public abstract class EntryForm extends Div implements BeforeEnterObserver, HasDynamicTitle {

    protected static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

    /** One line of the confirmation summary. */
    public record Line(String label, String value) {
    }

    /** What the treasurer is about to post: the summary to confirm and how to post it with the form's key. */
    public record Pending(List<Line> summary, Poster poster) {
        public Pending {
            summary = List.copyOf(summary);
        }
    }

    /** Posts the pending entry under the given idempotency key. */
    @FunctionalInterface
    public interface Poster {
        PostedReceipt post(String idempotencyKey);
    }

    private final GroupDirectory directory;
    protected final TreasurerBooks books;
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final FormLayout form = new FormLayout();
    private final Div below = new Div();
    private final Paragraph formError = new Paragraph();
    private boolean built;
    private boolean posting;
    protected GroupRow group;
    private String idempotencyKey = newKey();

    protected EntryForm(GroupDirectory directory, TreasurerBooks books, String id) {
        this.directory = directory;
        this.books = books;
        addClassNames("kube-page", "kube-entry");
        setId(id);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        below.addClassName("kube-entry-below");
        formError.setId("entry-error");
        formError.addClassName("kube-error");
    }

    private static String newKey() {
        return "form-" + UUID.randomUUID();
    }

    /** The text key of the form's title. */
    protected abstract String titleKey();

    /** Adds the form's fields to {@code form} and any live preview to {@code below}; called once per opening. */
    protected abstract void buildFields(FormLayout form, Div below);

    /** Checks the fields (marking the wrong ones next to them) and returns what to confirm, or nothing. */
    protected abstract Optional<Pending> validate();

    /** Empties the fields for the next entry of the same kind. */
    protected abstract void reset();

    /** The key fixed when this form was opened (tests and the meeting flow read it). */
    public String idempotencyKey() {
        return idempotencyKey;
    }

    /** Registers a field under the name the server's refusals use ({@code amount}, {@code member}, ...). */
    protected <T extends Component & HasValidation> T field(String name, T component) {
        fields.put(name, component);
        return component;
    }

    protected GroupId groupId() {
        return group.id();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<GroupRow> row = event.getRouteParameters().get("groupId").flatMap(EntryForm::parse)
                .flatMap(directory::find);
        if (row.isEmpty()) {
            showDenied();
            return;
        }
        group = row.get();
        idempotencyKey = newKey();
        if (!built) {
            buildFields(form, below);
            built = true;
        }
        showForm();
    }

    private void showDenied() {
        removeAll();
        Paragraph denied = new Paragraph(getTranslation("group.denied"));
        denied.setId("group-denied");
        add(new H2(getTranslation("group.denied.title")), denied);
    }

    protected void showForm() {
        removeAll();
        H2 title = new H2(getTranslation(titleKey()));
        title.setId("entry-title");
        Paragraph groupName = new Paragraph(group.name());
        groupName.addClassName("kube-entry-group");
        Button next = new Button(getTranslation("entry.next"), VaadinIcon.ARROW_RIGHT.create(), click -> next());
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setId("entry-next");
        Button cancel = new Button(getTranslation("entry.cancel"), click -> backToGroup());
        cancel.setId("entry-cancel");
        Div actions = new Div(cancel, next);
        actions.addClassName("kube-entry-actions");
        add(title, groupName, form, below, formError, actions);
    }

    private void next() {
        formError.setText("");
        fields.values().forEach(f -> f.setInvalid(false));
        validate().ifPresent(this::confirm);
    }

    private void confirm(Pending pending) {
        removeAll();
        Div summary = new Div();
        pending.summary().forEach(line -> summary.add(KuitansiPanel.line(line.label(), line.value())));
        summary.addClassName("kube-panel");
        summary.setId("entry-summary");
        Paragraph error = new Paragraph();
        error.setId("entry-confirm-error");
        error.addClassName("kube-error");
        Button save = new Button(getTranslation("entry.save"), VaadinIcon.CHECK.create());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.setId("entry-save");
        save.addClickListener(click -> save(pending, save, error));
        Button back = new Button(getTranslation("entry.back"), click -> showForm());
        back.setId("entry-back");
        Div actions = new Div(back, save);
        actions.addClassName("kube-entry-actions");
        add(new H2(getTranslation("entry.confirm.title")), new Paragraph(group.name()), summary, error, actions);
    }

    private void save(Pending pending, Button save, Paragraph error) {
        if (posting) {
            return;
        }
        posting = true;
        try {
            PostedReceipt posted = pending.poster().post(idempotencyKey);
            books.refreshDashboard(group.id());
            showPosted(posted);
        } catch (EntryRefusal refusal) {
            String message = getTranslation(refusal.key(), refusal.params());
            HasValidation field = refusal.field() == null ? null : fields.get(refusal.field());
            if (field != null) {
                showForm();
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                error.setText(message);
                save.setEnabled(true);
            }
        } catch (GroupAccessDeniedException denied) {
            showDenied();
        } catch (LedgerException e) {
            String key = "entry.ledger." + e.reason().name();
            String translated = getTranslation(key);
            error.setText(translated.startsWith("!") ? e.getMessage() : translated + " (" + e.getMessage() + ")");
            save.setEnabled(true);
        } finally {
            posting = false;
        }
    }

    private void showPosted(PostedReceipt posted) {
        removeAll();
        idempotencyKey = newKey();
        H2 title = new H2(getTranslation(posted.replayed() ? "entry.savedBefore" : "entry.saved"));
        title.setId("entry-saved");
        add(title);
        if (posted.kuitansi() != null) {
            add(new KuitansiPanel(posted.kuitansi(), getLocale()));
        } else {
            Paragraph note = new Paragraph(getTranslation("entry.noReceipt", posted.entryNo()));
            note.setId("receipt");
            add(note);
        }
        if (!posted.details().isEmpty()) {
            Div details = new Div();
            details.addClassName("kube-panel");
            details.setId("entry-details");
            posted.details().forEach(d -> details.add(KuitansiPanel.line(getTranslation(d.labelKey()), d.value())));
            add(details);
        }
        Button print = new Button(getTranslation("entry.print"), VaadinIcon.PRINT.create(),
                click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("entry-print");
        Button another = new Button(getTranslation("entry.another"), click -> {
            reset();
            showForm();
        });
        another.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        another.setId("entry-another");
        Button toGroup = new Button(getTranslation("entry.toGroup"), click -> backToGroup());
        toGroup.setId("entry-to-group");
        Div actions = new Div(print, toGroup, another);
        actions.addClassNames("kube-entry-actions", "kube-no-print");
        add(actions);
    }

    private void backToGroup() {
        getUI().ifPresent(ui -> ui.navigate("kelompok/" + group.id().value()));
    }

    /** A member picker over the group's active members. */
    protected ComboBox<Member> memberField(String labelKey) {
        ComboBox<Member> member = new ComboBox<>(getTranslation(labelKey));
        member.setItems(books.core().members().activeMembers(group.id()));
        member.setItemLabelGenerator(Member::fullName);
        member.setId("entry-member");
        member.setWidthFull();
        return member;
    }

    /** A date no later than today, today by default. */
    protected DatePicker dateField() {
        DatePicker date = new DatePicker(getTranslation("entry.date"), LocalDate.now(books.clock()));
        date.setMax(LocalDate.now(books.clock()));
        date.setId("entry-date");
        date.setWidthFull();
        return date;
    }

    /** Marks an empty required field; true if it has a value. */
    protected boolean required(HasValidation field, boolean present, String messageKey) {
        if (!present) {
            field.setErrorMessage(getTranslation(messageKey));
            field.setInvalid(true);
        }
        return present;
    }

    /** A date that is filled in and not in the future; marks the field otherwise. */
    protected boolean validDate(DatePicker date) {
        boolean ok = !date.isEmpty() && !date.isInvalid() && !date.getValue().isAfter(LocalDate.now(books.clock()));
        if (!ok) {
            date.setErrorMessage(getTranslation("entry.date.invalid"));
            date.setInvalid(true);
        }
        return ok;
    }

    protected String formatDate(LocalDate date) {
        return DATE.withLocale(getLocale()).format(date);
    }

    public static RouteParameters parameters(GroupId id) {
        return new RouteParameters("groupId", id.value().toString());
    }

    private static Optional<GroupId> parse(String value) {
        try {
            return Optional.of(new GroupId(UUID.fromString(value)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey());
    }
}
