package id.kube.ledger.loan;

import java.time.LocalDate;

/** A loan's arrears at a date: days past due of its oldest unpaid due installment, the amount overdue, principal outstanding. */
public record LoanArrears(long loanNo, LocalDate asOf, long daysPastDue, long overdue, long outstandingPrincipal) {
}
