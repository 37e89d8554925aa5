/** Sign-in, roles, and the access policy every group query goes through. */
@NullMarked
package id.kube.admin.security;

import org.jspecify.annotations.NullMarked;
