/** The facilitator's data entry for the indicator inputs (support received, SWOT, digital adoption, referrals, partnerships, external support, community contributions, shocks, BCP) on the group page. */
@NullMarked
package id.kube.admin.groupsupport;

import org.jspecify.annotations.NullMarked;
