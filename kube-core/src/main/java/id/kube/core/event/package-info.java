/**
 * What happens around a group: external partnerships (buyers, suppliers, banks, CSR, government, universities),
 * support received from outside with its rupiah value (cash or in kind), the group's contributions to its
 * community, disasters and shocks with the members hit and how they were helped, and the business-continuity
 * (BCP) checklist. {@link GroupEvents} records them, validated, and reads them as known on any past date.
 */
@NullMarked
package id.kube.core.event;

import org.jspecify.annotations.NullMarked;
