package id.kube.admin.entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;

import id.kube.admin.group.GroupDirectory;
import id.kube.admin.security.Role;
import id.kube.core.money.Rupiah;
import id.kube.ledger.account.Account;
import id.kube.ledger.report.JournalReader;
import jakarta.annotation.security.RolesAllowed;

/**
 * Correction by reversal: pick a wrong entry of the last year, say why; the confirmation shows the mirror entry
 * that will cancel it (same accounts, sides swapped); the original stays in the books, linked to its reversal.
 */
@Route("kelompok/:groupId/koreksi")
@RolesAllowed(Role.Names.TREASURER)
public class CorrectionView extends EntryForm {

    private final ReversalPostings postings;
    private ComboBox<JournalReader.Entry> entry;
    private TextField reason;
    private DatePicker date;

    public CorrectionView(GroupDirectory directory, TreasurerBooks books, ReversalPostings postings) {
        super(directory, books, "correction");
        this.postings = postings;
    }

    @Override
    protected String titleKey() {
        return "entry.reversal.title";
    }

    private String label(JournalReader.Entry e) {
        return "#" + e.entryNo() + " · " + formatDate(e.valueDate()) + " · " + e.description() + " · " + Rupiah.format(e.total());
    }

    private List<JournalReader.Entry> candidates() {
        LocalDate today = LocalDate.now(books.clock());
        return postings.reversible(groupId(), today.minusYears(1), today);
    }

    @Override
    protected void buildFields(FormLayout form, Div below) {
        entry = field("entry", new ComboBox<>(getTranslation("entry.reversal.entry")));
        entry.setItems(candidates());
        entry.setItemLabelGenerator(this::label);
        entry.setId("entry-entry");
        entry.setWidthFull();
        reason = field("reason", new TextField(getTranslation("entry.reversal.reason")));
        reason.setId("entry-reason");
        reason.setMaxLength(300);
        reason.setWidthFull();
        date = field("date", dateField());
        form.add(entry, reason, date);
        form.setColspan(entry, 2);
        Paragraph hint = new Paragraph(getTranslation("entry.reversal.hint"));
        hint.addClassName("kube-hint");
        below.add(hint);
    }

    @Override
    protected Optional<Pending> validate() {
        boolean ok = required(entry, !entry.isEmpty(), "entry.reversal.entry.required");
        ok &= required(reason, reason.getValue().strip().length() >= 5, "entry.reversal.reason.required");
        ok &= validDate(date);
        if (ok && date.getValue().isBefore(entry.getValue().valueDate())) {
            date.setErrorMessage(getTranslation("entry.reversal.beforeOriginal"));
            date.setInvalid(true);
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        JournalReader.Entry original = entry.getValue();
        Map<String, String> names = books.books().chart(groupId()).stream()
                .collect(Collectors.toMap(Account::code, Account::name));
        List<Line> summary = new ArrayList<>();
        summary.add(new Line(getTranslation("entry.reversal.entry"), label(original)));
        summary.add(new Line(getTranslation("entry.reversal.reason"), reason.getValue().strip()));
        summary.add(new Line(getTranslation("entry.date"), formatDate(date.getValue())));
        for (JournalReader.Line leg : original.lines()) {
            long reversed = -leg.debitPositive();
            summary.add(new Line(names.getOrDefault(leg.accountCode(), leg.accountCode()) + " (" + leg.accountCode() + ")",
                    getTranslation(reversed > 0 ? "entry.debit" : "entry.credit") + " " + Rupiah.format(Math.abs(reversed))));
        }
        String why = reason.getValue();
        var valueDate = date.getValue();
        long entryNo = original.entryNo();
        return Optional.of(new Pending(summary,
                key -> postings.reverse(new ReversalPostings.Correction(groupId(), entryNo, why, valueDate, key))));
    }

    @Override
    protected void reset() {
        entry.setItems(candidates());
        entry.clear();
        reason.clear();
    }
}
