package id.kube.admin.meeting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import id.kube.admin.entry.EntryRefusal;
import id.kube.admin.entry.KuitansiPanel;
import id.kube.admin.entry.RupiahField;
import id.kube.admin.entry.RupiahInput;
import id.kube.admin.entry.TreasurerBooks;
import id.kube.admin.group.GroupDirectory;
import id.kube.admin.group.GroupRow;
import id.kube.admin.security.GroupAccessDeniedException;
import id.kube.admin.security.Role;
import id.kube.core.group.GroupId;
import id.kube.core.meeting.Attendance;
import id.kube.core.meeting.MeetingType;
import id.kube.core.member.Member;
import id.kube.core.money.Rupiah;
import id.kube.ledger.LedgerException;
import id.kube.ledger.iks.IksPurpose;
import id.kube.ledger.loan.FeeMethod;
import id.kube.ledger.loan.Frequency;
import id.kube.ledger.loan.Loan;
import id.kube.ledger.loan.LoanTerms;
import jakarta.annotation.security.RolesAllowed;

/**
 * One guided screen per group meeting: the day, each member's attendance and what they paid (mandatory
 * contribution, IKS, a repayment on their running loan), new loans approved, the cash counted at the end; then
 * the member-by-member summary to confirm; then one atomic posting ({@link MeetingPostings}). The idempotency key
 * is fixed when the screen opens, so a double click or a retry of "Simpan rapat" posts the meeting once.
 */
@Route("kelompok/:groupId/rapat")
@RolesAllowed(Role.Names.TREASURER)
public class MeetingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

    /** The inputs of one member's card. */
    private record MemberInputs(Member member, Optional<Loan> loan, ComboBox<Attendance> attendance,
                                RupiahField contribution, RupiahField iks, RupiahField repayment) {
    }

    /** The inputs of one new loan request. */
    private record LoanInputs(Div row, ComboBox<Member> member, RupiahField principal, TextField installments,
                              TextField rate, ComboBox<Frequency> frequency) {
    }

    /** The inputs of one IKS help. */
    private record HelpInputs(Div row, ComboBox<IksPurpose> purpose, TextField detail, ComboBox<Member> member,
                              RupiahField amount) {
    }

    private final GroupDirectory directory;
    private final TreasurerBooks books;
    private final MeetingPostings postings;
    private GroupRow group;
    private String idempotencyKey = newKey();
    private boolean posting;

    private final Div form = new Div();
    private DatePicker heldOn;
    private ComboBox<MeetingType> type;
    private final List<MemberInputs> members = new ArrayList<>();
    private final List<LoanInputs> loans = new ArrayList<>();
    private final Div loanRows = new Div();
    private final List<HelpInputs> helps = new ArrayList<>();
    private final Div helpRows = new Div();
    private RupiahField counted;
    private TextField notes;
    private final Paragraph formError = new Paragraph();

    public MeetingView(GroupDirectory directory, TreasurerBooks books, MeetingPostings postings) {
        this.directory = directory;
        this.books = books;
        this.postings = postings;
        addClassNames("kube-page", "kube-entry");
        setId("meeting");
        formError.setId("meeting-error");
        formError.addClassName("kube-error");
    }

    private static String newKey() {
        return "rapat-" + UUID.randomUUID();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<GroupRow> row = event.getRouteParameters().get("groupId").flatMap(MeetingView::parse)
                .flatMap(directory::find);
        if (row.isEmpty()) {
            showDenied();
            return;
        }
        group = row.get();
        idempotencyKey = newKey();
        buildForm();
        showForm();
    }

    private void showDenied() {
        removeAll();
        Paragraph denied = new Paragraph(getTranslation("group.denied"));
        denied.setId("group-denied");
        add(new H2(getTranslation("group.denied.title")), denied);
    }

    private String date(LocalDate day) {
        return DATE.withLocale(getLocale()).format(day);
    }

    private void buildForm() {
        form.removeAll();
        members.clear();
        loans.clear();
        loanRows.removeAll();
        helps.clear();
        helpRows.removeAll();
        heldOn = new DatePicker(getTranslation("meeting.date"), LocalDate.now(books.clock()));
        heldOn.setMax(LocalDate.now(books.clock()));
        heldOn.setId("meeting-date");
        type = new ComboBox<>(getTranslation("meeting.type"));
        type.setItems(MeetingType.values());
        type.setItemLabelGenerator(t -> getTranslation("meeting.type." + t.name()));
        type.setValue(MeetingType.ROUTINE);
        type.setId("meeting-type");
        Div head = new Div(heldOn, type);
        head.addClassName("kube-toolbar");

        RupiahField defaultContribution = new RupiahField(getTranslation("meeting.default.contribution"), "meeting-default-contribution");
        RupiahField defaultIks = new RupiahField(getTranslation("meeting.default.iks"), "meeting-default-iks");
        defaultContribution.setPlaceholder("Rp10.000");
        defaultIks.setPlaceholder("Rp2.000");
        Button fill = new Button(getTranslation("meeting.fill"), VaadinIcon.MAGIC.create(), click -> {
            OptionalLong c = defaultContribution.amount();
            OptionalLong i = defaultIks.getValue().isBlank() ? OptionalLong.of(0) : defaultIks.amount();
            if (c.isEmpty() || i.isEmpty()) {
                return;
            }
            for (MemberInputs m : members) {
                if (m.attendance().getValue() == Attendance.PRESENT) {
                    m.contribution().showAmount(c.getAsLong());
                    if (i.getAsLong() > 0) {
                        m.iks().showAmount(i.getAsLong());
                    }
                }
            }
        });
        fill.setId("meeting-fill");
        Div defaults = new Div(defaultContribution, defaultIks, fill);
        defaults.addClassName("kube-toolbar");
        Paragraph cashNow = new Paragraph(getTranslation("entry.cashNow", Rupiah.format(postings.cashNow(group.id()))));
        cashNow.addClassName("kube-hint");
        cashNow.setId("meeting-cash-now");

        Div cards = new Div();
        cards.setId("meeting-members");
        for (Map.Entry<Member, Optional<Loan>> entry : postings.roll(group.id()).entrySet()) {
            Member member = entry.getKey();
            Optional<Loan> loan = entry.getValue();
            Span name = new Span(member.fullName());
            name.addClassName("kube-member-name");
            ComboBox<Attendance> attendance = new ComboBox<>(getTranslation("meeting.attendance"));
            attendance.setItems(Attendance.values());
            attendance.setItemLabelGenerator(a -> getTranslation("meeting.attendance." + a.name()));
            attendance.setValue(Attendance.PRESENT);
            attendance.addClassName("meeting-attendance");
            RupiahField contribution = new RupiahField(getTranslation("meeting.contribution"), "c-" + member.id().value());
            RupiahField iks = new RupiahField(getTranslation("meeting.iks"), "i-" + member.id().value());
            RupiahField repayment = new RupiahField(getTranslation("meeting.repayment"), "r-" + member.id().value());
            for (RupiahField field : List.of(contribution, iks, repayment)) {
                field.setPlaceholder("Rp0");
            }
            Div card = new Div(name, attendance, contribution, iks);
            if (loan.isPresent()) {
                Loan l = loan.get();
                long next = l.installments().stream().filter(ib -> ib.owed() > 0).mapToLong(Loan.InstallmentBalance::owed)
                        .findFirst().orElse(0);
                repayment.setHelperText(getTranslation("meeting.loanInfo", l.loanNo(), Rupiah.format(l.outstanding()),
                        Rupiah.format(next)));
                card.add(repayment);
            }
            card.addClassName("kube-member-card");
            cards.add(card);
            members.add(new MemberInputs(member, loan, attendance, contribution, iks, repayment));
        }

        Button addLoan = new Button(getTranslation("meeting.loan.add"), VaadinIcon.PLUS.create(), click -> addLoanRow());
        addLoan.setId("meeting-add-loan");
        counted = new RupiahField(getTranslation("meeting.counted"), "meeting-counted");
        counted.setHelperText(getTranslation("meeting.counted.help"));
        notes = new TextField(getTranslation("meeting.notes"));
        notes.setId("meeting-notes");
        notes.setMaxLength(2000);
        notes.setWidthFull();
        Div end = new Div(counted, notes);
        end.addClassName("kube-toolbar");

        Button addHelp = new Button(getTranslation("meeting.iks.add"), VaadinIcon.HEART_O.create(), click -> addHelpRow());
        addHelp.setId("meeting-add-iks");
        form.add(head, new H3(getTranslation("meeting.section.members")), defaults, cashNow, cards,
                new H3(getTranslation("meeting.section.iks")), helpRows, addHelp,
                new H3(getTranslation("meeting.section.loans")), loanRows, addLoan,
                new H3(getTranslation("meeting.section.end")), end);
    }

    private void addHelpRow() {
        int n = helps.size() + 1;
        ComboBox<IksPurpose> purpose = new ComboBox<>(getTranslation("entry.iks.purpose"));
        purpose.setItems(IksPurpose.values());
        purpose.setItemLabelGenerator(p -> getTranslation("entry.iks.purpose." + p.name()));
        purpose.setId("meeting-iks-purpose-" + n);
        TextField detail = new TextField(getTranslation("entry.iks.detail"));
        detail.setMaxLength(300);
        detail.setId("meeting-iks-detail-" + n);
        ComboBox<Member> member = new ComboBox<>(getTranslation("entry.iks.beneficiary"));
        member.setItems(members.stream().map(MemberInputs::member).toList());
        member.setItemLabelGenerator(Member::fullName);
        member.setClearButtonVisible(true);
        member.setId("meeting-iks-member-" + n);
        RupiahField amount = new RupiahField(getTranslation("entry.amount"), "meeting-iks-amount-" + n);
        Div row = new Div(purpose, detail, member, amount);
        row.addClassName("kube-member-card");
        HelpInputs inputs = new HelpInputs(row, purpose, detail, member, amount);
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
            helps.remove(inputs);
            helpRows.remove(row);
        });
        remove.setAriaLabel(getTranslation("meeting.iks.remove"));
        row.add(remove);
        helps.add(inputs);
        helpRows.add(row);
    }

    private void addLoanRow() {
        ComboBox<Member> member = new ComboBox<>(getTranslation("entry.loan.borrower"));
        member.setItems(members.stream().map(MemberInputs::member).toList());
        member.setItemLabelGenerator(Member::fullName);
        int n = loans.size() + 1;
        member.setId("meeting-loan-member-" + n);
        RupiahField principal = new RupiahField(getTranslation("entry.loan.principal"), "meeting-loan-principal-" + n);
        TextField installments = new TextField(getTranslation("entry.loan.installments"));
        installments.setAllowedCharPattern("[0-9]");
        installments.setValue("10");
        installments.setId("meeting-loan-installments-" + n);
        TextField rate = new TextField(getTranslation("entry.loan.rate"));
        rate.setAllowedCharPattern("[0-9.,]");
        rate.setValue("1");
        rate.setSuffixComponent(new Span("%"));
        rate.setId("meeting-loan-rate-" + n);
        ComboBox<Frequency> frequency = new ComboBox<>(getTranslation("entry.loan.frequency"));
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(f -> getTranslation("entry.loan.frequency." + f.name()));
        frequency.setValue(Frequency.MONTHLY);
        Div row = new Div(member, principal, installments, rate, frequency);
        row.addClassName("kube-member-card");
        LoanInputs inputs = new LoanInputs(row, member, principal, installments, rate, frequency);
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
            loans.remove(inputs);
            loanRows.remove(row);
        });
        remove.setAriaLabel(getTranslation("meeting.loan.remove"));
        row.add(remove);
        loans.add(inputs);
        loanRows.add(row);
    }

    private void showForm() {
        removeAll();
        H2 title = new H2(getTranslation("meeting.title"));
        title.setId("meeting-title");
        Paragraph name = new Paragraph(group.name());
        name.addClassName("kube-entry-group");
        Button next = new Button(getTranslation("meeting.next"), VaadinIcon.ARROW_RIGHT.create(), click -> next());
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setId("meeting-next");
        Div actions = new Div(next);
        actions.addClassName("kube-entry-actions");
        add(title, name, form, formError, actions);
    }

    /** A blank amount field is zero; a filled one must be a valid amount (marked otherwise). */
    private static OptionalLong optional(RupiahField field) {
        return field.getValue().isBlank() ? OptionalLong.of(0) : field.amount();
    }

    private Optional<MeetingPlan> plan() {
        boolean ok = true;
        if (heldOn.isEmpty() || heldOn.isInvalid() || heldOn.getValue().isAfter(LocalDate.now(books.clock()))) {
            heldOn.setErrorMessage(getTranslation("entry.date.invalid"));
            heldOn.setInvalid(true);
            ok = false;
        }
        List<MeetingPlan.MemberLine> lines = new ArrayList<>();
        for (MemberInputs m : members) {
            OptionalLong c = optional(m.contribution());
            OptionalLong i = optional(m.iks());
            OptionalLong r = m.loan().isPresent() ? optional(m.repayment()) : OptionalLong.of(0);
            if (m.attendance().isEmpty()) {
                m.attendance().setErrorMessage(getTranslation("meeting.attendance.required"));
                m.attendance().setInvalid(true);
                ok = false;
            }
            if (c.isEmpty() || i.isEmpty() || r.isEmpty() || m.attendance().isEmpty()) {
                ok = false;
                continue;
            }
            lines.add(new MeetingPlan.MemberLine(m.member().id(), m.attendance().getValue(), c.getAsLong(), i.getAsLong(),
                    m.loan().map(Loan::loanNo).orElse(null), r.getAsLong()));
        }
        List<MeetingPlan.LoanRequest> requests = new ArrayList<>();
        for (LoanInputs l : loans) {
            OptionalLong principal = l.principal().amount();
            if (l.member().isEmpty()) {
                l.member().setErrorMessage(getTranslation("entry.member.required"));
                l.member().setInvalid(true);
                ok = false;
            }
            int count = number(l.installments().getValue());
            if (count < 1 || count > 260) {
                l.installments().setErrorMessage(getTranslation("entry.loan.error.installments"));
                l.installments().setInvalid(true);
                ok = false;
            }
            BigDecimal rate = null;
            try {
                rate = new BigDecimal(l.rate().getValue().strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                // marked below
            }
            if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.TEN) > 0 || rate.scale() > 4) {
                l.rate().setErrorMessage(getTranslation("entry.loan.error.rate"));
                l.rate().setInvalid(true);
                ok = false;
            }
            if (!ok || principal.isEmpty() || heldOn.getValue() == null) {
                ok = false;
                continue;
            }
            requests.add(new MeetingPlan.LoanRequest(l.member().getValue().id(), new LoanTerms(principal.getAsLong(),
                    FeeMethod.FLAT, rate, l.frequency().getValue() == null ? Frequency.MONTHLY : l.frequency().getValue(),
                    count, 0, heldOn.getValue())));
        }
        List<MeetingPlan.IksHelp> help = new ArrayList<>();
        for (HelpInputs h : helps) {
            OptionalLong amount = h.amount().amount();
            boolean rowOk = amount.isPresent();
            if (h.purpose().isEmpty()) {
                h.purpose().setErrorMessage(getTranslation("entry.iks.purpose.required"));
                h.purpose().setInvalid(true);
                rowOk = false;
            }
            if (h.detail().getValue().isBlank()) {
                h.detail().setErrorMessage(getTranslation("entry.iks.detail.required"));
                h.detail().setInvalid(true);
                rowOk = false;
            }
            if (!rowOk) {
                ok = false;
                continue;
            }
            help.add(new MeetingPlan.IksHelp(h.purpose().getValue(), h.detail().getValue(),
                    h.member().getValue() == null ? null : h.member().getValue().id(), amount.getAsLong()));
        }
        Long cash = null;
        if (!counted.getValue().isBlank()) {
            String typed = counted.getValue().strip();
            if (typed.equals("0") || typed.equalsIgnoreCase("Rp0")) {
                cash = 0L;
            } else {
                OptionalLong c = counted.amount();
                if (c.isEmpty()) {
                    ok = false;
                } else {
                    cash = c.getAsLong();
                }
            }
        }
        if (!ok) {
            formError.setText(getTranslation("meeting.error.fields"));
            return Optional.empty();
        }
        return Optional.of(new MeetingPlan(group.id(), heldOn.getValue(), type.getValue() == null ? MeetingType.ROUTINE
                : type.getValue(), lines, requests, help, cash, notes.getValue(), idempotencyKey));
    }

    private static int number(String text) {
        try {
            return text == null || text.isBlank() || text.length() > 4 ? -1 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void next() {
        formError.setText("");
        Optional<MeetingPlan> plan = plan();
        if (plan.isEmpty()) {
            return;
        }
        try {
            confirm(plan.get(), postings.preview(plan.get()));
        } catch (EntryRefusal refusal) {
            formError.setText(getTranslation(refusal.key(), refusal.params()));
        }
    }

    private void confirm(MeetingPlan plan, MeetingSummary summary) {
        removeAll();
        Element table = new Element("table");
        table.getClassList().add("kube-summary-table");
        Element header = new Element("tr");
        for (String key : List.of("meeting.member", "meeting.attendance", "meeting.contribution", "meeting.iks",
                "meeting.repayment", "meeting.newLoan", "meeting.paidIn")) {
            header.appendChild(new Element("th").setText(getTranslation(key)));
        }
        table.appendChild(header);
        for (MeetingSummary.MemberSummary m : summary.members()) {
            Element row = new Element("tr");
            String repayment = m.repayment() == 0 ? "" : Rupiah.format(m.repayment()) + " ("
                    + getTranslation("meeting.split", Rupiah.format(m.fee()), Rupiah.format(m.principal()))
                    + (m.excess() > 0 ? " + " + getTranslation("meeting.savings", Rupiah.format(m.excess())) : "") + ")";
            for (String cell : List.of(m.name(), getTranslation("meeting.attendance." + m.attendance().name()), money(m.contribution()),
                    money(m.iks()), repayment, money(m.newLoan()), money(m.paidIn()))) {
                row.appendChild(new Element("td").setText(cell));
            }
            table.appendChild(row);
        }
        Element total = new Element("tr");
        for (String cell : List.of(getTranslation("books.total"), summary.present() + " " + getTranslation("meeting.present"),
                Rupiah.format(summary.totalContributions()), Rupiah.format(summary.totalIks()),
                Rupiah.format(summary.totalRepayments()),
                Rupiah.format(summary.members().stream().mapToLong(MeetingSummary.MemberSummary::newLoan).sum()),
                Rupiah.format(summary.cashIn()))) {
            total.appendChild(new Element("th").setText(cell));
        }
        table.appendChild(total);
        Div tableBox = new Div();
        tableBox.getElement().appendChild(table);
        tableBox.addClassName("kube-scroll-x");
        tableBox.setId("meeting-summary");

        Div helpPanel = new Div();
        helpPanel.addClassName("kube-panel");
        helpPanel.setId("meeting-iks-help");
        for (MeetingPlan.IksHelp h : plan.iksHelp()) {
            helpPanel.add(KuitansiPanel.line(getTranslation("entry.iks.purpose." + h.purpose().name()) + ": " + h.detail(),
                    Rupiah.format(h.amount())));
        }
        Div cash = new Div(
                KuitansiPanel.line(getTranslation("meeting.cash.before"), Rupiah.format(summary.cashBefore())),
                KuitansiPanel.line(getTranslation("meeting.cash.in"), Rupiah.format(summary.cashIn())),
                KuitansiPanel.line(getTranslation("meeting.cash.out"), Rupiah.format(summary.cashOut())),
                KuitansiPanel.line(getTranslation("meeting.cash.after"), Rupiah.format(summary.cashAfter())));
        if (summary.counted() != null) {
            long difference = summary.difference();
            cash.add(KuitansiPanel.line(getTranslation("meeting.counted"), Rupiah.format(summary.counted())),
                    KuitansiPanel.line(getTranslation("meeting.cash.difference"), difference == 0
                            ? getTranslation("meeting.cash.matches")
                            : (difference > 0 ? "+" : "−") + Rupiah.format(Math.abs(difference))));
        }
        cash.addClassName("kube-panel");
        cash.setId("meeting-cash");
        Paragraph error = new Paragraph();
        error.setId("meeting-confirm-error");
        error.addClassName("kube-error");
        Button save = new Button(getTranslation("meeting.save"), VaadinIcon.CHECK.create());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.setId("meeting-save");
        save.addClickListener(click -> save(plan, save, error));
        Button back = new Button(getTranslation("entry.back"), click -> showForm());
        back.setId("meeting-back");
        Div actions = new Div(back, save);
        actions.addClassName("kube-entry-actions");
        H2 confirmTitle = new H2(getTranslation("meeting.confirm.title"));
        confirmTitle.setId("meeting-confirm-title");
        add(confirmTitle,
                new Paragraph(group.name() + " · " + date(plan.heldOn()) + " · "
                        + getTranslation("meeting.type." + plan.type().name())),
                tableBox);
        if (!plan.iksHelp().isEmpty()) {
            add(new H3(getTranslation("meeting.iksHelp")), helpPanel);
        }
        add(new H3(getTranslation("meeting.section.cash")), cash, error, actions);
    }

    private static String money(long amount) {
        return amount == 0 ? "" : RupiahInput.format(amount);
    }

    private void save(MeetingPlan plan, Button save, Paragraph error) {
        if (posting) {
            return;
        }
        posting = true;
        try {
            var posted = postings.post(plan);
            books.refreshDashboard(plan.group());
            showPosted(posted);
        } catch (EntryRefusal refusal) {
            error.setText(getTranslation(refusal.key(), refusal.params()));
            save.setEnabled(true);
        } catch (GroupAccessDeniedException denied) {
            showDenied();
        } catch (LedgerException e) {
            error.setText(getTranslation("meeting.error.ledger", e.getMessage()));
            save.setEnabled(true);
        } finally {
            posting = false;
        }
    }

    private void showPosted(MeetingResult result) {
        removeAll();
        idempotencyKey = newKey();
        H2 title = new H2(getTranslation(result.replayed() ? "meeting.savedBefore" : "meeting.saved"));
        title.setId("meeting-saved");
        Div figures = new Div(
                KuitansiPanel.line(getTranslation("meeting.date"), date(result.heldOn())),
                KuitansiPanel.line(getTranslation("meeting.entries"), String.valueOf(result.entries())),
                KuitansiPanel.line(getTranslation("meeting.cash.in"), Rupiah.format(result.cashIn())),
                KuitansiPanel.line(getTranslation("meeting.cash.out"), Rupiah.format(result.cashOut())),
                KuitansiPanel.line(getTranslation("meeting.cash.bookNow"), Rupiah.format(postings.cashNow(group.id()))));
        figures.addClassName("kube-panel");
        figures.setId("meeting-result");
        Button toGroup = new Button(getTranslation("entry.toGroup"),
                click -> getUI().ifPresent(ui -> ui.navigate("kelompok/" + group.id().value())));
        toGroup.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        toGroup.setId("meeting-to-group");
        Div actions = new Div(toGroup);
        actions.addClassName("kube-entry-actions");
        add(title, new Paragraph(group.name()), figures, actions);
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
        return getTranslation("meeting.title");
    }
}
