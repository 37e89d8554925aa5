/** Group meetings: attendance per member and decisions, the raw data of the solidarity indicators. */
@NullMarked
package id.kube.core.meeting;

import org.jspecify.annotations.NullMarked;
