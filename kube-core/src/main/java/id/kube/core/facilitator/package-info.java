/** Facilitators (pendamping) who accompany KUBE groups. */
@NullMarked
package id.kube.core.facilitator;

import org.jspecify.annotations.NullMarked;
