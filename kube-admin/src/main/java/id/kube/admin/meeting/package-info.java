/**
 * The meeting flow: one guided screen per group meeting (attendance, each member's contributions and repayments,
 * IKS, new loan requests, the cash count) posted as one atomic batch with the kube-core meeting record.
 */
@NullMarked
package id.kube.admin.meeting;

import org.jspecify.annotations.NullMarked;
