/** Reports straight from the journal: balances as of a date, trial balance, balance sheet, income statement, cash book, member statement. */
@NullMarked
package id.kube.ledger.report;

import org.jspecify.annotations.NullMarked;
