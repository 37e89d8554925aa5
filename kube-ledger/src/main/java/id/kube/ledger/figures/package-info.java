/**
 * The books figures the indicators need (kube-core's {@link id.kube.core.indicator.BooksFigures} port),
 * computed from the journal as it was known on the as-of date: only entries booked by the end of that day
 * count, with value dates up to the period's cut-off.
 */
@NullMarked
package id.kube.ledger.figures;

import org.jspecify.annotations.NullMarked;
