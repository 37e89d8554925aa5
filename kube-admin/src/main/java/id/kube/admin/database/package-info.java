/** The application's PostgreSQL (configured server or embedded) and its own schema {@code admin}. */
@NullMarked
package id.kube.admin.database;

import org.jspecify.annotations.NullMarked;
