package id.kube.ledger.loan;

/** Where a loan is in its life: being repaid, fully repaid, or written off (with approval). */
public enum LoanStatus {
    ACTIVE, CLOSED, WRITTEN_OFF
}
