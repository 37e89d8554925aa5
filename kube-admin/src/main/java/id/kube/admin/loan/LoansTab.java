package id.kube.admin.loan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import id.kube.core.KubeCore;
import id.kube.core.group.GroupId;
import id.kube.core.member.Member;
import id.kube.core.member.MemberId;
import id.kube.core.money.Rupiah;
import id.kube.ledger.loan.Loan;
import id.kube.ledger.loan.LoanArrears;
import id.kube.ledger.loan.LoanPayments;
import id.kube.ledger.loan.Portfolio;

/**
 * The loans tab of a group page, as of a date: the portfolio (outstanding principal, PAR30, repayment rate), every
 * loan with its arrears (days past due of the oldest unpaid due installment, the amount overdue), and for the loan
 * chosen its schedule (due, paid, still owed per installment) and the repayments made on it.
 */
public class LoansTab extends Div {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    /** One loan with its arrears at the date. */
    record Row(Loan loan, LoanArrears arrears) {
    }

    private final LoansReader reader;
    private final GroupId group;
    private final Map<MemberId, String> names;
    private final DatePicker asOf;
    private final Div summary = new Div();
    private final Grid<Row> grid = new Grid<>();
    private final Div detail = new Div();

    public LoansTab(LoansReader reader, KubeCore core, Clock clock, GroupId group) {
        this.reader = reader;
        this.group = group;
        setId("loans");
        setWidthFull();
        names = core.members().membershipHistory(group).stream()
                .collect(Collectors.toMap(Member::id, Member::fullName, (a, b) -> a));
        asOf = new DatePicker(getTranslation("loan.asOf"), LocalDate.now(clock));
        asOf.setId("loans-as-of");
        asOf.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                refresh();
            }
        });
        Div toolbar = new Div(asOf);
        toolbar.addClassName("kube-toolbar");
        summary.addClassName("kube-cards");
        summary.setId("loans-summary");
        grid.setId("loans-grid");
        grid.addColumn(r -> r.loan().loanNo()).setHeader("No").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> names.getOrDefault(r.loan().memberId(), "-")).setHeader(getTranslation("loan.member")).setFlexGrow(2);
        grid.addColumn(r -> Rupiah.format(r.loan().principal())).setHeader(getTranslation("loan.principal"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> date(r.loan().disbursedOn())).setHeader(getTranslation("loan.disbursedOn")).setAutoWidth(true);
        grid.addColumn(r -> Rupiah.format(r.loan().outstanding())).setHeader(getTranslation("loan.outstanding"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> r.arrears().overdue() == 0 ? "" : Rupiah.format(r.arrears().overdue()))
                .setHeader(getTranslation("loan.overdue")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> r.arrears().daysPastDue() == 0 ? "" : String.valueOf(r.arrears().daysPastDue()))
                .setHeader(getTranslation("loan.daysPastDue")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("loan.status." + r.loan().status().name())).setHeader(getTranslation("loan.status"))
                .setAutoWidth(true);
        grid.setPartNameGenerator(r -> r.arrears().daysPastDue() > 30 ? "late" : null);
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> showDetail(e.getFirstSelectedItem().orElse(null)));
        detail.setId("loan-detail");
        add(toolbar, summary, grid, detail);
        refresh();
    }

    private String date(LocalDate day) {
        return DATE.withLocale(getLocale()).format(day);
    }

    private static String percent(BigDecimal ratio) {
        return ratio.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_EVEN).toPlainString().replace('.', ',') + "%";
    }

    private Div card(String label, String value, String id) {
        Span labelText = new Span(label);
        labelText.addClassName("kube-card-label");
        Span valueText = new Span(value);
        valueText.addClassName("kube-card-value");
        valueText.setId(id);
        Div card = new Div(labelText, valueText);
        card.addClassName("kube-card");
        return card;
    }

    private void refresh() {
        LocalDate day = asOf.getValue();
        summary.removeAll();
        detail.removeAll();
        List<Loan> loans = reader.loans(group).stream().filter(l -> !l.disbursedOn().isAfter(day)).toList();
        Portfolio portfolio = reader.portfolio(group, day).orElse(null);
        Map<Long, LoanArrears> arrears = portfolio == null ? Map.of()
                : portfolio.loans().stream().collect(Collectors.toMap(LoanArrears::loanNo, a -> a, (a, b) -> a));
        List<Row> rows = loans.stream().map(l -> new Row(l, arrears.getOrDefault(l.loanNo(),
                new LoanArrears(l.loanNo(), day, 0, 0, l.outstandingPrincipal())))).toList();
        long active = loans.stream().filter(l -> l.status() == id.kube.ledger.loan.LoanStatus.ACTIVE).count();
        summary.add(card(getTranslation("loan.count"), String.valueOf(active), "loans-active"),
                card(getTranslation("loan.outstandingPrincipal"),
                        Rupiah.format(portfolio == null ? 0 : portfolio.outstandingPrincipal()), "loans-outstanding"),
                card("PAR30", portfolio == null ? "–" : percent(portfolio.par30()), "loans-par30"),
                card(getTranslation("loan.repaymentRate"), portfolio == null ? "–" : percent(portfolio.repaymentRate()),
                        "loans-repayment-rate"));
        grid.setItems(rows);
        if (rows.isEmpty()) {
            detail.add(new Paragraph(getTranslation("loan.none")));
        } else {
            Paragraph hint = new Paragraph(getTranslation("loan.choose"));
            hint.addClassName("kube-hint");
            detail.add(hint);
        }
    }

    private void showDetail(Row row) {
        detail.removeAll();
        if (row == null) {
            return;
        }
        Loan loan = row.loan();
        H3 title = new H3(getTranslation("loan.detail.title", loan.loanNo(), names.getOrDefault(loan.memberId(), "-")));
        Paragraph arrears = new Paragraph(row.arrears().daysPastDue() == 0 ? getTranslation("loan.onTime")
                : getTranslation("loan.late", row.arrears().daysPastDue(), Rupiah.format(row.arrears().overdue())));
        arrears.setId("loan-arrears");
        Grid<Loan.InstallmentBalance> schedule = new Grid<>();
        schedule.setId("loan-schedule");
        schedule.addColumn(ib -> ib.installment().seq()).setHeader(getTranslation("entry.loan.seq")).setAutoWidth(true).setFlexGrow(0);
        schedule.addColumn(ib -> date(ib.installment().dueOn())).setHeader(getTranslation("entry.loan.dueOn")).setAutoWidth(true);
        schedule.addColumn(ib -> Rupiah.format(ib.installment().principalDue())).setHeader(getTranslation("loan.principal"))
                .setTextAlign(ColumnTextAlign.END);
        schedule.addColumn(ib -> Rupiah.format(ib.installment().feeDue())).setHeader(getTranslation("entry.loan.fee"))
                .setTextAlign(ColumnTextAlign.END);
        schedule.addColumn(ib -> Rupiah.format(ib.feePaid() + ib.principalPaid())).setHeader(getTranslation("loan.paid"))
                .setTextAlign(ColumnTextAlign.END);
        schedule.addColumn(ib -> ib.owed() == 0 ? getTranslation("loan.paidUp") : Rupiah.format(ib.owed()))
                .setHeader(getTranslation("loan.owed")).setTextAlign(ColumnTextAlign.END);
        schedule.setItems(loan.installments());
        schedule.setAllRowsVisible(true);
        List<LoanPayments.Payment> payments = reader.payments(group, loan.loanNo());
        Grid<LoanPayments.Payment> paid = new Grid<>();
        paid.setId("loan-payments");
        paid.addColumn(p -> date(p.paidOn())).setHeader(getTranslation("books.date")).setAutoWidth(true);
        paid.addColumn(LoanPayments.Payment::entryNo).setHeader(getTranslation("loan.entry")).setAutoWidth(true);
        paid.addColumn(p -> Rupiah.format(p.feePaid())).setHeader(getTranslation("entry.repay.fee")).setTextAlign(ColumnTextAlign.END);
        paid.addColumn(p -> Rupiah.format(p.principalPaid())).setHeader(getTranslation("entry.repay.principal"))
                .setTextAlign(ColumnTextAlign.END);
        paid.addColumn(p -> Rupiah.format(p.total())).setHeader(getTranslation("books.amount")).setTextAlign(ColumnTextAlign.END);
        paid.setItems(payments);
        paid.setAllRowsVisible(true);
        detail.add(title, arrears, new H3(getTranslation("entry.loan.schedule")), schedule,
                new H3(getTranslation("loan.payments")), payments.isEmpty() ? new Paragraph(getTranslation("loan.payments.none")) : paid);
    }
}
