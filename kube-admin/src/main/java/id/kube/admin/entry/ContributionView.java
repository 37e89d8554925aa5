package id.kube.admin.entry;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import id.kube.admin.group.GroupDirectory;
import id.kube.admin.group.GroupRow;
import id.kube.admin.security.Role;
import id.kube.core.KubeCore;
import id.kube.core.group.GroupId;
import id.kube.core.member.Member;
import id.kube.ledger.LedgerException;
import jakarta.annotation.security.RolesAllowed;
import id.kube.ledger.receipt.Terbilang;

/**
 * Treasurer entry of a member's mandatory contribution: member, amount in rupiah (read the Indonesian way,
 * errors next to the field), date; then a confirmation summary; then the kuitansi with the amount in words.
 * The idempotency key is fixed when the form opens, so a double click or a retry of "Simpan" posts once.
 */
@Route("kelompok/:groupId/iuran")
@RolesAllowed(Role.Names.TREASURER)
public class ContributionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private final GroupDirectory directory;
    private final KubeCore core;
    private final ContributionPostings postings;
    private final java.time.Clock clock;

    private GroupId group;
    private String idempotencyKey = UUID.randomUUID().toString();

    public ContributionView(GroupDirectory directory, KubeCore core, ContributionPostings postings,
                            java.time.Clock clock) {
        this.directory = directory;
        this.core = core;
        this.postings = postings;
        this.clock = clock;
        addClassName("kube-page");
        setId("contribution");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<GroupRow> row = event.getRouteParameters().get("groupId").flatMap(ContributionView::parse)
                .flatMap(directory::find);
        if (row.isEmpty()) {
            Paragraph denied = new Paragraph(getTranslation("group.denied"));
            denied.setId("group-denied");
            add(new H2(getTranslation("group.denied.title")), denied);
            return;
        }
        group = row.get().id();
        showForm(row.get());
    }

    private void showForm(GroupRow row) {
        removeAll();
        ComboBox<Member> member = new ComboBox<>(getTranslation("entry.member"));
        member.setItems(core.members().activeMembers(group));
        member.setItemLabelGenerator(Member::fullName);
        member.setRequired(true);
        member.setId("entry-member");
        TextField amount = new TextField(getTranslation("entry.amount"));
        amount.setPlaceholder("Rp1.250.000");
        amount.setId("entry-amount");
        amount.setAllowedCharPattern("[0-9.,Rrp ]");
        amount.addValueChangeListener(change -> {
            try {
                long parsed = RupiahInput.parse(amount.getValue());
                amount.setInvalid(false);
                String formatted = RupiahInput.format(parsed);
                if (!formatted.equals(amount.getValue())) {
                    amount.setValue(formatted);
                }
                amount.setHelperText(Terbilang.rupiah(parsed));
            } catch (RupiahInput.InvalidAmountException e) {
                amount.setErrorMessage(e.getMessage());
                amount.setInvalid(true);
                amount.setHelperText(null);
            }
        });
        DatePicker date = new DatePicker(getTranslation("entry.date"), LocalDate.now(clock));
        date.setMax(LocalDate.now(clock));
        date.setId("entry-date");

        Button next = new Button(getTranslation("entry.next"), click -> {
            boolean ok = true;
            if (member.isEmpty()) {
                member.setErrorMessage(getTranslation("entry.member.required"));
                member.setInvalid(true);
                ok = false;
            }
            long parsed = 0;
            try {
                parsed = RupiahInput.parse(amount.getValue());
            } catch (RupiahInput.InvalidAmountException e) {
                amount.setErrorMessage(e.getMessage());
                amount.setInvalid(true);
                ok = false;
            }
            if (date.isEmpty() || date.isInvalid()) {
                date.setErrorMessage(getTranslation("entry.date.invalid"));
                date.setInvalid(true);
                ok = false;
            }
            if (ok) {
                confirm(row, member.getValue(), parsed, date.getValue());
            }
        });
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setId("entry-next");

        FormLayout form = new FormLayout(member, amount, date);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        H2 title = new H2(getTranslation("entry.contribution.title"));
        add(title, new Paragraph(row.name()), form, next);
    }

    private void confirm(GroupRow row, Member member, long amount, LocalDate valueDate) {
        removeAll();
        Div summary = new Div(
                line(getTranslation("entry.member"), member.fullName()),
                line(getTranslation("entry.amount"), RupiahInput.format(amount)),
                line(getTranslation("entry.words"), Terbilang.rupiah(amount)),
                line(getTranslation("entry.date"), DATE.withLocale(getLocale()).format(valueDate)),
                line(getTranslation("entry.booking"), getTranslation("entry.booking.contribution")));
        summary.addClassName("kube-panel");
        summary.setId("entry-summary");
        Paragraph error = new Paragraph();
        error.setId("entry-error");
        error.getStyle().set("color", "var(--vaadin-error-color, #b91c1c)");
        Button save = new Button(getTranslation("entry.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.setId("entry-save");
        save.addClickListener(click -> {
            try {
                Receipt receipt = postings.post(new ContributionPostings.Contribution(group, member.id(), amount,
                        valueDate, idempotencyKey));
                showReceipt(row, receipt);
            } catch (LedgerException | IllegalArgumentException e) {
                error.setText(e.getMessage());
                save.setEnabled(true);
            }
        });
        Button back = new Button(getTranslation("entry.back"), click -> showForm(row));
        back.setId("entry-back");
        add(new H2(getTranslation("entry.confirm.title")), summary, error, new Div(back, save));
    }

    private void showReceipt(GroupRow row, Receipt receipt) {
        removeAll();
        idempotencyKey = UUID.randomUUID().toString();
        Div kuitansi = new Div(
                new H3("KUITANSI"),
                line(getTranslation("entry.receipt.no"), row.name() + " / " + receipt.entryNo()),
                line(getTranslation("entry.receipt.from"), receipt.memberName()),
                line(getTranslation("entry.words"), capitalise(receipt.amountInWords())),
                line(getTranslation("entry.receipt.for"), receipt.purpose()),
                line(getTranslation("entry.date"), DATE.withLocale(getLocale()).format(receipt.valueDate())),
                line(getTranslation("entry.amount"), receipt.amountInFigures()),
                line(getTranslation("entry.receipt.by"), receipt.receivedBy()));
        kuitansi.addClassName("kube-panel");
        kuitansi.addClassName("kube-receipt");
        kuitansi.setId("receipt");
        Button print = new Button(getTranslation("entry.print"), click -> getUI()
                .ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("entry-print");
        Button another = new Button(getTranslation("entry.another"), click -> showForm(row));
        another.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        another.setId("entry-another");
        add(new H2(getTranslation("entry.saved")), kuitansi, new Div(print, another));
    }

    private static String capitalise(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Div line(String label, String value) {
        Span labelText = new Span(label);
        labelText.addClassName("kube-card-label");
        Span valueText = new Span(value);
        valueText.getStyle().set("font-weight", "600");
        Div line = new Div(labelText, valueText);
        line.getStyle().set("display", "flex").set("flex-direction", "column").set("margin-bottom", "0.5rem");
        return line;
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
        return getTranslation("entry.contribution.title");
    }
}
