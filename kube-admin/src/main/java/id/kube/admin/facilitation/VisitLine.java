package id.kube.admin.facilitation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import id.kube.core.visit.RecordedVisit;

/** A visit in the log with who made it and, if its follow-up actions are done, when. */
public record VisitLine(RecordedVisit visit, String facilitatorName, @Nullable LocalDate followUpDoneOn,
                        @Nullable String followUpNote) {

    /** Follow-up actions written and not yet marked done. */
    public boolean followUpOpen() {
        return visit.visit().followUpActions() != null && followUpDoneOn == null;
    }
}
