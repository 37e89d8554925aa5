/** Who did what and when: the actor of every write and the append-only kube.audit_event trail. */
@NullMarked
package id.kube.core.audit;

import org.jspecify.annotations.NullMarked;
