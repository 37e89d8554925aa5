package id.kube.admin.entry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;

import id.kube.admin.group.GroupDirectory;
import id.kube.admin.security.Role;
import id.kube.core.member.Member;
import id.kube.core.money.Rupiah;
import id.kube.ledger.LedgerException;
import id.kube.ledger.loan.FeeMethod;
import id.kube.ledger.loan.Frequency;
import id.kube.ledger.loan.Installment;
import id.kube.ledger.loan.LoanTerms;
import id.kube.ledger.loan.Schedule;
import id.kube.ledger.receipt.Terbilang;
import jakarta.annotation.security.RolesAllowed;

/**
 * A revolving-fund loan to a member: terms, the repayment schedule previewed as they are typed (kube-ledger's
 * {@link Schedule}, the same one the loan book stores), the group's cash beside the principal (a loan larger than
 * the cash is refused next to the principal, before and at posting), confirmation, kuitansi of the payout.
 */
@Route("kelompok/:groupId/pinjaman")
@RolesAllowed(Role.Names.TREASURER)
public class LoanDisbursementView extends EntryForm {

    private final LoanPostings postings;
    private ComboBox<Member> member;
    private RupiahField principal;
    private ComboBox<FeeMethod> feeMethod;
    private TextField rate;
    private ComboBox<Frequency> frequency;
    private TextField installments;
    private TextField grace;
    private DatePicker date;
    private Grid<Installment> schedule;
    private Paragraph totals;
    private Paragraph cash;

    public LoanDisbursementView(GroupDirectory directory, TreasurerBooks books, LoanPostings postings) {
        super(directory, books, "loan-disbursement");
        this.postings = postings;
    }

    @Override
    protected String titleKey() {
        return "entry.loan.title";
    }

    @Override
    protected void buildFields(FormLayout form, Div below) {
        member = field("member", memberField("entry.loan.borrower"));
        principal = field("amount", new RupiahField(getTranslation("entry.loan.principal"), "entry-amount"));
        feeMethod = field("feeMethod", new ComboBox<>(getTranslation("entry.loan.feeMethod")));
        feeMethod.setItems(FeeMethod.values());
        feeMethod.setItemLabelGenerator(m -> getTranslation("entry.loan.feeMethod." + m.name()));
        feeMethod.setValue(FeeMethod.FLAT);
        feeMethod.setId("entry-fee-method");
        rate = field("rate", new TextField(getTranslation("entry.loan.rate")));
        rate.setValue("1");
        rate.setAllowedCharPattern("[0-9.,]");
        rate.setSuffixComponent(new com.vaadin.flow.component.html.Span("% / " + getTranslation("entry.loan.month")));
        rate.setId("entry-rate");
        frequency = field("frequency", new ComboBox<>(getTranslation("entry.loan.frequency")));
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(f -> getTranslation("entry.loan.frequency." + f.name()));
        frequency.setValue(Frequency.MONTHLY);
        frequency.setId("entry-frequency");
        installments = field("installments", new TextField(getTranslation("entry.loan.installments")));
        installments.setAllowedCharPattern("[0-9]");
        installments.setValue("10");
        installments.setId("entry-installments");
        grace = field("grace", new TextField(getTranslation("entry.loan.grace")));
        grace.setAllowedCharPattern("[0-9]");
        grace.setValue("0");
        grace.setId("entry-grace");
        date = field("date", dateField());
        List.<com.vaadin.flow.component.HasSize>of(member, principal, feeMethod, rate, frequency, installments, grace, date)
                .forEach(com.vaadin.flow.component.HasSize::setWidthFull);
        form.add(member, principal, feeMethod, rate, frequency, installments, grace, date);

        cash = new Paragraph();
        cash.setId("entry-cash-now");
        cash.addClassName("kube-hint");
        schedule = new Grid<>();
        schedule.setId("entry-schedule");
        schedule.addColumn(Installment::seq).setHeader(getTranslation("entry.loan.seq")).setAutoWidth(true).setFlexGrow(0);
        schedule.addColumn(i -> formatDate(i.dueOn())).setHeader(getTranslation("entry.loan.dueOn")).setAutoWidth(true);
        schedule.addColumn(i -> Rupiah.format(i.principalDue())).setHeader(getTranslation("entry.loan.principal"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        schedule.addColumn(i -> Rupiah.format(i.feeDue())).setHeader(getTranslation("entry.loan.fee"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        schedule.addColumn(i -> Rupiah.format(i.totalDue())).setHeader(getTranslation("entry.loan.due"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        schedule.setAllRowsVisible(true);
        totals = new Paragraph();
        totals.setId("entry-schedule-totals");
        below.add(cash, new H3(getTranslation("entry.loan.schedule")), totals, schedule);
        principal.addValueChangeListener(e -> refreshPreview());
        rate.addValueChangeListener(e -> refreshPreview());
        installments.addValueChangeListener(e -> refreshPreview());
        grace.addValueChangeListener(e -> refreshPreview());
        feeMethod.addValueChangeListener(e -> refreshPreview());
        frequency.addValueChangeListener(e -> refreshPreview());
        date.addValueChangeListener(e -> refreshPreview());
        refreshPreview();
    }

    private void refreshPreview() {
        long available = postings.cashAvailable(groupId());
        cash.setText(getTranslation("entry.cashNow", Rupiah.format(available)));
        Optional<LoanTerms> terms = terms(false);
        if (terms.isEmpty()) {
            schedule.setItems(List.of());
            totals.setText(getTranslation("entry.loan.schedule.incomplete"));
            return;
        }
        Schedule preview = LoanPostings.preview(terms.get());
        schedule.setItems(preview.installments());
        long fee = preview.installments().stream().mapToLong(Installment::feeDue).sum();
        totals.setText(getTranslation("entry.loan.schedule.totals", Rupiah.format(terms.get().principal()),
                Rupiah.format(fee), Rupiah.format(terms.get().principal() + fee)));
        if (terms.get().principal() > available) {
            principal.setErrorMessage(getTranslation("entry.loan.error.cash", Rupiah.format(available),
                    Rupiah.format(terms.get().principal())));
            principal.setInvalid(true);
        }
    }

    /** The terms the fields hold; with {@code mark}, wrong fields are marked with the reason. */
    private Optional<LoanTerms> terms(boolean mark) {
        OptionalLong amount = mark ? principal.amount() : principal.peek();
        BigDecimal monthly = null;
        try {
            monthly = new BigDecimal(rate.getValue().strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            // marked below
        }
        boolean ok = amount.isPresent();
        if (monthly == null || monthly.signum() < 0 || monthly.compareTo(BigDecimal.TEN) > 0 || monthly.scale() > 4) {
            ok = false;
            if (mark) {
                rate.setErrorMessage(getTranslation("entry.loan.error.rate"));
                rate.setInvalid(true);
            }
        }
        int count = number(installments.getValue());
        if (count < 1 || count > 260) {
            ok = false;
            if (mark) {
                installments.setErrorMessage(getTranslation("entry.loan.error.installments"));
                installments.setInvalid(true);
            }
        }
        int gracePeriods = number(grace.getValue());
        if (gracePeriods < 0 || gracePeriods > 52) {
            ok = false;
            if (mark) {
                grace.setErrorMessage(getTranslation("entry.loan.error.grace"));
                grace.setInvalid(true);
            }
        }
        LocalDate start = date.getValue();
        if (mark) {
            ok &= validDate(date);
        } else {
            ok &= start != null;
        }
        if (!ok || feeMethod.isEmpty() || frequency.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LoanTerms(amount.getAsLong(), feeMethod.getValue(), monthly, frequency.getValue(), count,
                    gracePeriods, start));
        } catch (LedgerException e) {
            if (mark) {
                principal.setErrorMessage(e.getMessage());
                principal.setInvalid(true);
            }
            return Optional.empty();
        }
    }

    private static int number(String text) {
        try {
            return text == null || text.isBlank() || text.length() > 4 ? -1 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    protected Optional<Pending> validate() {
        boolean ok = required(member, !member.isEmpty(), "entry.member.required");
        required(feeMethod, !feeMethod.isEmpty(), "entry.required");
        required(frequency, !frequency.isEmpty(), "entry.required");
        Optional<LoanTerms> terms = terms(true);
        if (!ok || terms.isEmpty()) {
            return Optional.empty();
        }
        long available = postings.cashAvailable(groupId());
        LoanTerms chosen = terms.get();
        if (chosen.principal() > available) {
            principal.setErrorMessage(getTranslation("entry.loan.error.cash", Rupiah.format(available),
                    Rupiah.format(chosen.principal())));
            principal.setInvalid(true);
            return Optional.empty();
        }
        Schedule preview = LoanPostings.preview(chosen);
        long fee = preview.installments().stream().mapToLong(Installment::feeDue).sum();
        Member borrower = member.getValue();
        return Optional.of(new Pending(List.of(
                new Line(getTranslation("entry.loan.borrower"), borrower.fullName()),
                new Line(getTranslation("entry.loan.principal"), Rupiah.format(chosen.principal())),
                new Line(getTranslation("entry.words"), Terbilang.rupiah(chosen.principal())),
                new Line(getTranslation("entry.loan.terms"), getTranslation("entry.loan.terms.value",
                        chosen.installments(), getTranslation("entry.loan.frequency." + chosen.frequency().name()),
                        chosen.monthlyFeeRatePercent().stripTrailingZeros().toPlainString(),
                        getTranslation("entry.loan.feeMethod." + chosen.feeMethod().name()))),
                new Line(getTranslation("entry.loan.firstDue"), formatDate(preview.installments().getFirst().dueOn())),
                new Line(getTranslation("entry.loan.totalFee"), Rupiah.format(fee)),
                new Line(getTranslation("entry.loan.totalDue"), Rupiah.format(chosen.principal() + fee)),
                new Line(getTranslation("entry.date"), formatDate(chosen.startsOn())),
                new Line(getTranslation("entry.booking"), getTranslation("entry.booking.LOAN")),
                new Line(getTranslation("entry.cashAfter"), Rupiah.format(available - chosen.principal()))),
                key -> postings.disburse(new LoanPostings.Disbursement(groupId(), borrower.id(), chosen, key))));
    }

    @Override
    protected void reset() {
        member.clear();
        principal.clear();
        refreshPreview();
    }
}
