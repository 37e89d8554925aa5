package id.kube.ledger.loan;

import java.time.LocalDate;

/** One installment of a schedule: what falls due on a date, principal and fee, in whole rupiah. */
public record Installment(int seq, LocalDate dueOn, long principalDue, long feeDue) {

    public long totalDue() {
        return principalDue + feeDue;
    }
}
