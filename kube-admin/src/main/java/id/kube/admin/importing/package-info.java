/**
 * The spreadsheet import screen: download the template (XLSX or zipped CSVs), upload a filled CSV, zip of CSVs
 * or XLSX workbook, a dry run that validates and tries everything and commits nothing, then the real run with a
 * progress bar, each ending with the summary and every rejected row with its reason. The import itself is the
 * seeds module's {@link id.kube.seeds.importing.Importer}; this package adds who may run it (admins everywhere,
 * a district officer only inside their own regency, checked on the server row by row) and the screen.
 */
@NullMarked
package id.kube.admin.importing;

import org.jspecify.annotations.NullMarked;
