/** IKS solidarity fund: contributions by rule and disbursements for a stated social purpose. */
@NullMarked
package id.kube.ledger.iks;

import org.jspecify.annotations.NullMarked;
