/** The group page's indicators &amp; health tab: score and grade, each contribution, stage gates and reasons, stage history, indicator values, score trend. */
@NullMarked
package id.kube.admin.health;

import org.jspecify.annotations.NullMarked;
