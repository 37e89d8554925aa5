package id.kube.admin.approval;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import id.kube.core.group.GroupId;
import id.kube.ledger.account.AccountId;
import id.kube.ledger.account.AccountRole;
import id.kube.ledger.journal.Books;
import id.kube.ledger.loan.LoanBook;
import id.kube.ledger.loan.Portfolio;
import id.kube.ledger.report.AccountBalance;
import id.kube.ledger.report.CashBook;
import id.kube.ledger.report.IncomeStatement;
import id.kube.ledger.report.Reports;

/**
 * Computes a group's monthly report from kube-ledger's public reports (cash books by account, the income
 * statement, the loan portfolio); nothing is summed here that the ledger does not report. Loans outstanding is
 * the loans-receivable balance of the books (which also holds loans imported as plain entries); arrears and
 * PAR30 come from the loan book's schedules. No access check:
 * callers ({@link MonthlyApprovals}) check the scope first.
 */
@Component
class LedgerMonth {

    private final DSLContext dsl;
    private final Clock clock;

    LedgerMonth(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    MonthlyReport report(GroupId group, YearMonth month) {
        Books books = new Books(dsl);
        if (!books.isOpen(group)) {
            return new MonthlyReport(group, month, false, MonthlyFigures.empty(), List.of(), List.of());
        }
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        Map<AccountRole, AccountId> roles = Books.roles(dsl, group);
        Reports reports = new Reports(dsl);
        CashBook cash = reports.cashBook(group, roles.get(AccountRole.CASH).code(), from, to);
        CashBook bank = reports.cashBook(group, roles.get(AccountRole.BANK).code(), from, to);
        CashBook loans = reports.cashBook(group, roles.get(AccountRole.LOANS_RECEIVABLE).code(), from, to);
        CashBook iks = reports.cashBook(group, roles.get(AccountRole.IKS_FUND).code(), from, to);
        long contributions = credits(reports.cashBook(group, roles.get(AccountRole.MANDATORY_CONTRIBUTIONS).code(),
                from, to)) + credits(reports.cashBook(group, roles.get(AccountRole.PRINCIPAL_CONTRIBUTIONS).code(),
                from, to));
        IncomeStatement statement = reports.incomeStatement(group, from, to);
        Portfolio portfolio = new LoanBook(dsl, clock).portfolio(group, to);
        long overdue = portfolio.loans().stream().mapToLong(loan -> loan.overdue()).sum();
        MonthlyFigures figures = new MonthlyFigures(cash.opening(), cash.closing(), bank.opening(), bank.closing(),
                statement.totalIncome(), statement.totalExpenses(), contributions,
                loans.lines().stream().mapToLong(CashBook.Line::in).sum(),
                loans.lines().stream().mapToLong(CashBook.Line::out).sum(),
                Math.max(0, loans.closing()), overdue, portfolio.atRiskOver30(),
                iks.lines().stream().mapToLong(CashBook.Line::out).sum(),
                iks.lines().stream().mapToLong(CashBook.Line::in).sum(),
                -iks.closing());
        return new MonthlyReport(group, month, true, figures, lines(statement.income()), lines(statement.expenses()));
    }

    /** Net credits of an equity account's month (a reversal's debit takes back what it reverses). */
    private static long credits(CashBook book) {
        return book.lines().stream().mapToLong(line -> line.out() - line.in()).sum();
    }

    private static List<MonthlyReport.Line> lines(List<AccountBalance> balances) {
        return balances.stream().filter(balance -> balance.normal() != 0)
                .map(balance -> new MonthlyReport.Line(balance.account().code(), balance.account().name(),
                        balance.normal()))
                .toList();
    }
}
