/** Entry point wiring the kube-core services for a host application ({@link id.kube.core.KubeCore}). */
@NullMarked
package id.kube.core;

import org.jspecify.annotations.NullMarked;
