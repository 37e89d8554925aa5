/**
 * The research export: the codebook generated from the indicator definitions, the group × period panel
 * (and household × wave) in CSV and XLSX with pseudonymous ids, small-cell suppression, a manifest with a
 * checksum, byte-identical output for the same data and options, streaming with progress, and a log of every
 * export (who, when, filters, purpose).
 */
@NullMarked
package id.kube.core.export;

import org.jspecify.annotations.NullMarked;
