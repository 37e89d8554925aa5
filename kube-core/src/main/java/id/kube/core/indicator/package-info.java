/**
 * Outcome indicators of the KUBE programme: their definitions (in code, versioned, and as a generated
 * codebook), the periods they are computed for, the pure formulas, values that are either measured or missing
 * with a reason (never a silent zero), and aggregation to any region level with the number of groups behind
 * every aggregate and small-cell suppression.
 *
 * <p>Figures from the group's books come through the {@link id.kube.core.indicator.BooksFigures} port, which
 * kube-ledger implements (kube-core cannot depend on the ledger).
 */
@NullMarked
package id.kube.core.indicator;

import org.jspecify.annotations.NullMarked;
