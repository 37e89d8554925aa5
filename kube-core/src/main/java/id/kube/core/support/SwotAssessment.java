package id.kube.core.support;

import static id.kube.core.support.SupportException.check;

import java.time.LocalDate;
import java.util.Objects;

import id.kube.core.facilitator.FacilitatorId;
import id.kube.core.group.GroupId;

/** The facilitator's SWOT assessment of the group on a date; every quadrant written out (up to 4000 letters). */
public record SwotAssessment(GroupId group, FacilitatorId facilitator, LocalDate assessedOn, String strengths,
                             String weaknesses, String opportunities, String threats) {

    public SwotAssessment {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(facilitator, "facilitator");
        Objects.requireNonNull(assessedOn, "assessedOn");
        strengths = quadrant(strengths, "Kekuatan (S)");
        weaknesses = quadrant(weaknesses, "Kelemahan (W)");
        opportunities = quadrant(opportunities, "Peluang (O)");
        threats = quadrant(threats, "Ancaman (T)");
    }

    private static String quadrant(String text, String name) {
        check(text != null && !text.isBlank(), name + " harus diisi");
        String t = text.strip();
        check(t.length() <= 4000, name + " paling banyak 4000 huruf");
        return t;
    }
}
