package id.kube.admin.books;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;

import id.kube.core.KubeCore;
import id.kube.core.group.GroupId;
import id.kube.core.member.Member;
import id.kube.core.member.MemberId;
import id.kube.core.money.Rupiah;
import id.kube.ledger.account.AccountRole;
import id.kube.ledger.report.AccountBalance;
import id.kube.ledger.report.CashBook;
import id.kube.ledger.report.JournalReader;
import id.kube.ledger.report.MemberStatement;
import id.kube.ledger.report.TrialBalance;

/**
 * The books tab of a group page: everything as of one date (the books as they were then) — the journal of the
 * twelve months up to it (a reversal and the entry it cancels point at each other, the cancelled one struck
 * through), the trial balance, the cash book of that month, and one member's statement for that year.
 */
public class BooksTab extends Div {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final BooksReader reader;
    private final GroupId group;
    private final Map<MemberId, String> names;
    private final DatePicker asOf;
    private final ComboBox<Member> member;
    private final TabSheet sheets = new TabSheet();
    private final Div journal = new Div();
    private final Div trial = new Div();
    private final Div cash = new Div();
    private final Div statement = new Div();

    public BooksTab(BooksReader reader, KubeCore core, Clock clock, GroupId group) {
        this.reader = reader;
        this.group = group;
        setId("books");
        setWidthFull();
        List<Member> members = core.members().membershipHistory(group);
        names = members.stream().collect(Collectors.toMap(Member::id, Member::fullName, (a, b) -> a));
        asOf = new DatePicker(getTranslation("books.asOf"), LocalDate.now(clock));
        asOf.setId("books-as-of");
        asOf.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                refresh();
            }
        });
        Div toolbar = new Div(asOf);
        toolbar.addClassName("kube-toolbar");
        member = new ComboBox<>(getTranslation("books.member"));
        member.setItems(members);
        member.setItemLabelGenerator(Member::fullName);
        member.setId("books-member");
        member.addValueChangeListener(e -> showStatement());
        sheets.add(getTranslation("books.journal"), journal);
        sheets.add(getTranslation("books.trialBalance"), trial);
        sheets.add(getTranslation("books.cashBook"), cash);
        sheets.add(getTranslation("books.memberStatement"), new Div(member, statement));
        sheets.setWidthFull();
        add(toolbar, sheets);
        refresh();
    }

    private LocalDate date() {
        return asOf.getValue() == null ? LocalDate.now() : asOf.getValue();
    }

    private String date(LocalDate day) {
        return DATE.withLocale(getLocale()).format(day);
    }

    private void refresh() {
        showJournal();
        showTrialBalance();
        showCashBook();
        showStatement();
    }

    private static String money(long amount) {
        return amount == 0 ? "" : Rupiah.format(amount);
    }

    private String kind(String kind) {
        String text = getTranslation("books.kind." + kind);
        return text.startsWith("!") ? kind : text;
    }

    private void showJournal() {
        journal.removeAll();
        LocalDate to = date();
        List<JournalReader.Entry> entries = reader.journal(group, to.minusYears(1).plusDays(1), to);
        Map<String, String> accounts = reader.accountNames(group);
        Grid<JournalReader.Entry> grid = new Grid<>();
        grid.setId("books-journal");
        grid.addColumn(JournalReader.Entry::entryNo).setHeader("No").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> date(e.valueDate())).setHeader(getTranslation("books.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> kind(e.kind())).setHeader(getTranslation("books.kind")).setAutoWidth(true);
        grid.addColumn(e -> e.description() + (e.memberId() == null ? "" : "")).setHeader(getTranslation("books.description"))
                .setFlexGrow(2);
        grid.addColumn(e -> Rupiah.format(e.total())).setHeader(getTranslation("books.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(e -> e.reversed() ? getTranslation("books.reversedBy", e.reversedByEntryNo())
                : e.isReversal() ? getTranslation("books.reverses", e.reversesEntryNo()) : "")
                .setHeader(getTranslation("books.correction")).setAutoWidth(true);
        grid.setPartNameGenerator(e -> e.reversed() ? "reversed" : null);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(e -> {
            Div legs = new Div();
            for (JournalReader.Line line : e.lines()) {
                legs.add(id.kube.admin.entry.KuitansiPanel.line(line.accountCode() + " " + accounts.getOrDefault(line.accountCode(), ""),
                        (line.debitPositive() > 0 ? getTranslation("entry.debit") : getTranslation("entry.credit")) + " "
                                + Rupiah.format(Math.abs(line.debitPositive()))));
            }
            legs.add(id.kube.admin.entry.KuitansiPanel.line(getTranslation("books.postedBy"),
                    e.postedBy() + (e.memberId() == null ? "" : " · " + names.getOrDefault(e.memberId(), ""))));
            return legs;
        }));
        grid.setItems(entries);
        grid.setAllRowsVisible(entries.size() <= 50);
        grid.setHeight(entries.size() <= 50 ? null : "32rem");
        Paragraph note = new Paragraph(entries.isEmpty() ? getTranslation("books.empty")
                : getTranslation("books.journal.note", entries.size()));
        note.addClassName("kube-hint");
        journal.add(note, grid);
    }

    private void showTrialBalance() {
        trial.removeAll();
        var balance = reader.trialBalance(group, date());
        if (balance.isEmpty()) {
            trial.add(new Paragraph(getTranslation("books.empty")));
            return;
        }
        TrialBalance tb = balance.get();
        Grid<AccountBalance> grid = new Grid<>();
        grid.setId("books-trial-balance");
        grid.addColumn(b -> b.account().code()).setHeader(getTranslation("books.account.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(b -> b.account().name()).setHeader(getTranslation("books.account")).setFlexGrow(2)
                .setFooter(getTranslation("books.total"));
        grid.addColumn(b -> money(Math.max(b.debitPositive(), 0))).setHeader(getTranslation("entry.debit"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFooter(Rupiah.format(tb.totalDebits()));
        grid.addColumn(b -> money(Math.max(-b.debitPositive(), 0))).setHeader(getTranslation("entry.credit"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFooter(Rupiah.format(tb.totalCredits()));
        grid.setItems(tb.lines().stream().filter(b -> b.debitPositive() != 0).toList());
        grid.setAllRowsVisible(true);
        Paragraph check = new Paragraph(getTranslation(tb.net() == 0 ? "books.balanced" : "books.unbalanced", date(tb.asOf())));
        check.setId("books-trial-check");
        check.addClassName("kube-hint");
        trial.add(check, grid);
    }

    private void showCashBook() {
        cash.removeAll();
        LocalDate to = date();
        LocalDate from = to.withDayOfMonth(1);
        var book = reader.cashBook(group, from, to);
        if (book.isEmpty()) {
            cash.add(new Paragraph(getTranslation("books.empty")));
            return;
        }
        CashBook cb = book.get();
        Grid<CashBook.Line> grid = new Grid<>();
        grid.setId("books-cash-book");
        grid.addColumn(l -> date(l.valueDate())).setHeader(getTranslation("books.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CashBook.Line::entryNo).setHeader("No").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CashBook.Line::description).setHeader(getTranslation("books.description")).setFlexGrow(2);
        grid.addColumn(l -> money(l.in())).setHeader(getTranslation("books.in")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(l -> money(l.out())).setHeader(getTranslation("books.out")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(l -> Rupiah.format(l.balanceAfter())).setHeader(getTranslation("books.balance"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.setItems(cb.lines());
        grid.setAllRowsVisible(cb.lines().size() <= 50);
        grid.setHeight(cb.lines().size() <= 50 ? null : "32rem");
        Paragraph summary = new Paragraph(getTranslation("books.cashBook.summary", date(from), date(to),
                Rupiah.format(cb.opening()), Rupiah.format(cb.closing())));
        summary.setId("books-cash-summary");
        cash.add(summary, grid);
    }

    private void showStatement() {
        statement.removeAll();
        Member who = member.getValue();
        if (who == null) {
            statement.add(new Paragraph(getTranslation("books.memberStatement.choose")));
            return;
        }
        LocalDate to = date();
        LocalDate from = to.withDayOfYear(1);
        var found = reader.memberStatement(group, who.id(), from, to);
        if (found.isEmpty()) {
            statement.add(new Paragraph(getTranslation("books.empty")));
            return;
        }
        MemberStatement ms = found.get();
        Map<String, String> accounts = reader.accountNames(group);
        Grid<MemberStatement.Line> grid = new Grid<>();
        grid.setId("books-member-statement");
        grid.addColumn(l -> date(l.valueDate())).setHeader(getTranslation("books.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MemberStatement.Line::entryNo).setHeader("No").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MemberStatement.Line::description).setHeader(getTranslation("books.description")).setFlexGrow(2);
        grid.addColumn(l -> accounts.getOrDefault(l.accountCode(), l.accountCode())).setHeader(getTranslation("books.account"))
                .setAutoWidth(true);
        grid.addColumn(l -> money(Math.max(l.debitPositive(), 0))).setHeader(getTranslation("entry.debit"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(l -> money(Math.max(-l.debitPositive(), 0))).setHeader(getTranslation("entry.credit"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.setItems(ms.lines());
        grid.setAllRowsVisible(true);
        Div totals = new Div();
        totals.addClassName("kube-cards");
        totals.setId("books-member-totals");
        Function<AccountRole, Div> card = role -> {
            Div c = new Div(new com.vaadin.flow.component.html.Span(getTranslation("books.role." + role.name())),
                    new com.vaadin.flow.component.html.Span(Rupiah.format(ms.closing(role))));
            c.addClassName("kube-card");
            c.getChildren().skip(1).findFirst().ifPresent(v -> v.getElement().getClassList().add("kube-card-value"));
            return c;
        };
        totals.add(card.apply(AccountRole.MANDATORY_CONTRIBUTIONS), card.apply(AccountRole.PRINCIPAL_CONTRIBUTIONS),
                card.apply(AccountRole.VOLUNTARY_SAVINGS), card.apply(AccountRole.LOANS_RECEIVABLE));
        statement.add(new H3(getTranslation("books.memberStatement.title", who.fullName(), date(from), date(to))), totals, grid);
    }
}
