/**
 * Group health score (0–100, grades A–D) from weighted dimensions of indicators, each scored linearly between
 * documented thresholds with every contribution visible; the development stage (tumbuh / berkembang / maju)
 * from the programme checklist as a hard gate plus the score, with the reasons a group is held back.
 * Weights, thresholds and gates are versioned configuration; every score records the version it used.
 */
@NullMarked
package id.kube.core.health;

import org.jspecify.annotations.NullMarked;
