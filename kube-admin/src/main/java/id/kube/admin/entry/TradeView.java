package id.kube.admin.entry;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

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
import id.kube.ledger.account.AccountRole;
import id.kube.ledger.receipt.Terbilang;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The group's business: a sale (cash in, {@code penjualan}) or money spent (cash out, {@code pembelian}) on stock
 * (purchase) or running costs (expense). Who bought or supplied, what, the amount, the date; spending more than
 * the cash is refused next to the amount, with both figures.
 */
@Route("kelompok/:groupId/penjualan")
@RolesAllowed(Role.Names.TREASURER)
public class TradeView extends EntryForm {

    private final CashPostings postings;
    private final boolean sale;
    private ComboBox<CashPostings.Kind> kind;
    private TextField party;
    private TextField note;
    private RupiahField amount;
    private DatePicker date;

    @Autowired
    public TradeView(GroupDirectory directory, TreasurerBooks books, CashPostings postings) {
        this(directory, books, postings, true, "sale");
    }

    protected TradeView(GroupDirectory directory, TreasurerBooks books, CashPostings postings, boolean sale, String id) {
        super(directory, books, id);
        this.postings = postings;
        this.sale = sale;
    }

    @Override
    protected String titleKey() {
        return sale ? "entry.sale.title" : "entry.purchase.title";
    }

    @Override
    protected void buildFields(FormLayout form, Div below) {
        if (!sale) {
            kind = field("kind", new ComboBox<>(getTranslation("entry.purchase.kind")));
            kind.setItems(CashPostings.Kind.PURCHASE, CashPostings.Kind.EXPENSE);
            kind.setItemLabelGenerator(k -> getTranslation("entry.purchase.kind." + k.name()));
            kind.setValue(CashPostings.Kind.PURCHASE);
            kind.setId("entry-kind");
            kind.setWidthFull();
            form.add(kind);
            Paragraph cash = new Paragraph(getTranslation("entry.cashNow",
                    Rupiah.format(books.balance(groupId(), AccountRole.CASH))));
            cash.setId("entry-cash-now");
            cash.addClassName("kube-hint");
            below.add(cash);
        }
        party = field("party", new TextField(getTranslation(sale ? "entry.sale.buyer" : "entry.purchase.supplier")));
        party.setId("entry-party");
        party.setMaxLength(120);
        party.setWidthFull();
        if (sale) {
            party.setValue(getTranslation("entry.sale.buyer.default"));
        }
        note = field("note", new TextField(getTranslation(sale ? "entry.sale.what" : "entry.purchase.what")));
        note.setId("entry-note");
        note.setMaxLength(300);
        note.setWidthFull();
        amount = field("amount", new RupiahField(getTranslation("entry.amount"), "entry-amount"));
        date = field("date", dateField());
        form.add(party, note, amount, date);
    }

    @Override
    protected Optional<Pending> validate() {
        boolean ok = required(party, !party.getValue().isBlank(), "entry.party.required");
        ok &= required(note, !note.getValue().isBlank(), "entry.note.required");
        OptionalLong parsed = amount.amount();
        ok &= parsed.isPresent();
        ok &= validDate(date);
        if (!ok) {
            return Optional.empty();
        }
        CashPostings.Kind chosen = sale ? CashPostings.Kind.SALE : kind.getValue();
        long value = parsed.getAsLong();
        String who = party.getValue();
        String what = note.getValue();
        var valueDate = date.getValue();
        return Optional.of(new Pending(List.of(
                new Line(getTranslation(sale ? "entry.sale.buyer" : "entry.purchase.supplier"), who),
                new Line(getTranslation(sale ? "entry.sale.what" : "entry.purchase.what"), what),
                new Line(getTranslation("entry.amount"), RupiahInput.format(value)),
                new Line(getTranslation("entry.words"), Terbilang.rupiah(value)),
                new Line(getTranslation("entry.date"), formatDate(valueDate)),
                new Line(getTranslation("entry.booking"), getTranslation("entry.booking." + chosen.name()))),
                key -> postings.post(new CashPostings.CashEntry(chosen, groupId(), null, who, what, value, valueDate, key))));
    }

    @Override
    protected void reset() {
        note.clear();
        amount.clear();
    }
}
