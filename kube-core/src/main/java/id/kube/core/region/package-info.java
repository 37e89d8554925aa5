/** Kemendagri administrative regions (province, regency/city, district, village), versioned by decree. */
@NullMarked
package id.kube.core.region;

import org.jspecify.annotations.NullMarked;
