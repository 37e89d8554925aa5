package id.kube.ledger.report;

import java.time.LocalDate;
import java.util.List;

import id.kube.core.group.GroupId;

/** Every account's balance at a date in debit and credit columns; the columns are equal when the books balance. */
public record TrialBalance(GroupId groupId, LocalDate asOf, List<AccountBalance> lines) {

    public TrialBalance {
        lines = List.copyOf(lines);
    }

    public long totalDebits() {
        return lines.stream().mapToLong(AccountBalance::debitPositive).filter(v -> v > 0).sum();
    }

    public long totalCredits() {
        return -lines.stream().mapToLong(AccountBalance::debitPositive).filter(v -> v < 0).sum();
    }

    /** Debits minus credits over all accounts: always zero. */
    public long net() {
        return totalDebits() - totalCredits();
    }
}
