/**
 * The researcher's screen: the research export (filters, purpose, group × period or household × wave, CSV or
 * XLSX with codebook and manifest, zipped and streamed, progress while it runs, every export recorded by
 * kube-core's export log) and the aggregated indicator table by region with suppressed cells marked. Only
 * pseudonymised and aggregated data ever reach this package: it reads kube-core's exporter and region table,
 * never members, names or NIKs. Open to researchers and the ministry.
 */
@NullMarked
package id.kube.admin.research;

import org.jspecify.annotations.NullMarked;
