/** Whole-rupiah amounts as JavaMoney MonetaryAmount. */
@NullMarked
package id.kube.core.money;

import org.jspecify.annotations.NullMarked;
