/** Invariant checks of the books, used by tests and the benchmark. */
@NullMarked
package id.kube.ledger.check;

import org.jspecify.annotations.NullMarked;
