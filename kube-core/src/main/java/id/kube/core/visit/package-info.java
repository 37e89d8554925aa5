/** Facilitator visits: findings, follow-up actions and the next visit. */
@NullMarked
package id.kube.core.visit;

import org.jspecify.annotations.NullMarked;
