/** The frame of the application: main layout with side navigation, sign-in screen. */
@NullMarked
package id.kube.admin.base.ui;

import org.jspecify.annotations.NullMarked;
