package id.kube.core.visit;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import id.kube.core.facilitator.FacilitatorId;

/** What a facilitator saw on a visit, what is to be done, and when they come back. */
public record FacilitatorVisit(FacilitatorId facilitatorId, LocalDate visitedOn, String findings,
        @Nullable String followUpActions, @Nullable LocalDate nextVisitOn) {

    public FacilitatorVisit {
        Objects.requireNonNull(facilitatorId, "facilitator");
        Objects.requireNonNull(visitedOn, "visited on");
        Objects.requireNonNull(findings, "findings");
        findings = findings.strip();
        if (findings.isEmpty()) {
            throw new VisitRuleException(VisitRuleException.Reason.FINDINGS_REQUIRED, "Temuan kunjungan harus diisi");
        }
        if (followUpActions != null && followUpActions.isBlank()) {
            followUpActions = null;
        }
        if (nextVisitOn != null && !nextVisitOn.isAfter(visitedOn)) {
            throw new VisitRuleException(VisitRuleException.Reason.NEXT_VISIT_NOT_AFTER_VISIT,
                    "Kunjungan berikutnya harus setelah kunjungan ini (" + visitedOn + ")");
        }
    }
}
