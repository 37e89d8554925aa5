package id.kube.admin.approval;

import java.time.YearMonth;
import java.util.List;

import id.kube.core.group.GroupId;

/** The monthly report of a group as the books show it now: the figures and the income statement's lines. */
public record MonthlyReport(GroupId group, YearMonth month, boolean booksOpen, MonthlyFigures figures,
                            List<Line> income, List<Line> expenses) {

    /** One account of the income statement with its amount for the month. */
    public record Line(String code, String name, long amount) {
    }

    public MonthlyReport {
        income = List.copyOf(income);
        expenses = List.copyOf(expenses);
    }
}
