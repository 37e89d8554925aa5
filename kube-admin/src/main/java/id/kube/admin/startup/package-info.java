/** Configuration by environment variables, bootstrap administrator, demo users, the start-up banner. */
@NullMarked
package id.kube.admin.startup;

import org.jspecify.annotations.NullMarked;
