/** The groups the signed-in user may see: the lazy grid with filters, and one group's page. */
@NullMarked
package id.kube.admin.group;

import org.jspecify.annotations.NullMarked;
