package id.kube.ledger.report;

import java.time.LocalDate;
import java.util.List;

import id.kube.core.group.GroupId;

/** Income and expenses of a date range (both ends included) and the surplus (negative: a loss). */
public record IncomeStatement(GroupId groupId, LocalDate from, LocalDate to, List<AccountBalance> income,
                              List<AccountBalance> expenses) {

    public IncomeStatement {
        income = List.copyOf(income);
        expenses = List.copyOf(expenses);
    }

    public long totalIncome() {
        return income.stream().mapToLong(AccountBalance::normal).sum();
    }

    public long totalExpenses() {
        return expenses.stream().mapToLong(AccountBalance::normal).sum();
    }

    public long surplus() {
        return totalIncome() - totalExpenses();
    }
}
