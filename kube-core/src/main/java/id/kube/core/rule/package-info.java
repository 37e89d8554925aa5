/** Refusals shared by every feature: a named reason and a message in Bahasa Indonesia for the user. */
@NullMarked
package id.kube.core.rule;

import org.jspecify.annotations.NullMarked;
