/** Treasurer entry: rupiah input as Indonesians write it, amounts in words (terbilang) for the kuitansi. */
@NullMarked
package id.kube.admin.entry;

import org.jspecify.annotations.NullMarked;
