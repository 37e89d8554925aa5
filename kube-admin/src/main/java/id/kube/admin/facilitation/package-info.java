/**
 * The facilitator's screen: the assigned groups that need attention and why ({@link
 * id.kube.admin.facilitation.AttentionRule}), and the visit log (kube-core's visits, with follow-up actions
 * marked done in schema {@code admin}).
 */
@NullMarked
package id.kube.admin.facilitation;

import org.jspecify.annotations.NullMarked;
