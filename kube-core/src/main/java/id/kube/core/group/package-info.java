/** KUBE groups: identity, profile, rules (constitution), status lifecycle, roles, facilitators and stage. */
@NullMarked
package id.kube.core.group;

import org.jspecify.annotations.NullMarked;
