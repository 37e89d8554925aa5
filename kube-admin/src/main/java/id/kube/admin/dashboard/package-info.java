/** The dashboard: the health of the groups the signed-in user may see. */
@NullMarked
package id.kube.admin.dashboard;

import org.jspecify.annotations.NullMarked;
