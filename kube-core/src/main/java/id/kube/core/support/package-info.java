/**
 * What a group and its members received and how it stands: trainings, certifications (P-IRT, halal, BPOM) and
 * market access with the providing agency, dates and the members who took part ({@link GroupSupport}); the
 * facilitator's dated SWOT assessment; the group's digital adoption; and the facilitator's referrals of member
 * families to basic services, made and completed ({@link Referrals}). Every row records who entered it and
 * when, so the indicators read them "as of" any past date.
 */
@NullMarked
package id.kube.core.support;

import org.jspecify.annotations.NullMarked;
