/** KUBE books: shared refusals (LedgerException) and the retrying transaction runner. */
@NullMarked
package id.kube.ledger;

import org.jspecify.annotations.NullMarked;
