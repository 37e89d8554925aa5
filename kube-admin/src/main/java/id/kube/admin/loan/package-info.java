/** The group page's loans tab: portfolio (PAR, repayment rate), each loan's schedule, repayments and arrears. */
@NullMarked
package id.kube.admin.loan;

import org.jspecify.annotations.NullMarked;
