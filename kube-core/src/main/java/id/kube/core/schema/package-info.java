/** Which PostgreSQL schema each KUBE library owns, and how a host application migrates them all. */
@NullMarked
package id.kube.core.schema;

import org.jspecify.annotations.NullMarked;
