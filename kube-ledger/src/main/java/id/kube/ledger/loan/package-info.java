/** Revolving-fund (dana bergulir) loans: terms, schedules, disbursement, repayment, arrears, restructuring, write-off. */
@NullMarked
package id.kube.ledger.loan;

import org.jspecify.annotations.NullMarked;
