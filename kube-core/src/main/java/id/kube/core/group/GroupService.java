package id.kube.core.group;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

import id.kube.core.audit.Actor;
import id.kube.core.audit.AuditTrail;
import id.kube.core.facilitator.FacilitatorId;
import id.kube.core.facilitator.JooqFacilitatorRepository;
import id.kube.core.region.JooqRegionDirectory;
import id.kube.core.region.Region;
import id.kube.core.region.RegionCode;
import id.kube.core.region.RegionDirectory;

/**
 * Registers groups and moves them through their lifecycle, stages, constitutions and facilitators. Every
 * method runs in one transaction that locks the group row, checks the rules, writes, and appends to the
 * audit trail; a refusal ({@link GroupRuleException}) leaves nothing written.
 */
public final class GroupService {

    private final DSLContext dsl;
    private final Clock clock;
    private final GroupSizePolicy sizePolicy;

    public GroupService(DSLContext dsl, Clock clock, GroupSizePolicy sizePolicy) {
        this.dsl = dsl;
        this.clock = clock;
        this.sizePolicy = sizePolicy;
    }

    // ---- reads ---------------------------------------------------------------------------------------

    public Optional<Group> find(GroupId id) {
        return new JooqGroupRepository(dsl).find(id);
    }

    public Group require(GroupId id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    public List<Group> all() {
        return new JooqGroupRepository(dsl).all();
    }

    public Optional<Group> findByRegistrationNumber(String registrationNumber) {
        return new JooqGroupRepository(dsl).findByRegistrationNumber(registrationNumber);
    }

    /** Whether any group has been registered (false on a new installation). */
    public boolean anyRegistered() {
        return new JooqGroupRepository(dsl).anyRegistered();
    }

    public List<Group> within(RegionCode region) {
        return new JooqGroupRepository(dsl).within(region);
    }

    /** List/dashboard lines for the groups in a region, with village, district and regency names. */
    public List<GroupSummary> overview(RegionCode region) {
        return new JooqGroupOverview(dsl).within(region);
    }

    public List<StatusChange> statusHistory(GroupId id) {
        return new JooqGroupRepository(dsl).statusHistory(id);
    }

    public List<StageChange> stageHistory(GroupId id) {
        return new JooqGroupRepository(dsl).stageHistory(id);
    }

    public Optional<Constitution> currentConstitution(GroupId id) {
        return new JooqGroupRepository(dsl).currentConstitution(id);
    }

    public List<Constitution> constitutionHistory(GroupId id) {
        return new JooqGroupRepository(dsl).constitutionHistory(id);
    }

    public List<FacilitatorAssignment> facilitatorAssignments(GroupId id) {
        return new JooqGroupRepository(dsl).assignments(id);
    }

    // ---- writes --------------------------------------------------------------------------------------

    /** A new group in status FORMING (since its formation date) and stage TUMBUH. */
    public Group register(Actor actor, GroupProfile profile) {
        return inTransaction(tx -> {
            Instant now = clock.instant();
            notInFuture(profile.formedOn(), "Tanggal pembentukan");
            Region village = requireVillage(tx.regions, profile.village());
            requireFreeRegistrationNumber(tx.groups, profile.registrationNumber(), null);
            Group group = new Group(GroupId.random(), profile.name(), profile.registrationNumber(), village.code(),
                    village.decreeId(), profile.formedOn(), profile.bankAccount(), profile.stimulus(),
                    profile.businessTypes(), GroupStatus.FORMING, profile.formedOn(), GroupStage.TUMBUH);
            tx.groups.insert(group, actor, now);
            tx.groups.appendStatusChange(group.id(), new StatusChange(null, GroupStatus.FORMING,
                    profile.formedOn(), "Pendaftaran KUBE", now, actor.name()));
            tx.groups.appendStageChange(group.id(), new StageChange(GroupStage.TUMBUH, profile.formedOn(),
                    "Tahap awal KUBE baru", now, actor.name()));
            tx.audit.record(actor, now, "GROUP_REGISTERED", "kube_group", group.id(), group.name());
            return group;
        });
    }

    /** Changes name, registration number, village, bank account, stimulus grant and business types. */
    public Group updateProfile(Actor actor, GroupId id, GroupProfile profile) {
        return inTransaction(tx -> {
            Instant now = clock.instant();
            Group current = lockOpen(tx, id);
            if (!profile.formedOn().equals(current.formedOn())) {
                throw new GroupRuleException(GroupRuleException.Reason.PROFILE_INVALID,
                        "Tanggal pembentukan KUBE tidak dapat diubah setelah pendaftaran");
            }
            Region village = requireVillage(tx.regions, profile.village());
            if (!village.code().district().equals(current.district())) {
                throw new GroupRuleException(GroupRuleException.Reason.PROFILE_INVALID,
                        "KUBE hanya dapat pindah desa di kecamatan yang sama (" + current.district() + ")");
            }
            if (profile.stimulus() != null) {
                notInFuture(profile.stimulus().receivedOn(), "Tanggal terima bantuan stimulan");
            }
            requireFreeRegistrationNumber(tx.groups, profile.registrationNumber(), id);
            Group updated = new Group(id, profile.name(), profile.registrationNumber(), village.code(),
                    village.decreeId(), current.formedOn(), profile.bankAccount(), profile.stimulus(),
                    profile.businessTypes(), current.status(), current.statusSince(), current.stage());
            tx.groups.updateProfile(updated, actor, now);
            tx.audit.record(actor, now, "GROUP_PROFILE_UPDATED", "kube_group", id, updated.name());
            return updated;
        });
    }

    /**
     * Moves the group to {@code target} on {@code effectiveOn} for the given reason. Activation needs at
     * least the minimum number of members, a chair and a treasurer; dissolution ends every membership.
     */
    public Group changeStatus(Actor actor, GroupId id, GroupStatus target, LocalDate effectiveOn, String reason) {
        return inTransaction(tx -> {
            Instant now = clock.instant();
            Group group = tx.groups.lock(id).orElseThrow(() -> notFound(id));
            String why = requireReason(reason);
            notInFuture(effectiveOn, "Tanggal perubahan status");
            if (effectiveOn.isBefore(group.statusSince())) {
                throw new GroupRuleException(GroupRuleException.Reason.DATE_BEFORE_LAST_CHANGE,
                        "Tanggal perubahan status tidak boleh sebelum perubahan terakhir (" + group.statusSince() + ")");
            }
            if (!group.status().canMoveTo(target)) {
                throw new GroupRuleException(GroupRuleException.Reason.TRANSITION_NOT_ALLOWED,
                        "Status KUBE tidak dapat diubah dari " + group.status().label() + " ke " + target.label());
            }
            if (target == GroupStatus.ACTIVE) {
                requireReadyToBeActive(tx.roster, id);
            }
            if (target == GroupStatus.DISSOLVED) {
                Optional<LocalDate> lastJoin = tx.roster.latestJoinDate(id);
                if (lastJoin.isPresent() && effectiveOn.isBefore(lastJoin.get())) {
                    throw new GroupRuleException(GroupRuleException.Reason.DATE_BEFORE_LAST_CHANGE,
                            "Tanggal bubar tidak boleh sebelum anggota terakhir bergabung (" + lastJoin.get() + ")");
                }
                int ended = tx.roster.endAllMemberships(id, effectiveOn, "KUBE bubar: " + why, actor, now);
                tx.audit.record(actor, now, "MEMBERSHIPS_ENDED_BY_DISSOLUTION", "kube_group", id,
                        ended + " anggota");
            }
            tx.groups.updateStatus(id, target, effectiveOn, actor, now);
            tx.groups.appendStatusChange(id, new StatusChange(group.status(), target, effectiveOn, why, now,
                    actor.name()));
            tx.audit.record(actor, now, "GROUP_STATUS_CHANGED", "kube_group", id,
                    group.status() + " -> " + target + ": " + why);
            return tx.groups.find(id).orElseThrow();
        });
    }

    private void requireReadyToBeActive(GroupRoster roster, GroupId id) {
        int members = roster.activeMemberCount(id);
        if (members < sizePolicy.minimumMembers()) {
            throw new GroupRuleException(GroupRuleException.Reason.TOO_FEW_MEMBERS,
                    "KUBE baru dapat aktif dengan paling sedikit " + sizePolicy.minimumMembers()
                            + " anggota; saat ini " + members);
        }
        Set<GroupRole> offices = roster.filledOffices(id);
        if (!offices.contains(GroupRole.CHAIR)) {
            throw new GroupRuleException(GroupRuleException.Reason.NO_CHAIR,
                    "KUBE belum dapat aktif: belum ada ketua");
        }
        if (!offices.contains(GroupRole.TREASURER)) {
            throw new GroupRuleException(GroupRuleException.Reason.NO_TREASURER,
                    "KUBE belum dapat aktif: belum ada bendahara");
        }
    }

    public Group changeStage(Actor actor, GroupId id, GroupStage stage, LocalDate effectiveOn, String reason) {
        return inTransaction(tx -> {
            Instant now = clock.instant();
            Group group = lockOpen(tx, id);
            String why = requireReason(reason);
            notInFuture(effectiveOn, "Tanggal penilaian tahap");
            notBeforeFormation(group, effectiveOn);
            if (group.stage() == stage) {
                throw new GroupRuleException(GroupRuleException.Reason.STAGE_UNCHANGED,
                        "KUBE sudah berada pada tahap " + stage.label());
            }
            List<StageChange> history = tx.groups.stageHistory(id);
            if (!history.isEmpty() && effectiveOn.isBefore(history.getLast().effectiveOn())) {
                throw new GroupRuleException(GroupRuleException.Reason.DATE_BEFORE_LAST_CHANGE,
                        "Tanggal penilaian tahap tidak boleh sebelum penilaian terakhir ("
                                + history.getLast().effectiveOn() + ")");
            }
            tx.groups.updateStage(id, stage, actor, now);
            tx.groups.appendStageChange(id, new StageChange(stage, effectiveOn, why, now, actor.name()));
            tx.audit.record(actor, now, "GROUP_STAGE_CHANGED", "kube_group", id, stage + ": " + why);
            return tx.groups.find(id).orElseThrow();
        });
    }

    /** Records a new version of the group's constitution (version 1 for the first). */
    public Constitution adoptConstitution(Actor actor, GroupId id, ConstitutionTerms terms) {
        return inTransaction(tx -> {
            Instant now = clock.instant();
            Group group = lockOpen(tx, id);
            notInFuture(terms.agreedOn(), "Tanggal kesepakatan aturan kelompok");
            notBeforeFormation(group, terms.agreedOn());
            Optional<Constitution> previous = tx.groups.currentConstitution(id);
            if (previous.isPresent() && terms.agreedOn().isBefore(previous.get().terms().agreedOn())) {
                throw new GroupRuleException(GroupRuleException.Reason.DATE_BEFORE_LAST_CHANGE,
                        "Aturan kelompok baru tidak boleh bertanggal sebelum versi sebelumnya ("
                                + previous.get().terms().agreedOn() + ")");
            }
            Constitution constitution = new Constitution(id, previous.map(c -> c.version() + 1).orElse(1), terms,
                    now, actor.name());
            tx.groups.insertConstitution(constitution);
            tx.audit.record(actor, now, "CONSTITUTION_ADOPTED", "kube_group", id,
                    "versi " + constitution.version());
            return constitution;
        });
    }

    public void assignFacilitator(Actor actor, GroupId id, FacilitatorId facilitator, LocalDate assignedOn) {
        inTransaction(tx -> {
            Instant now = clock.instant();
            Group group = lockOpen(tx, id);
            notInFuture(assignedOn, "Tanggal penugasan pendamping");
            notBeforeFormation(group, assignedOn);
            if (new JooqFacilitatorRepository(tx.dsl).find(facilitator).isEmpty()) {
                throw new GroupRuleException(GroupRuleException.Reason.FACILITATOR_NOT_FOUND,
                        "Pendamping tidak ditemukan");
            }
            boolean open = tx.groups.assignments(id).stream()
                    .anyMatch(a -> a.facilitatorId().equals(facilitator) && a.endedOn() == null);
            if (open) {
                throw new GroupRuleException(GroupRuleException.Reason.FACILITATOR_ALREADY_ASSIGNED,
                        "Pendamping ini sudah ditugaskan di KUBE " + group.name());
            }
            tx.groups.insertAssignment(id, facilitator, assignedOn, actor, now);
            tx.audit.record(actor, now, "FACILITATOR_ASSIGNED", "kube_group", id, facilitator.toString());
            return null;
        });
    }

    public void endFacilitatorAssignment(Actor actor, GroupId id, FacilitatorId facilitator, LocalDate endedOn) {
        inTransaction(tx -> {
            Instant now = clock.instant();
            tx.groups.lock(id).orElseThrow(() -> notFound(id));
            notInFuture(endedOn, "Tanggal akhir penugasan pendamping");
            FacilitatorAssignment open = tx.groups.assignments(id).stream()
                    .filter(a -> a.facilitatorId().equals(facilitator) && a.endedOn() == null)
                    .findFirst()
                    .orElseThrow(() -> new GroupRuleException(GroupRuleException.Reason.FACILITATOR_NOT_ASSIGNED,
                            "Pendamping ini tidak sedang ditugaskan di KUBE ini"));
            if (endedOn.isBefore(open.assignedOn())) {
                throw new GroupRuleException(GroupRuleException.Reason.DATE_BEFORE_LAST_CHANGE,
                        "Akhir penugasan tidak boleh sebelum awal penugasan (" + open.assignedOn() + ")");
            }
            tx.groups.endAssignment(id, facilitator, endedOn);
            tx.audit.record(actor, now, "FACILITATOR_UNASSIGNED", "kube_group", id, facilitator.toString());
            return null;
        });
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private record Tx(DSLContext dsl, GroupRepository groups, GroupRoster roster, RegionDirectory regions,
            AuditTrail audit) {
    }

    private <T> T inTransaction(Function<Tx, T> work) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            return work.apply(new Tx(tx, new JooqGroupRepository(tx), new JooqGroupRoster(tx),
                    new JooqRegionDirectory(tx), new AuditTrail(tx)));
        });
    }

    private static Group lockOpen(Tx tx, GroupId id) {
        Group group = tx.groups.lock(id).orElseThrow(() -> notFound(id));
        if (group.status().isClosed()) {
            throw new GroupRuleException(GroupRuleException.Reason.GROUP_CLOSED,
                    "KUBE " + group.name() + " sudah bubar; datanya tidak dapat diubah lagi");
        }
        return group;
    }

    private static Region requireVillage(RegionDirectory regions, RegionCode village) {
        return regions.find(village).orElseThrow(() -> new GroupRuleException(
                GroupRuleException.Reason.VILLAGE_UNKNOWN,
                "Desa/kelurahan dengan kode " + village + " tidak ada dalam " + regions.currentDecree().id()));
    }

    private static void requireFreeRegistrationNumber(GroupRepository groups, @Nullable String number,
            @Nullable GroupId except) {
        if (number != null && groups.registrationNumberTaken(number, except)) {
            throw new GroupRuleException(GroupRuleException.Reason.REGISTRATION_NUMBER_TAKEN,
                    "Nomor registrasi " + number + " sudah dipakai KUBE lain");
        }
    }

    private void notInFuture(LocalDate date, String what) {
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            throw new GroupRuleException(GroupRuleException.Reason.DATE_IN_FUTURE,
                    what + " (" + date + ") tidak boleh setelah hari ini (" + today + ")");
        }
    }

    private static void notBeforeFormation(Group group, LocalDate date) {
        if (date.isBefore(group.formedOn())) {
            throw new GroupRuleException(GroupRuleException.Reason.DATE_BEFORE_FORMATION,
                    "Tanggal " + date + " sebelum KUBE " + group.name() + " dibentuk (" + group.formedOn() + ")");
        }
    }

    private static String requireReason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new GroupRuleException(GroupRuleException.Reason.REASON_REQUIRED, "Alasan perubahan harus diisi");
        }
        String r = reason.strip();
        if (r.length() > 1000) {
            throw new GroupRuleException(GroupRuleException.Reason.REASON_REQUIRED,
                    "Alasan perubahan paling banyak 1000 huruf");
        }
        return r;
    }

    private static GroupRuleException notFound(GroupId id) {
        return new GroupRuleException(GroupRuleException.Reason.GROUP_NOT_FOUND, "KUBE tidak ditemukan (" + id + ")");
    }
}
