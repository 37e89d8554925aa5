/** The journal: opening books, batch-first posting of balanced immutable entries, reversals, periods, hash chain. */
@NullMarked
package id.kube.ledger.journal;

import org.jspecify.annotations.NullMarked;
