package id.kube.seeds.importing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An in-memory {@link ImportTarget} for the importer's own rules (modes, dry run, idempotency, references); the
 * database-backed target is tested against PostgreSQL separately. A session works on a copy and publishes it on
 * commit, so an uncommitted session leaves no trace.
 */
final class MemoryTarget implements ImportTarget {

    final Set<String> regions = new HashSet<>();
    Map<String, ImportRecord> stored = new HashMap<>();
    int commits;

    MemoryTarget(Set<String> regions) {
        this.regions.addAll(regions);
    }

    long count(Class<? extends ImportRecord> type) {
        return stored.values().stream().filter(type::isInstance).count();
    }

    @Override
    public boolean knownRegion(String code) {
        return regions.contains(code) || regions.stream().anyMatch(r -> r.startsWith(code + "."));
    }

    @Override
    public boolean facilitatorExists(String code) {
        return stored.containsKey("PENDAMPING/" + code);
    }

    @Override
    public boolean groupExists(String groupCode) {
        return stored.containsKey("KELOMPOK/" + groupCode);
    }

    @Override
    public Optional<String> activeGroupOf(String nik, LocalDate on) {
        return stored.values().stream().filter(r -> r instanceof ImportRecord.Member m && m.nik().equals(nik)
                        && m.left() == null).map(ImportRecord::groupCode).findFirst();
    }

    @Override
    public boolean memberExists(String groupCode, String nik) {
        return stored.containsKey("ANGGOTA/" + groupCode + "/" + nik);
    }

    @Override
    public Optional<String> groupOfMeeting(String meetingId) {
        return Optional.ofNullable(stored.get("PERTEMUAN/" + meetingId)).map(ImportRecord::groupCode);
    }

    @Override
    public boolean loanExists(String groupCode, String loanId) {
        return stored.containsKey("PINJAMAN/" + loanId);
    }

    @Override
    public boolean inSession(ImportOptions options, java.util.function.Predicate<Writer> work) {
        Map<String, ImportRecord> copy = new HashMap<>(stored);
        boolean commit = work.test(record -> {
            String key = record.sheet().name() + "/" + record.key();
            ImportRecord existing = copy.get(key);
            if (existing == null) {
                copy.put(key, record);
                return Outcome.IMPORTED;
            }
            if (sameContent(existing, record)) {
                return Outcome.UNCHANGED;
            }
            throw new RecordRejected(RejectionReason.KODE_GANDA, "Kode " + record.key() + " sudah ada dengan isi berbeda.");
        });
        if (commit) {
            stored = copy;
            commits++;
        }
        return commit;
    }

    /** Same content regardless of where in the file the row stood. */
    private static boolean sameContent(ImportRecord a, ImportRecord b) {
        return a.toString().replaceAll("line=\\d+", "").equals(b.toString().replaceAll("line=\\d+", ""));
    }
}
