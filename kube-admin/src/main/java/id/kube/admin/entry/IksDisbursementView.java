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
import id.kube.core.member.Member;
import id.kube.core.money.Rupiah;
import id.kube.ledger.iks.IksPurpose;
import id.kube.ledger.receipt.Terbilang;
import jakarta.annotation.security.RolesAllowed;

/**
 * Help paid from the IKS fund for a stated social purpose (illness, disaster, death, community need, education),
 * what exactly it was for, to a member or a named person; never more than the fund holds.
 */
@Route("kelompok/:groupId/iks-bantuan")
@RolesAllowed(Role.Names.TREASURER)
public class IksDisbursementView extends EntryForm {

    private final IksPostings postings;
    private ComboBox<IksPurpose> purpose;
    private TextField detail;
    private ComboBox<Member> member;
    private TextField recipient;
    private RupiahField amount;
    private DatePicker date;
    private Paragraph fund;

    public IksDisbursementView(GroupDirectory directory, TreasurerBooks books, IksPostings postings) {
        super(directory, books, "iks-disbursement");
        this.postings = postings;
    }

    @Override
    protected String titleKey() {
        return "entry.iks.title";
    }

    @Override
    protected void buildFields(FormLayout form, Div below) {
        purpose = field("purpose", new ComboBox<>(getTranslation("entry.iks.purpose")));
        purpose.setItems(IksPurpose.values());
        purpose.setItemLabelGenerator(p -> getTranslation("entry.iks.purpose." + p.name()));
        purpose.setId("entry-purpose");
        purpose.setWidthFull();
        detail = field("note", new TextField(getTranslation("entry.iks.detail")));
        detail.setId("entry-note");
        detail.setMaxLength(300);
        detail.setWidthFull();
        member = field("member", memberField("entry.iks.beneficiary"));
        member.setClearButtonVisible(true);
        recipient = field("party", new TextField(getTranslation("entry.iks.recipient")));
        recipient.setId("entry-party");
        recipient.setMaxLength(120);
        recipient.setWidthFull();
        amount = field("amount", new RupiahField(getTranslation("entry.amount"), "entry-amount"));
        date = field("date", dateField());
        form.add(purpose, detail, member, recipient, amount, date);
        fund = new Paragraph();
        fund.setId("entry-fund-now");
        fund.addClassName("kube-hint");
        below.add(fund);
        showFund();
    }

    private void showFund() {
        fund.setText(getTranslation("entry.iks.fundNow", Rupiah.format(postings.fundBalance(groupId()))));
    }

    @Override
    protected Optional<Pending> validate() {
        boolean ok = required(purpose, !purpose.isEmpty(), "entry.iks.purpose.required");
        ok &= required(detail, !detail.getValue().isBlank(), "entry.iks.detail.required");
        ok &= required(recipient, !member.isEmpty() || !recipient.getValue().isBlank(), "entry.iks.recipient.required");
        OptionalLong parsed = amount.amount();
        ok &= parsed.isPresent();
        ok &= validDate(date);
        if (!ok) {
            return Optional.empty();
        }
        long fundNow = postings.fundBalance(groupId());
        long value = parsed.getAsLong();
        if (value > fundNow) {
            amount.setErrorMessage(getTranslation("entry.error.iksFunds", Rupiah.format(fundNow), Rupiah.format(value)));
            amount.setInvalid(true);
            return Optional.empty();
        }
        IksPurpose why = purpose.getValue();
        String what = detail.getValue();
        Member beneficiary = member.getValue();
        String named = recipient.getValue();
        var valueDate = date.getValue();
        return Optional.of(new Pending(List.of(
                new Line(getTranslation("entry.iks.purpose"), getTranslation("entry.iks.purpose." + why.name())),
                new Line(getTranslation("entry.iks.detail"), what),
                new Line(getTranslation("entry.iks.recipient"), beneficiary != null ? beneficiary.fullName() : named),
                new Line(getTranslation("entry.amount"), Rupiah.format(value)),
                new Line(getTranslation("entry.words"), Terbilang.rupiah(value)),
                new Line(getTranslation("entry.date"), formatDate(valueDate)),
                new Line(getTranslation("entry.booking"), getTranslation("entry.booking.IKS_DISBURSEMENT")),
                new Line(getTranslation("entry.iks.fundAfter"), Rupiah.format(fundNow - value))),
                key -> postings.disburse(new IksPostings.IksDisbursement(groupId(), why, what,
                        beneficiary == null ? null : beneficiary.id(), beneficiary == null ? named : null, value, valueDate, key))));
    }

    @Override
    protected void reset() {
        detail.clear();
        member.clear();
        recipient.clear();
        amount.clear();
        showFund();
    }
}
