/** Year-end surplus (SHU) sharing by the group's rule, largest remainder so parts sum to the whole. */
@NullMarked
package id.kube.ledger.surplus;

import org.jspecify.annotations.NullMarked;
