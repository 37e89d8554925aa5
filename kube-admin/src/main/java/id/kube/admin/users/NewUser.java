package id.kube.admin.users;

import org.jspecify.annotations.Nullable;

import id.kube.admin.security.Role;
import id.kube.core.facilitator.FacilitatorId;
import id.kube.core.group.GroupId;

/**
 * What the administrator typed for a new account. A treasurer needs a group, a district officer a regency code;
 * a facilitator account is linked to a registered facilitator, or registers one under the display name.
 */
public record NewUser(String username, String displayName, Role role, @Nullable GroupId group,
                      @Nullable String regionCode, @Nullable FacilitatorId facilitator) {
}
