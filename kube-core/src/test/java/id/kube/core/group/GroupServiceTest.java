package id.kube.core.group;

import static id.kube.core.persistence.jooq.Tables.AUDIT_EVENT;
import static id.kube.testing.KubeFixtures.MAS_UBUD;
import static id.kube.testing.KubeFixtures.TODAY;
import static id.kube.testing.KubeFixtures.TREASURER;
import static id.kube.testing.KubeFixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import id.kube.core.KubeCore;
import id.kube.core.audit.Actor;
import id.kube.core.facilitator.Facilitator;
import id.kube.core.facilitator.FacilitatorRuleException;
import id.kube.core.member.Member;
import id.kube.core.member.RoleChange;
import id.kube.core.money.Rupiah;
import id.kube.core.region.RegionCode;
import id.kube.testing.KubeFixtures;
import id.kube.testing.TestDatabase;

@TestDatabase
class GroupServiceTest {

    private final DSLContext dsl;
    private final KubeCore core;

    GroupServiceTest(DSLContext dsl) {
        this.dsl = dsl;
        this.core = KubeFixtures.core(dsl);
    }

    private static int nextPeople(int count) {
        return KubeFixtures.freshPeople(count);
    }

    @Test
    void aNewGroupStartsFormingAtStageTumbuhWithItsHistoryAndAudit() {
        Group group = core.groups().register(TREASURER, profile("Sari Boga", MAS_UBUD, TODAY.minusMonths(2)));
        assertThat(group.status()).isEqualTo(GroupStatus.FORMING);
        assertThat(group.stage()).isEqualTo(GroupStage.TUMBUH);
        assertThat(group.regionDecreeId()).isEqualTo("KEPMENDAGRI-300.2.2-2138-2025");
        assertThat(core.groups().require(group.id())).isEqualTo(group);
        assertThat(core.groups().statusHistory(group.id())).singleElement()
                .satisfies(c -> {
                    assertThat(c.from()).isNull();
                    assertThat(c.to()).isEqualTo(GroupStatus.FORMING);
                    assertThat(c.recordedBy()).isEqualTo("bendahara.test");
                    assertThat(c.recordedAt()).isEqualTo(KubeFixtures.clock().instant());
                });
        assertThat(core.groups().stageHistory(group.id())).extracting(StageChange::stage)
                .containsExactly(GroupStage.TUMBUH);
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("GROUP_REGISTERED")
                .and(AUDIT_EVENT.SUBJECT_ID.eq(group.id().toString())).and(AUDIT_EVENT.ACTOR.eq("bendahara.test"))))
                .isOne();
        assertThat(core.groups().within(RegionCode.of("51.04"))).contains(group);
        assertThat(core.groups().within(RegionCode.of("51.71"))).doesNotContain(group);
        assertThat(core.groups().overview(RegionCode.of("51.04.05"))).filteredOn(s -> s.id().equals(group.id()))
                .singleElement().satisfies(s -> {
                    assertThat(s.villageName()).isEqualTo("Mas");
                    assertThat(s.districtName()).isEqualTo("Ubud");
                    assertThat(s.regencyName()).isEqualTo("Kabupaten Gianyar");
                    assertThat(s.activeMembers()).isZero();
                    assertThat(s.status()).isEqualTo(GroupStatus.FORMING);
                });
        assertThat(core.groups().overview(RegionCode.of("52"))).isEmpty();
    }

    @Test
    void aGroupIsFoundByItsRegistrationNumber() {
        GroupProfile base = profile("Tunas Harapan", MAS_UBUD, TODAY.minusMonths(3));
        Group group = core.groups().register(TREASURER, new GroupProfile(base.name(), "KUBE-5104-TEST-77",
                base.village(), base.formedOn(), base.bankAccount(), base.stimulus(), base.businessTypes()));

        assertThat(core.groups().anyRegistered()).isTrue();
        assertThat(core.groups().findByRegistrationNumber("KUBE-5104-TEST-77")).map(Group::id).contains(group.id());
        assertThat(core.groups().findByRegistrationNumber("KUBE-5104-TEST-78")).isEmpty();
    }

    @Test
    void aGroupCannotBeFormedInTheFuture() {
        expect(() -> core.groups().register(TREASURER, profile("Besok", MAS_UBUD, TODAY.plusDays(1))),
                GroupRuleException.Reason.DATE_IN_FUTURE, "tidak boleh setelah hari ini");
    }

    @Test
    void aGroupMustBeInAKnownVillage() {
        expect(() -> core.groups().register(TREASURER, profile("Entah", RegionCode.of("51.04.05.2099"),
                TODAY.minusDays(1))), GroupRuleException.Reason.VILLAGE_UNKNOWN, "51.04.05.2099");
    }

    @Test
    void aRegistrationNumberBelongsToOneGroup() {
        GroupProfile first = new GroupProfile("Satu", "KUBE/5104/001", MAS_UBUD, TODAY.minusDays(9), null, null,
                Set.of());
        core.groups().register(TREASURER, first);
        GroupProfile second = new GroupProfile("Dua", "KUBE/5104/001", MAS_UBUD, TODAY.minusDays(9), null, null,
                Set.of());
        expect(() -> core.groups().register(TREASURER, second), GroupRuleException.Reason.REGISTRATION_NUMBER_TAKEN,
                "KUBE/5104/001");
    }

    @Test
    void aGroupActivatedWithoutATreasurerIsRefused() {
        GroupId id = KubeFixtures.formingGroup(core, "Tanpa Bendahara", 5, nextPeople(5));
        Member first = core.members().activeMembers(id).getFirst();
        core.members().assignRole(TREASURER, first.id(), GroupRole.CHAIR, TODAY.minusMonths(1));
        expect(() -> core.groups().changeStatus(TREASURER, id, GroupStatus.ACTIVE, TODAY, "Siap"),
                GroupRuleException.Reason.NO_TREASURER, "belum ada bendahara");
        assertThat(core.groups().require(id).status()).isEqualTo(GroupStatus.FORMING);
        assertThat(core.groups().statusHistory(id)).hasSize(1);
    }

    @Test
    void aGroupActivatedWithoutAChairIsRefused() {
        GroupId id = KubeFixtures.formingGroup(core, "Tanpa Ketua", 5, nextPeople(5));
        Member first = core.members().activeMembers(id).getFirst();
        core.members().assignRole(TREASURER, first.id(), GroupRole.TREASURER, TODAY.minusMonths(1));
        expect(() -> core.groups().changeStatus(TREASURER, id, GroupStatus.ACTIVE, TODAY, "Siap"),
                GroupRuleException.Reason.NO_CHAIR, "belum ada ketua");
    }

    @Test
    void aGroupBelowTheMinimumSizeCannotBeActivated() {
        GroupId id = KubeFixtures.formingGroup(core, "Terlalu Kecil", 4, nextPeople(4));
        expect(() -> core.groups().changeStatus(TREASURER, id, GroupStatus.ACTIVE, TODAY, "Siap"),
                GroupRuleException.Reason.TOO_FEW_MEMBERS, "paling sedikit 5 anggota; saat ini 4");
    }

    @Test
    void theMinimumSizeIsConfigurable() {
        KubeCore small = KubeFixtures.core(dsl, new GroupSizePolicy(3, 10));
        GroupId id = KubeFixtures.formingGroup(small, "Kecil", 3, nextPeople(3));
        var members = small.members().activeMembers(id);
        small.members().assignRole(TREASURER, members.get(0).id(), GroupRole.CHAIR, TODAY);
        small.members().assignRole(TREASURER, members.get(1).id(), GroupRole.TREASURER, TODAY);
        assertThat(small.groups().changeStatus(TREASURER, id, GroupStatus.ACTIVE, TODAY, "Siap").status())
                .isEqualTo(GroupStatus.ACTIVE);
    }

    @Test
    void theLifecycleMovesOnlyAlongItsArrowsAndEveryChangeIsDatedWithAReason() {
        GroupId id = KubeFixtures.activeGroup(core, "Maju Bersama", 5, nextPeople(5));
        expect(() -> core.groups().changeStatus(TREASURER, id, GroupStatus.FORMING, TODAY, "Mundur"),
                GroupRuleException.Reason.TRANSITION_NOT_ALLOWED, "dari Aktif ke Pembentukan");
        expect(() -> core.groups().changeStatus(TREASURER, id, GroupStatus.SUSPENDED, TODAY, "  "),
                GroupRuleException.Reason.REASON_REQUIRED, "Alasan");
        expect(() -> core.groups().changeStatus(TREASURER, id, GroupStatus.SUSPENDED, TODAY.plusDays(1), "Macet"),
                GroupRuleException.Reason.DATE_IN_FUTURE, "tidak boleh setelah hari ini");
        expect(() -> core.groups().changeStatus(TREASURER, id, GroupStatus.SUSPENDED, TODAY.minusYears(1), "Macet"),
                GroupRuleException.Reason.DATE_BEFORE_LAST_CHANGE, "sebelum perubahan terakhir");
        core.groups().changeStatus(TREASURER, id, GroupStatus.SUSPENDED, TODAY.minusDays(20), "Kas tidak dilaporkan");
        core.groups().changeStatus(TREASURER, id, GroupStatus.ACTIVE, TODAY.minusDays(5), "Laporan kas lengkap");
        Group graduated = core.groups().changeStatus(TREASURER, id, GroupStatus.GRADUATED, TODAY, "Mandiri");
        assertThat(graduated.status()).isEqualTo(GroupStatus.GRADUATED);
        assertThat(graduated.statusSince()).isEqualTo(TODAY);
        assertThat(core.groups().statusHistory(id)).extracting(StatusChange::to, StatusChange::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(GroupStatus.FORMING, "Pendaftaran KUBE"),
                        org.assertj.core.groups.Tuple.tuple(GroupStatus.ACTIVE, "Musyawarah pembentukan"),
                        org.assertj.core.groups.Tuple.tuple(GroupStatus.SUSPENDED, "Kas tidak dilaporkan"),
                        org.assertj.core.groups.Tuple.tuple(GroupStatus.ACTIVE, "Laporan kas lengkap"),
                        org.assertj.core.groups.Tuple.tuple(GroupStatus.GRADUATED, "Mandiri"));
        expect(() -> core.groups().changeStatus(TREASURER, id, GroupStatus.DISSOLVED, TODAY, "Bubar"),
                GroupRuleException.Reason.TRANSITION_NOT_ALLOWED, "dari Mandiri (lulus) ke Bubar");
    }

    @Test
    void dissolvingEndsEveryMembershipButKeepsTheHistory() {
        GroupId id = KubeFixtures.activeGroup(core, "Bubar Jalan", 5, nextPeople(5));
        core.groups().changeStatus(TREASURER, id, GroupStatus.DISSOLVED, TODAY, "Usaha gagal total");
        assertThat(core.members().activeMembers(id)).isEmpty();
        assertThat(core.members().membershipHistory(id)).hasSize(5)
                .allSatisfy(m -> {
                    assertThat(m.leftOn()).isEqualTo(TODAY);
                    assertThat(m.leaveReason()).isEqualTo("KUBE bubar: Usaha gagal total");
                    assertThat(m.role()).isEqualTo(GroupRole.MEMBER);
                });
        Member chair = core.members().membershipHistory(id).stream()
                .filter(m -> core.members().roleHistory(m.id()).stream().anyMatch(r -> r.role() == GroupRole.CHAIR))
                .findFirst().orElseThrow();
        assertThat(core.members().roleHistory(chair.id())).extracting(RoleChange::role)
                .containsExactly(GroupRole.MEMBER, GroupRole.CHAIR, GroupRole.MEMBER);
        expect(() -> core.groups().changeStage(TREASURER, id, GroupStage.MAJU, TODAY, "x"),
                GroupRuleException.Reason.GROUP_CLOSED, "sudah bubar");
        expect(() -> core.groups().adoptConstitution(TREASURER, id, terms(TODAY, "1", 40, 20, 20, 15, 5)),
                GroupRuleException.Reason.GROUP_CLOSED, "sudah bubar");
    }

    @Test
    void theStageChangesWithAReasonAndKeepsItsHistory() {
        GroupId id = KubeFixtures.activeGroup(core, "Berkembang", 5, nextPeople(5));
        core.groups().changeStage(TREASURER, id, GroupStage.BERKEMBANG, TODAY.minusDays(3), "Omzet naik");
        expect(() -> core.groups().changeStage(TREASURER, id, GroupStage.BERKEMBANG, TODAY, "Lagi"),
                GroupRuleException.Reason.STAGE_UNCHANGED, "sudah berada pada tahap Berkembang");
        expect(() -> core.groups().changeStage(TREASURER, id, GroupStage.MAJU, TODAY.minusDays(4), "Mundur"),
                GroupRuleException.Reason.DATE_BEFORE_LAST_CHANGE, "sebelum penilaian terakhir");
        core.groups().changeStage(TREASURER, id, GroupStage.MAJU, TODAY, "Mandiri secara usaha");
        assertThat(core.groups().stageHistory(id)).extracting(StageChange::stage)
                .containsExactly(GroupStage.TUMBUH, GroupStage.BERKEMBANG, GroupStage.MAJU);
        assertThat(core.groups().require(id).stage()).isEqualTo(GroupStage.MAJU);
    }

    @Test
    void theConstitutionIsVersionedAndReadBackExactly() {
        GroupId id = KubeFixtures.formingGroup(core, "Beraturan", 5, nextPeople(5));
        ConstitutionTerms first = terms(TODAY.minusMonths(5), "1.50", 40, 20, 20, 15, 5);
        Constitution v1 = core.groups().adoptConstitution(TREASURER, id, first);
        ConstitutionTerms second = terms(TODAY.minusMonths(1), "2", 50, 20, 15, 10, 5);
        Constitution v2 = core.groups().adoptConstitution(TREASURER, id, second);
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(core.groups().constitutionHistory(id)).extracting(Constitution::terms).hasSize(2);
        Constitution current = core.groups().currentConstitution(id).orElseThrow();
        assertThat(current.version()).isEqualTo(2);
        assertThat(current.terms().loanTerms().feePercentPerMonth()).isEqualByComparingTo("2");
        assertThat(Rupiah.toLong(current.terms().mandatorySavingsMonthly())).isEqualTo(10_000);
        assertThat(current.terms().surplusSplit().membersPercent()).isEqualByComparingTo("50");
        expect(() -> core.groups().adoptConstitution(TREASURER, id, terms(TODAY.minusMonths(2), "2", 50, 20, 15, 10, 5)),
                GroupRuleException.Reason.DATE_BEFORE_LAST_CHANGE, "sebelum versi sebelumnya");
    }

    @Test
    void aSurplusSplitMustAddUpToExactlyOneHundredPercent() {
        expect(() -> SurplusSplit.of(40, 20, 20, 15, 4.99), GroupRuleException.Reason.CONSTITUTION_INVALID,
                "berjumlah 100%, bukan 99.99%");
        expect(() -> new LoanTerms(new BigDecimal("1.505"), 1, 12, Rupiah.of(1_000_000)),
                GroupRuleException.Reason.CONSTITUTION_INVALID, "dua angka desimal");
        expect(() -> new LoanTerms(new BigDecimal("1.5"), 12, 6, Rupiah.of(1_000_000)),
                GroupRuleException.Reason.CONSTITUTION_INVALID, "Jangka pinjaman");
    }

    @Test
    void facilitatorsAreAssignedOverTime() {
        GroupId id = KubeFixtures.formingGroup(core, "Didampingi", 5, nextPeople(5));
        Facilitator ayu = core.facilitators().register(Actor.of("admin"), "Ni Made Ayu", "081337000111");
        Facilitator budi = core.facilitators().register(Actor.of("admin"), "I Wayan Budi", null);
        core.groups().assignFacilitator(TREASURER, id, ayu.id(), TODAY.minusMonths(5));
        expect(() -> core.groups().assignFacilitator(TREASURER, id, ayu.id(), TODAY),
                GroupRuleException.Reason.FACILITATOR_ALREADY_ASSIGNED, "sudah ditugaskan");
        core.groups().endFacilitatorAssignment(TREASURER, id, ayu.id(), TODAY.minusMonths(1));
        core.groups().assignFacilitator(TREASURER, id, budi.id(), TODAY.minusMonths(1));
        expect(() -> core.groups().endFacilitatorAssignment(TREASURER, id, ayu.id(), TODAY),
                GroupRuleException.Reason.FACILITATOR_NOT_ASSIGNED, "tidak sedang ditugaskan");
        assertThatThrownBy(() -> core.facilitators().register(Actor.of("admin"), "Made", "12-34"))
                .isInstanceOf(FacilitatorRuleException.class)
                .hasMessageContaining("Nomor telepon pendamping tidak sah");
        assertThat(core.groups().facilitatorAssignments(id)).containsExactly(
                new FacilitatorAssignment(ayu.id(), TODAY.minusMonths(5), TODAY.minusMonths(1)),
                new FacilitatorAssignment(budi.id(), TODAY.minusMonths(1), null));
    }

    @Test
    void theProfileCanChangeButNotTheFormationDateNorTheDistrict() {
        GroupId id = KubeFixtures.formingGroup(core, "Lama", 5, nextPeople(5));
        Group before = core.groups().require(id);
        GroupProfile renamed = new GroupProfile("Baru", "KUBE/5104/777", KubeFixtures.PELIATAN_UBUD,
                before.formedOn(), null, before.stimulus(), Set.of(BusinessType.CRAFTS, BusinessType.TRADE));
        Group after = core.groups().updateProfile(TREASURER, id, renamed);
        assertThat(core.groups().require(id)).isEqualTo(after);
        assertThat(after.businessTypes()).containsExactlyInAnyOrder(BusinessType.CRAFTS, BusinessType.TRADE);
        assertThat(after.bankAccount()).isNull();
        expect(() -> core.groups().updateProfile(TREASURER, id, new GroupProfile("Baru", null, MAS_UBUD,
                before.formedOn().minusDays(1), null, null, Set.of())), GroupRuleException.Reason.PROFILE_INVALID,
                "Tanggal pembentukan");
        expect(() -> core.groups().updateProfile(TREASURER, id, new GroupProfile("Baru", null,
                KubeFixtures.CELUK_SUKAWATI, before.formedOn(), null, null, Set.of())),
                GroupRuleException.Reason.PROFILE_INVALID, "kecamatan yang sama");
    }

    @Test
    void noGroupDateMayLieInTheFuture() {
        GroupId id = KubeFixtures.formingGroup(core, "Masa Depan", 5, nextPeople(5));
        Facilitator made = core.facilitators().register(Actor.of("admin"), "Made Sukma", null);
        LocalDate tomorrow = TODAY.plusDays(1);
        expect(() -> core.groups().adoptConstitution(TREASURER, id, terms(tomorrow, "1", 40, 20, 20, 15, 5)),
                GroupRuleException.Reason.DATE_IN_FUTURE, "Tanggal kesepakatan aturan kelompok");
        expect(() -> core.groups().changeStage(TREASURER, id, GroupStage.BERKEMBANG, tomorrow, "Cepat"),
                GroupRuleException.Reason.DATE_IN_FUTURE, "Tanggal penilaian tahap");
        expect(() -> core.groups().assignFacilitator(TREASURER, id, made.id(), tomorrow),
                GroupRuleException.Reason.DATE_IN_FUTURE, "Tanggal penugasan pendamping");
        Group group = core.groups().require(id);
        GroupProfile grantTomorrow = new GroupProfile(group.name(), null, group.village(), group.formedOn(), null,
                new StimulusGrant(Rupiah.of(15_000_000), tomorrow, "Bantuan 2025"), Set.of());
        expect(() -> core.groups().updateProfile(TREASURER, id, grantTomorrow),
                GroupRuleException.Reason.DATE_IN_FUTURE, "Tanggal terima bantuan stimulan");
        expect(() -> core.groups().changeStage(TREASURER, id, GroupStage.BERKEMBANG, group.formedOn().minusDays(1),
                "Terlalu awal"), GroupRuleException.Reason.DATE_BEFORE_FORMATION, "sebelum KUBE");
    }

    private static ConstitutionTerms terms(LocalDate agreedOn, String fee, double members, double reserve,
            double iks, double management, double other) {
        return new ConstitutionTerms(agreedOn, Rupiah.of(50_000), Rupiah.of(10_000),
                new IksRule(Rupiah.of(2_000), "Santunan anggota sakit atau meninggal, paling banyak Rp500.000"),
                new LoanTerms(new BigDecimal(fee), 1, 12, Rupiah.of(2_000_000)),
                SurplusSplit.of(members, reserve, iks, management, other));
    }

    private static void expect(ThrowingCallable call, GroupRuleException.Reason reason, String message) {
        assertThatThrownBy(call).isInstanceOf(GroupRuleException.class).hasMessageContaining(message)
                .extracting(e -> ((GroupRuleException) e).reason()).isEqualTo(reason);
    }
}
