package id.kube.seeds.importing;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The system an import writes into (kube-core's groups, members, meetings, visits; kube-ledger's books), as
 * the importer needs it: look-ups for the cross-row checks and a unit of work for the writes.
 *
 * <p>Implementations must make a write idempotent by the record's natural key: writing a record whose key is
 * already stored with the same content returns {@link Outcome#UNCHANGED} and changes nothing; the same key with
 * different content is a {@link RecordRejected} ({@link RejectionReason#KODE_GANDA}).
 */
public interface ImportTarget {

    /** The tables this target can store; valid rows of the others are reported as skipped. */
    default java.util.Set<id.kube.seeds.template.Sheet> storableSheets() {
        return java.util.EnumSet.allOf(id.kube.seeds.template.Sheet.class);
    }

    /** Is this a known Kemendagri code (regency/city, district or village) in the region reference? */
    boolean knownRegion(String code);

    boolean facilitatorExists(String code);

    boolean groupExists(String groupCode);

    /** The group in which this person is an active member on that date, if any. */
    Optional<String> activeGroupOf(String nik, LocalDate on);

    boolean memberExists(String groupCode, String nik);

    /** The group of an already stored meeting. */
    Optional<String> groupOfMeeting(String meetingId);

    boolean loanExists(String groupCode, String loanId);

    /**
     * Runs {@code work} in one unit of work (one database transaction). The work writes through the given
     * {@link Writer} and returns {@code true} to commit, {@code false} to roll everything back (a dry run, or an
     * all-or-nothing import that met a rejection). Returns whether the work was committed.
     */
    boolean inSession(ImportOptions options, java.util.function.Predicate<Writer> work);

    enum Outcome { IMPORTED, UNCHANGED }

    /**
     * Writes records inside a session. A rejected record leaves nothing of itself behind and the session usable
     * (the implementation isolates each record, e.g. with a savepoint).
     */
    interface Writer {
        Outcome write(ImportRecord record) throws RecordRejected;
    }

    /** A record the target's own rules refuse (e.g. the ledger refuses a posting that would make cash negative). */
    final class RecordRejected extends Exception {
        private final RejectionReason reason;

        public RecordRejected(RejectionReason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public RejectionReason reason() {
            return reason;
        }
    }
}
