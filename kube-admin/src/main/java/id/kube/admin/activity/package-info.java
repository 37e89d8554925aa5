/** The group page's business activities tab, read through kube-core with the group checked against the user's scope. */
@NullMarked
package id.kube.admin.activity;

import org.jspecify.annotations.NullMarked;
