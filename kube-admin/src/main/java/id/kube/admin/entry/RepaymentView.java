package id.kube.admin.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;

import id.kube.admin.group.GroupDirectory;
import id.kube.admin.security.Role;
import id.kube.core.money.Rupiah;
import id.kube.ledger.account.OverpaymentPolicy;
import id.kube.ledger.loan.Loan;
import id.kube.ledger.receipt.Terbilang;
import jakarta.annotation.security.RolesAllowed;

/**
 * A repayment on a member's loan: the loan, the amount (the next installment filled in), the date; the allocation
 * is shown as it will be booked — service fee first, then principal, oldest installment first — and what happens
 * to more than the loan owes under the group's policy (refused next to the amount, or kept as savings).
 */
@Route("kelompok/:groupId/angsuran")
@RolesAllowed(Role.Names.TREASURER)
public class RepaymentView extends EntryForm {

    private final LoanPostings postings;
    private ComboBox<Loan> loan;
    private RupiahField amount;
    private DatePicker date;
    private Div allocation;
    private OverpaymentPolicy policy;

    public RepaymentView(GroupDirectory directory, TreasurerBooks books, LoanPostings postings) {
        super(directory, books, "repayment");
        this.postings = postings;
    }

    @Override
    protected String titleKey() {
        return "entry.repay.title";
    }

    private String label(Loan l) {
        return getTranslation("entry.repay.loanLabel", l.loanNo(), books.memberName(l.memberId()), Rupiah.format(l.outstanding()));
    }

    @Override
    protected void buildFields(FormLayout form, Div below) {
        policy = postings.policy(groupId());
        loan = field("loan", new ComboBox<>(getTranslation("entry.repay.loan")));
        loan.setItems(postings.activeLoans(groupId()));
        loan.setItemLabelGenerator(this::label);
        loan.setId("entry-loan");
        loan.setWidthFull();
        amount = field("amount", new RupiahField(getTranslation("entry.amount"), "entry-amount"));
        date = field("date", dateField());
        form.add(loan, amount, date);
        allocation = new Div();
        allocation.setId("entry-allocation");
        allocation.addClassName("kube-panel");
        Paragraph policyText = new Paragraph(getTranslation("entry.repay.policy." + policy.name()));
        policyText.addClassName("kube-hint");
        policyText.setId("entry-policy");
        below.add(new H3(getTranslation("entry.repay.allocation")), allocation, policyText);
        loan.addValueChangeListener(e -> {
            if (e.getValue() != null && amount.getValue().isBlank()) {
                nextDue(e.getValue()).ifPresent(amount::showAmount);
            }
            refresh();
        });
        amount.addValueChangeListener(e -> refresh());
        refresh();
    }

    /** What the oldest unpaid installment still asks for. */
    private static OptionalLong nextDue(Loan l) {
        return l.installments().stream().filter(ib -> ib.owed() > 0).mapToLong(Loan.InstallmentBalance::owed).findFirst();
    }

    private void refresh() {
        allocation.removeAll();
        Loan chosen = loan.getValue();
        OptionalLong paid = amount.peek();
        if (chosen == null || paid.isEmpty()) {
            allocation.add(new Paragraph(getTranslation("entry.repay.allocation.empty")));
            return;
        }
        LoanPostings.Allocation a = LoanPostings.allocate(chosen, paid.getAsLong(), policy);
        allocation.add(KuitansiPanel.line(getTranslation("entry.repay.fee"), Rupiah.format(a.fee())),
                KuitansiPanel.line(getTranslation("entry.repay.principal"), Rupiah.format(a.principal())),
                KuitansiPanel.line(getTranslation("entry.repay.remaining"),
                        Rupiah.format(a.outstanding() - a.fee() - a.principal())));
        if (a.excess() > 0) {
            if (a.refused()) {
                amount.setErrorMessage(getTranslation("entry.repay.error.over", Rupiah.format(paid.getAsLong()),
                        Rupiah.format(a.outstanding())));
                amount.setInvalid(true);
            } else {
                allocation.add(KuitansiPanel.line(getTranslation("entry.repay.savings"), Rupiah.format(a.excess())));
            }
        }
    }

    @Override
    protected Optional<Pending> validate() {
        boolean ok = required(loan, !loan.isEmpty(), "entry.repay.loan.required");
        OptionalLong parsed = amount.amount();
        ok &= parsed.isPresent();
        ok &= validDate(date);
        if (!ok) {
            refresh();
            return Optional.empty();
        }
        Loan chosen = loan.getValue();
        long value = parsed.getAsLong();
        LoanPostings.Allocation a = LoanPostings.allocate(chosen, value, policy);
        if (a.refused()) {
            refresh();
            return Optional.empty();
        }
        var paidOn = date.getValue();
        List<Line> summary = new ArrayList<>(List.of(
                new Line(getTranslation("entry.repay.loan"), label(chosen)),
                new Line(getTranslation("entry.amount"), Rupiah.format(value)),
                new Line(getTranslation("entry.words"), Terbilang.rupiah(value)),
                new Line(getTranslation("entry.repay.fee"), Rupiah.format(a.fee())),
                new Line(getTranslation("entry.repay.principal"), Rupiah.format(a.principal()))));
        if (a.excess() > 0) {
            summary.add(new Line(getTranslation("entry.repay.savings"), Rupiah.format(a.excess())));
        }
        summary.add(new Line(getTranslation("entry.repay.remaining"), Rupiah.format(a.outstanding() - a.fee() - a.principal())));
        summary.add(new Line(getTranslation("entry.date"), formatDate(paidOn)));
        long loanNo = chosen.loanNo();
        return Optional.of(new Pending(summary,
                key -> postings.repay(new LoanPostings.Repayment(groupId(), loanNo, value, paidOn, key))));
    }

    @Override
    protected void reset() {
        loan.setItems(postings.activeLoans(groupId()));
        loan.clear();
        amount.clear();
        refresh();
    }
}
