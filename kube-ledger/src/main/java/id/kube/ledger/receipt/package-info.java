/**
 * Receipts (kuitansi) a treasurer hands out or keeps for a posted cash entry: the amount in figures
 * ({@code Rp1.250.000}) and in Indonesian words (terbilang), ready for a UI to render or print.
 */
@NullMarked
package id.kube.ledger.receipt;

import org.jspecify.annotations.NullMarked;
