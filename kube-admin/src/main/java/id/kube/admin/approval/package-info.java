/**
 * Monthly report and approval: the treasurer submits a month's report (cash, income statement, contributions,
 * loans, arrears, IKS, straight from kube-ledger), the facilitator reviews it, the district officer approves it;
 * approval closes the month in the books through kube-ledger's {@code Periods}. The workflow's state and its
 * history live in schema {@code admin}; {@link id.kube.admin.approval.ApprovedMonths} tells other screens
 * which months are approved.
 */
@NullMarked
package id.kube.admin.approval;

import org.jspecify.annotations.NullMarked;
