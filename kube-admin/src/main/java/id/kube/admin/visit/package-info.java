/** The group page's facilitator visits tab with follow-ups. */
@NullMarked
package id.kube.admin.visit;

import org.jspecify.annotations.NullMarked;
