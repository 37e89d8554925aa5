/** Business activities a group runs (kiosk, food processing, livestock...), with their status. */
@NullMarked
package id.kube.core.activity;

import org.jspecify.annotations.NullMarked;
