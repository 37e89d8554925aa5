/** The group page's meetings &amp; attendance tab: meetings with attendance rate and decisions, who attended. */
@NullMarked
package id.kube.admin.attendance;

import org.jspecify.annotations.NullMarked;
