package id.kube.ledger.report;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import id.kube.core.group.GroupId;

/** The cash book of one account for a date range: opening balance, every movement with the running balance, closing. */
public record CashBook(GroupId groupId, String accountCode, LocalDate from, LocalDate to, long opening, List<Line> lines) {

    public record Line(LocalDate valueDate, long entryNo, String description, @Nullable String memberId, long in, long out, long balanceAfter) {
    }

    public CashBook {
        lines = List.copyOf(lines);
    }

    public long closing() {
        return lines.isEmpty() ? opening : lines.getLast().balanceAfter();
    }
}
