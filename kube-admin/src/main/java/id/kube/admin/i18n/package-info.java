/** Bahasa Indonesia first, English switchable. */
@NullMarked
package id.kube.admin.i18n;

import org.jspecify.annotations.NullMarked;
