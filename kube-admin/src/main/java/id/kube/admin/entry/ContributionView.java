package id.kube.admin.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

import id.kube.admin.group.GroupDirectory;
import id.kube.admin.security.Role;
import id.kube.core.member.Member;
import id.kube.ledger.receipt.Terbilang;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Money a member brings to the group's cash: a mandatory contribution ({@code iuran}) or an IKS contribution
 * ({@code iks-iuran}); member, amount, date, then confirmation and kuitansi (the {@link EntryForm} skeleton).
 */
@Route("kelompok/:groupId/iuran")
@RolesAllowed(Role.Names.TREASURER)
public class ContributionView extends EntryForm {

    private final CashPostings postings;
    private final CashPostings.Kind kind;
    private ComboBox<Member> member;
    private RupiahField amount;
    private DatePicker date;

    @Autowired
    public ContributionView(GroupDirectory directory, TreasurerBooks books, CashPostings postings) {
        this(directory, books, postings, CashPostings.Kind.CONTRIBUTION, "contribution");
    }

    protected ContributionView(GroupDirectory directory, TreasurerBooks books, CashPostings postings,
                               CashPostings.Kind kind, String id) {
        super(directory, books, id);
        this.postings = postings;
        this.kind = kind;
    }

    @Override
    protected String titleKey() {
        return kind == CashPostings.Kind.CONTRIBUTION ? "entry.contribution.title" : "entry.iksContribution.title";
    }

    @Override
    protected void buildFields(FormLayout form, Div below) {
        member = field("member", memberField("entry.member"));
        amount = field("amount", new RupiahField(getTranslation("entry.amount"), "entry-amount"));
        date = field("date", dateField());
        form.add(member, amount, date);
    }

    @Override
    protected Optional<Pending> validate() {
        boolean ok = required(member, !member.isEmpty(), "entry.member.required");
        OptionalLong parsed = amount.amount();
        ok &= parsed.isPresent();
        ok &= validDate(date);
        if (!ok) {
            return Optional.empty();
        }
        Member who = member.getValue();
        long value = parsed.getAsLong();
        List<Line> summary = new ArrayList<>(List.of(
                new Line(getTranslation("entry.member"), who.fullName()),
                new Line(getTranslation("entry.amount"), RupiahInput.format(value)),
                new Line(getTranslation("entry.words"), Terbilang.rupiah(value)),
                new Line(getTranslation("entry.date"), formatDate(date.getValue())),
                new Line(getTranslation("entry.booking"), getTranslation("entry.booking." + kind.name()))));
        var valueDate = date.getValue();
        return Optional.of(new Pending(summary, key -> postings.post(new CashPostings.CashEntry(kind, groupId(),
                who.id(), null, null, value, valueDate, key))));
    }

    @Override
    protected void reset() {
        member.clear();
        amount.clear();
    }
}
