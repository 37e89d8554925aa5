/**
 * Administration of the people who sign in: accounts and roles (create, deactivate, reset password, unlock),
 * the regency of a district officer, and which facilitator accompanies which group (kube-core's assignments
 * over time). Every change is audited in {@code admin.user_event} (assignments also in kube-core's trail).
 */
@NullMarked
package id.kube.admin.users;

import org.jspecify.annotations.NullMarked;
