package id.kube.ledger.loan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One act in a loan's history after its disbursement, as recorded (immutable): a restructuring (schedule
 * version {@code fromVersion} replaced by {@code toVersion}, overdue fee capitalised or not) or a write-off,
 * with the reason, who approved it, who recorded it, the journal entry it posted (none for a restructuring that
 * capitalised nothing) and when it was recorded.
 */
public record LoanEvent(long eventNo, Kind kind, LocalDate occurredOn, long outstandingPrincipal, long capitalizedFee, int fromVersion,
                        @Nullable Integer toVersion, String reason, String approvedBy, String recordedBy, @Nullable Long entryNo,
                        Instant recordedAt) {

    public enum Kind { RESTRUCTURED, WRITTEN_OFF }

    public LoanEvent {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(occurredOn);
        Objects.requireNonNull(reason);
        Objects.requireNonNull(approvedBy);
        Objects.requireNonNull(recordedBy);
        Objects.requireNonNull(recordedAt);
    }
}
