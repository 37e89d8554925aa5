package id.kube.core.member;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jspecify.annotations.Nullable;

import id.kube.core.audit.Actor;
import id.kube.core.audit.AuditTrail;
import id.kube.core.group.Group;
import id.kube.core.group.GroupId;
import id.kube.core.group.GroupRepository;
import id.kube.core.group.GroupRole;
import id.kube.core.group.GroupRoster;
import id.kube.core.group.GroupSizePolicy;
import id.kube.core.group.JooqGroupRepository;
import id.kube.core.group.JooqGroupRoster;
import id.kube.core.region.JooqRegionDirectory;
import id.kube.core.region.Region;
import id.kube.core.region.RegionDirectory;

/**
 * Adds people to groups, records leaving and roles. Each method is one transaction that locks the group row
 * first (then the person row), checks every rule and writes with the audit trail; a refusal
 * ({@link MemberRuleException}) leaves nothing written. The rule that a NIK is active in at most one group
 * is also held by a unique index, so it holds even against writers that bypass this service.
 */
public final class MemberService {

    static final String ONE_ACTIVE_GROUP_INDEX = "member_one_active_group_per_nik_idx";
    static final String ONE_FAMILY_INDEX = "member_one_family_per_group_idx";

    private final DSLContext dsl;
    private final Clock clock;
    private final GroupSizePolicy sizePolicy;
    private final NikProtector protector;

    public MemberService(DSLContext dsl, Clock clock, GroupSizePolicy sizePolicy, NikProtector protector) {
        this.dsl = dsl;
        this.clock = clock;
        this.sizePolicy = sizePolicy;
        this.protector = protector;
    }

    // ---- reads ---------------------------------------------------------------------------------------

    public Optional<Member> find(MemberId id) {
        return new JooqMemberRepository(dsl).find(id);
    }

    public List<Member> activeMembers(GroupId group) {
        return new JooqMemberRepository(dsl).activeMembersOf(group);
    }

    /** Every membership the group ever had, including members who left. */
    public List<Member> membershipHistory(GroupId group) {
        return new JooqMemberRepository(dsl).membersOf(group);
    }

    public Optional<Member> activeMembershipOf(Nik nik) {
        return new JooqMemberRepository(dsl).activeMembershipByNikHash(protector.lookupHash(nik));
    }

    public List<RoleChange> roleHistory(MemberId id) {
        return new JooqMemberRepository(dsl).roleHistory(id);
    }

    /** The NIK in clear, for roles that need it; the reveal itself is audited with its purpose. */
    public Nik revealNik(Actor actor, MemberId id, String purpose) {
        return dsl.transactionResult(cfg -> {
            JooqMemberRepository members = new JooqMemberRepository(cfg.dsl());
            if (members.find(id).isEmpty()) {
                throw memberNotFound();
            }
            Nik nik = protector.decryptNik(members.nikCipher(id));
            new AuditTrail(cfg.dsl()).record(actor, clock.instant(), "NIK_REVEALED", "member", id,
                    purpose == null || purpose.isBlank() ? "(tanpa keterangan)" : purpose.strip());
            return nik;
        });
    }

    // ---- writes --------------------------------------------------------------------------------------

    /**
     * Adds the person to the group from {@code joinedOn}. Refused when the NIK disagrees with sex or birth
     * date, the person is active in another group (the message names it), their family (KK) is already in
     * this group, the group is full or closed, they live outside the group's district, or a date is in the
     * future. An unknown NIK district is returned as a warning.
     */
    public MemberRegistration addMember(Actor actor, GroupId groupId, PersonDetails person, LocalDate joinedOn) {
        try {
            return inTransaction(tx -> addMemberInTransaction(tx, actor, groupId, person, joinedOn));
        } catch (DataAccessException e) {
            throw translate(e, person);
        }
    }

    private MemberRegistration addMemberInTransaction(Tx tx, Actor actor, GroupId groupId, PersonDetails person,
            LocalDate joinedOn) {
        Instant now = clock.instant();
        Group group = tx.groups.lock(groupId).orElseThrow(MemberService::groupNotFound);
        if (group.status().isClosed()) {
            throw new MemberRuleException(MemberRuleException.Reason.GROUP_CLOSED,
                    "KUBE " + group.name() + " sudah bubar; tidak dapat menerima anggota");
        }
        notInFuture(person.birthDate(), "Tanggal lahir");
        notInFuture(joinedOn, "Tanggal bergabung");
        if (joinedOn.isBefore(group.formedOn())) {
            throw new MemberRuleException(MemberRuleException.Reason.DATE_BEFORE_GROUP_FORMATION,
                    "Tanggal bergabung (" + joinedOn + ") sebelum KUBE " + group.name() + " dibentuk ("
                            + group.formedOn() + ")");
        }
        List<NikWarning> warnings = new NikConsistencyPolicy(tx.regions::everIssued)
                .check(person.nik(), person.sex(), person.birthDate());
        Region village = tx.regions.find(person.address().village()).orElseThrow(() -> new MemberRuleException(
                MemberRuleException.Reason.VILLAGE_UNKNOWN,
                "Desa/kelurahan dengan kode " + person.address().village() + " tidak ada dalam data wilayah"));
        if (!village.code().district().equals(group.district())) {
            throw new MemberRuleException(MemberRuleException.Reason.VILLAGE_OUTSIDE_GROUP_DISTRICT,
                    "Anggota KUBE " + group.name() + " harus tinggal di kecamatan " + group.district()
                            + ", bukan di " + village.code().district());
        }
        ProtectedIdentity identity = ProtectedIdentity.of(protector, person.nik(), person.familyCard());
        PersonId personId = tx.members.saveAndLockPerson(identity, person, village.decreeId(), actor, now);
        Optional<Member> active = tx.members.activeMembershipByNikHash(identity.nikHash());
        if (active.isPresent()) {
            throw activeElsewhere(tx.groups, active.get(), groupId, person.nik());
        }
        if (tx.members.familyActiveInGroup(groupId, identity.familyCardHash())) {
            throw familyAlreadyIn(group);
        }
        int count = tx.roster.activeMemberCount(groupId);
        if (count >= sizePolicy.maximumMembers()) {
            throw new MemberRuleException(MemberRuleException.Reason.GROUP_FULL,
                    "KUBE " + group.name() + " sudah beranggotakan " + count + " keluarga (batas "
                            + sizePolicy.maximumMembers() + ")");
        }
        MemberId id = MemberId.random();
        tx.members.insertMember(id, groupId, personId, identity, joinedOn, actor, now);
        tx.audit.record(actor, now, "MEMBER_ADDED", "member", id, "KUBE " + groupId + ", NIK " + identity.nikMasked());
        return new MemberRegistration(tx.members.find(id).orElseThrow(), warnings);
    }

    /** Ends the membership on {@code leftOn}; the row and its history stay. Chair and treasurer hand over first. */
    public Member leave(Actor actor, MemberId id, LocalDate leftOn, String reason) {
        return inTransaction(tx -> {
            Instant now = clock.instant();
            Member member = tx.members.find(id).orElseThrow(MemberService::memberNotFound);
            Group group = tx.groups.lock(member.groupId()).orElseThrow(MemberService::groupNotFound);
            member = tx.members.find(id).orElseThrow(MemberService::memberNotFound);
            if (!member.isActive()) {
                throw new MemberRuleException(MemberRuleException.Reason.MEMBER_ALREADY_LEFT,
                        member.fullName() + " sudah keluar dari KUBE pada " + member.leftOn());
            }
            String why = requireReason(reason);
            notInFuture(leftOn, "Tanggal keluar");
            if (leftOn.isBefore(member.joinedOn())) {
                throw new MemberRuleException(MemberRuleException.Reason.DATE_BEFORE_JOINING,
                        "Tanggal keluar (" + leftOn + ") sebelum tanggal bergabung (" + member.joinedOn() + ")");
            }
            if (member.role().isOffice()) {
                tx.members.setRole(id, GroupRole.MEMBER, leftOn, actor, now);
            }
            tx.members.endMembership(id, leftOn, why, actor, now);
            requireOfficers(tx.roster, group, member.role());
            tx.audit.record(actor, now, "MEMBER_LEFT", "member", id, why);
            return tx.members.find(id).orElseThrow();
        });
    }

    /**
     * Gives the member a role from {@code effectiveOn}. Chair, secretary and treasurer are held by one member
     * at a time: the previous holder goes back to plain member. A change that would leave an active group
     * without chair or treasurer is refused.
     */
    public Member assignRole(Actor actor, MemberId id, GroupRole role, LocalDate effectiveOn) {
        return inTransaction(tx -> {
            Instant now = clock.instant();
            Member member = tx.members.find(id).orElseThrow(MemberService::memberNotFound);
            Group group = tx.groups.lock(member.groupId()).orElseThrow(MemberService::groupNotFound);
            member = tx.members.find(id).orElseThrow(MemberService::memberNotFound);
            if (!member.isActive()) {
                throw new MemberRuleException(MemberRuleException.Reason.MEMBER_ALREADY_LEFT,
                        member.fullName() + " sudah keluar dari KUBE pada " + member.leftOn());
            }
            notInFuture(effectiveOn, "Tanggal mulai jabatan");
            if (effectiveOn.isBefore(member.joinedOn())) {
                throw new MemberRuleException(MemberRuleException.Reason.DATE_BEFORE_JOINING,
                        "Tanggal mulai jabatan (" + effectiveOn + ") sebelum tanggal bergabung (" + member.joinedOn() + ")");
            }
            if (member.role() == role) {
                return member;
            }
            if (role.isOffice()) {
                for (Member other : tx.members.activeMembersOf(group.id())) {
                    if (other.role() == role) {
                        tx.members.setRole(other.id(), GroupRole.MEMBER, effectiveOn, actor, now);
                    }
                }
            }
            tx.members.setRole(id, role, effectiveOn, actor, now);
            requireOfficers(tx.roster, group, member.role());
            tx.audit.record(actor, now, "MEMBER_ROLE_ASSIGNED", "member", id, member.role() + " -> " + role);
            return tx.members.find(id).orElseThrow();
        });
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private record Tx(MemberRepository members, GroupRepository groups, GroupRoster roster, RegionDirectory regions,
            AuditTrail audit) {
    }

    private <T> T inTransaction(Function<Tx, T> work) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            return work.apply(new Tx(new JooqMemberRepository(tx), new JooqGroupRepository(tx),
                    new JooqGroupRoster(tx), new JooqRegionDirectory(tx), new AuditTrail(tx)));
        });
    }

    private static void requireOfficers(GroupRoster roster, Group group, GroupRole vacated) {
        if (!group.status().requiresOfficers()) {
            return;
        }
        Set<GroupRole> offices = roster.filledOffices(group.id());
        for (GroupRole needed : List.of(GroupRole.CHAIR, GroupRole.TREASURER)) {
            if (!offices.contains(needed)) {
                throw new MemberRuleException(MemberRuleException.Reason.ROLE_WOULD_BE_VACANT,
                        "KUBE " + group.name() + " yang " + group.status().label().toLowerCase()
                                + " harus tetap punya satu " + needed.label().toLowerCase() + "; tunjuk "
                                + needed.label().toLowerCase() + " baru lebih dulu (jabatan lama: "
                                + vacated.label().toLowerCase() + ")");
            }
        }
    }

    private MemberRuleException activeElsewhere(GroupRepository groups, Member active, GroupId wanted, Nik nik) {
        if (active.groupId().equals(wanted)) {
            return new MemberRuleException(MemberRuleException.Reason.NIK_ALREADY_IN_THIS_GROUP,
                    "NIK " + nik.masked() + " (" + active.fullName() + ") sudah menjadi anggota KUBE ini");
        }
        String other = groups.find(active.groupId()).map(g -> g.name()).orElse(active.groupId().toString());
        return new MemberRuleException(MemberRuleException.Reason.NIK_ACTIVE_IN_OTHER_GROUP,
                "NIK " + nik.masked() + " (" + active.fullName() + ") masih anggota aktif KUBE " + other
                        + " sejak " + active.joinedOn() + "; satu orang hanya boleh aktif di satu KUBE");
    }

    private static MemberRuleException familyAlreadyIn(Group group) {
        return new MemberRuleException(MemberRuleException.Reason.FAMILY_ALREADY_IN_GROUP,
                "Keluarga dengan nomor KK ini sudah terwakili di KUBE " + group.name()
                        + "; satu keluarga hanya dihitung sekali");
    }

    /** A race lost at the database (another transaction committed the same NIK or KK first). */
    private RuntimeException translate(DataAccessException e, PersonDetails person) {
        String message = String.valueOf(e.getMessage());
        if (message.contains(ONE_ACTIVE_GROUP_INDEX)) {
            JooqMemberRepository members = new JooqMemberRepository(dsl);
            return members.activeMembershipByNikHash(protector.lookupHash(person.nik()))
                    .<RuntimeException>map(active -> activeElsewhere(new JooqGroupRepository(dsl), active,
                            new GroupId(new java.util.UUID(0, 0)), person.nik()))
                    .orElse(e);
        }
        if (message.contains(ONE_FAMILY_INDEX)) {
            return new MemberRuleException(MemberRuleException.Reason.FAMILY_ALREADY_IN_GROUP,
                    "Keluarga dengan nomor KK ini sudah terwakili di KUBE ini; satu keluarga hanya dihitung sekali");
        }
        return e;
    }

    private void notInFuture(LocalDate date, String what) {
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            throw new MemberRuleException(MemberRuleException.Reason.DATE_IN_FUTURE,
                    what + " (" + date + ") tidak boleh setelah hari ini (" + today + ")");
        }
    }

    private static String requireReason(@Nullable String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
            throw new MemberRuleException(MemberRuleException.Reason.REASON_REQUIRED,
                    "Alasan keluar harus diisi (paling banyak 1000 huruf)");
        }
        return reason.strip();
    }

    private static MemberRuleException groupNotFound() {
        return new MemberRuleException(MemberRuleException.Reason.GROUP_NOT_FOUND, "KUBE tidak ditemukan");
    }

    private static MemberRuleException memberNotFound() {
        return new MemberRuleException(MemberRuleException.Reason.MEMBER_NOT_FOUND, "Anggota tidak ditemukan");
    }
}
