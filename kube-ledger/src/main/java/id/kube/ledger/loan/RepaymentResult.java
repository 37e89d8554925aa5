package id.kube.ledger.loan;

import id.kube.ledger.journal.PostedEntry;

/** How a repayment was allocated: fee, principal, what was kept as the member's savings, and whether it closed the loan. */
public record RepaymentResult(PostedEntry entry, long feePaid, long principalPaid, long heldAsSavings, long iksContribution,
                              boolean loanClosed, boolean replayed) {
}
