package id.kube.admin.importing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import id.kube.core.region.RegionCode;
import id.kube.seeds.importing.ImportOptions;
import id.kube.seeds.importing.ImportRecord;
import id.kube.seeds.importing.ImportTarget;
import id.kube.seeds.importing.RejectionReason;
import id.kube.seeds.template.Sheet;

/**
 * A district officer's import: every record must belong to their regency/city. A group is inside when its
 * village is; every other record follows its group (stored, or a group row earlier in the same import — groups
 * are loaded before what refers to them); a facilitator when their regency is the officer's. A record outside is
 * refused at write time with {@link RejectionReason#DITOLAK_SISTEM} and a message naming the region, so it
 * appears in the report like any other rejected row: in "valid rows only" mode the rows inside are imported, in
 * "all or nothing" mode nothing is. Everything else is the wrapped target's.
 */
final class RegencyBoundTarget implements ImportTarget {

    /** How a group of another regency appears in the officer's messages. */
    static final String OTHER_REGENCY_GROUP = "di kabupaten/kota lain";

    private final ImportTarget target;
    private final RegionCode regency;
    private final Function<String, Optional<RegionCode>> storedGroupVillage;

    RegencyBoundTarget(ImportTarget target, RegionCode regency,
                       Function<String, Optional<RegionCode>> storedGroupVillage) {
        this.target = target;
        this.regency = regency;
        this.storedGroupVillage = storedGroupVillage;
    }

    @Override
    public Set<Sheet> storableSheets() {
        return target.storableSheets();
    }

    @Override
    public boolean knownRegion(String code) {
        return target.knownRegion(code);
    }

    @Override
    public boolean facilitatorExists(String code) {
        return target.facilitatorExists(code);
    }

    @Override
    public boolean groupExists(String groupCode) {
        return target.groupExists(groupCode);
    }

    /**
     * The importer names the other group in its message; a group outside the officer's regency is not named
     * (that a person is a member there is not the officer's business beyond "somewhere else").
     */
    @Override
    public Optional<String> activeGroupOf(String nik, LocalDate on) {
        return target.activeGroupOf(nik, on).map(group -> storedGroupVillage.apply(group)
                .filter(regency::contains).isPresent() ? group : OTHER_REGENCY_GROUP);
    }

    @Override
    public boolean memberExists(String groupCode, String nik) {
        return target.memberExists(groupCode, nik);
    }

    @Override
    public Optional<String> groupOfMeeting(String meetingId) {
        return target.groupOfMeeting(meetingId);
    }

    @Override
    public boolean loanExists(String groupCode, String loanId) {
        return target.loanExists(groupCode, loanId);
    }

    @Override
    public boolean inSession(ImportOptions options, Predicate<Writer> work) {
        return target.inSession(options, writer -> work.test(new BoundWriter(writer)));
    }

    private final class BoundWriter implements Writer {

        private final Writer writer;
        /** Village of each group met in this import or looked up; empty when the group is not known. */
        private final Map<String, Optional<RegionCode>> villages = new HashMap<>();

        BoundWriter(Writer writer) {
            this.writer = writer;
        }

        @Override
        public Outcome write(ImportRecord record) throws RecordRejected {
            switch (record) {
                case ImportRecord.Facilitator f -> {
                    if (!inside(f.regencyCode())) {
                        throw outside("Pendamping " + f.code() + " bertugas di " + f.regencyCode());
                    }
                }
                case ImportRecord.Group g -> {
                    villages.put(g.code(), parse(g.villageCode()));
                    if (!inside(g.villageCode())) {
                        throw outside("Kelompok " + g.code() + " berada di desa " + g.villageCode());
                    }
                }
                default -> {
                    Optional<RegionCode> village = villages.computeIfAbsent(record.groupCode(), storedGroupVillage);
                    if (village.isEmpty() || !regency.contains(village.get())) {
                        throw outside("Kelompok " + record.groupCode()
                                + village.map(v -> " berada di desa " + v.value()).orElse(" tidak dikenal"));
                    }
                }
            }
            return writer.write(record);
        }

        @Override
        public List<Deferred> flush() {
            return writer.flush();
        }

        private boolean inside(String code) {
            return parse(code).map(regency::contains).orElse(false);
        }

        private RecordRejected outside(String what) {
            return new RecordRejected(RejectionReason.DITOLAK_SISTEM, what + ", di luar wilayah kerja Anda ("
                    + regency.value() + "). Baris ini hanya dapat diimpor oleh Dinas Sosial wilayah tersebut atau admin.");
        }
    }

    private static Optional<RegionCode> parse(String code) {
        try {
            return Optional.of(RegionCode.of(code));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
