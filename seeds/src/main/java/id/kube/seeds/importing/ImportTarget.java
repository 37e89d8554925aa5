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

    /** Starts a unit of work; nothing it writes is visible to others until {@link Session#commit()}. */
    Session open(ImportOptions options);

    enum Outcome { IMPORTED, UNCHANGED }

    /**
     * A unit of work. {@link #write} of a rejected record leaves the session usable and without any part of that
     * record (the implementation isolates each record, e.g. with a savepoint). Closing without commit rolls back.
     */
    interface Session extends AutoCloseable {

        Outcome write(ImportRecord record) throws RecordRejected;

        void commit();

        @Override
        void close();
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
