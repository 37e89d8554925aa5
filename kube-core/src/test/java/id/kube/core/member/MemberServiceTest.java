package id.kube.core.member;

import static id.kube.core.persistence.jooq.Tables.AUDIT_EVENT;
import static id.kube.core.persistence.jooq.Tables.MEMBER;
import static id.kube.core.persistence.jooq.Tables.PERSON;
import static id.kube.testing.KubeFixtures.MAS_UBUD;
import static id.kube.testing.KubeFixtures.PELIATAN_UBUD;
import static id.kube.testing.KubeFixtures.TODAY;
import static id.kube.testing.KubeFixtures.TREASURER;
import static id.kube.testing.KubeFixtures.familyCard;
import static id.kube.testing.KubeFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;

import id.kube.core.KubeCore;
import id.kube.core.audit.Actor;
import id.kube.core.group.GroupId;
import id.kube.core.group.GroupRole;
import id.kube.core.group.GroupSizePolicy;
import id.kube.core.group.GroupStatus;
import id.kube.core.region.RegionCode;
import id.kube.testing.KubeFixtures;
import id.kube.testing.TestDatabase;

@TestDatabase
class MemberServiceTest {

    private final DSLContext dsl;
    private final KubeCore core;

    MemberServiceTest(DSLContext dsl) {
        this.dsl = dsl;
        this.core = KubeFixtures.core(dsl);
    }

    @Test
    void aMemberIsStoredWithTheNikOnlyHashedEncryptedAndMasked() {
        GroupId group = KubeFixtures.formingGroup(core, "Sari Boga", 0);
        PersonDetails siti = new PersonDetails(Nik.of("5104055203850003"), FamilyCardNumber.of("5104050101090042"),
                "Ni Ketut  Siti", Sex.FEMALE, LocalDate.of(1985, 3, 12),
                new Address("Banjar Teges", "3", "12", MAS_UBUD), "0813-3700-0111", false, true,
                new DtsenEntry("3201-DTSEN-0042", 2));
        MemberRegistration registration = core.members().addMember(TREASURER, group, siti, TODAY.minusDays(3));

        Member member = registration.member();
        assertThat(registration.warnings()).isEmpty();
        assertThat(member.nikMasked()).isEqualTo("5104xxxxxxxx0003");
        assertThat(member.fullName()).isEqualTo("Ni Ketut Siti");
        assertThat(member.address().rt()).isEqualTo("003");
        assertThat(member.phone()).isEqualTo("081337000111");
        assertThat(member.dtsen()).isEqualTo(new DtsenEntry("3201-DTSEN-0042", 2));
        assertThat(member.role()).isEqualTo(GroupRole.MEMBER);
        assertThat(member.isActive()).isTrue();
        assertThat(core.members().activeMembershipOf(Nik.of("5104055203850003"))).contains(member);

        // a dump of the database does not show the NIK or the KK in clear
        for (Record row : dsl.selectFrom(PERSON).fetch()) {
            assertThat(row.toString()).doesNotContain("5104055203850003").doesNotContain("5104050101090042");
        }
        assertThat(dsl.selectFrom(MEMBER).fetch().toString()).doesNotContain("5104055203850003");
        assertThat(dsl.selectFrom(AUDIT_EVENT).fetch().toString()).doesNotContain("5104055203850003");

        assertThat(core.members().revealNik(Actor.of("dinsos.gianyar"), member.id(), "verifikasi DTSEN"))
                .isEqualTo(Nik.of("5104055203850003"));
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("NIK_REVEALED")
                .and(AUDIT_EVENT.ACTOR.eq("dinsos.gianyar")).and(AUDIT_EVENT.DETAILS.eq("verifikasi DTSEN")))).isOne();
    }

    @Test
    void aNikWhoseBirthDateDisagreesWithTheGivenBirthDateIsRefused() {
        GroupId group = KubeFixtures.formingGroup(core, "Salah Tanggal", 0);
        int persons = dsl.fetchCount(PERSON);
        PersonDetails wrong = new PersonDetails(Nik.of("5104051203850003"), familyCard(1), "I Made Wrong", Sex.MALE,
                LocalDate.of(1985, 3, 21), new Address("Banjar Teges", "1", "1", MAS_UBUD), null, true, true, null);
        expect(() -> core.members().addMember(TREASURER, group, wrong, TODAY),
                MemberRuleException.Reason.NIK_BIRTH_DATE_MISMATCH,
                "Tanggal lahir pada NIK 5104xxxxxxxx0003 (12-03-85) tidak sama dengan tanggal lahir yang diisi (21-03-1985)");
        assertThat(dsl.fetchCount(PERSON)).as("nothing half-saved").isEqualTo(persons);
    }

    @Test
    void aNikOfAnotherSexIsRefused() {
        GroupId group = KubeFixtures.formingGroup(core, "Salah Jenis", 0);
        PersonDetails wrong = new PersonDetails(Nik.of("5104051203850003"), familyCard(2), "Ni Luh Wrong",
                Sex.FEMALE, LocalDate.of(1985, 3, 12), new Address("Banjar Teges", "1", "1", MAS_UBUD), null, true,
                true, null);
        expect(() -> core.members().addMember(TREASURER, group, wrong, TODAY),
                MemberRuleException.Reason.NIK_SEX_MISMATCH, "NIK laki-laki");
    }

    @Test
    void aPersonAddedToASecondActiveGroupIsRefusedNamingTheOtherGroup() {
        int n = KubeFixtures.freshPeople(1);
        GroupId first = KubeFixtures.formingGroup(core, "Tunas Harapan", 0);
        GroupId second = KubeFixtures.formingGroup(core, "Mekar Sari", 0);
        core.members().addMember(TREASURER, first, person(n, MAS_UBUD), TODAY.minusMonths(1));
        expect(() -> core.members().addMember(TREASURER, second, person(n, PELIATAN_UBUD), TODAY),
                MemberRuleException.Reason.NIK_ACTIVE_IN_OTHER_GROUP, "masih anggota aktif KUBE Tunas Harapan");
        expect(() -> core.members().addMember(TREASURER, first, person(n, MAS_UBUD), TODAY),
                MemberRuleException.Reason.NIK_ALREADY_IN_THIS_GROUP, "sudah menjadi anggota KUBE ini");
        assertThat(core.members().activeMembers(second)).isEmpty();
        assertThat(core.members().find(core.members().activeMembers(first).getFirst().id()).orElseThrow()
                .address().village()).as("the refused attempt changed nothing").isEqualTo(MAS_UBUD);
    }

    @Test
    void afterLeavingAPersonMayJoinAnotherGroupAndTheHistoryStays() {
        int n = KubeFixtures.freshPeople(1);
        GroupId first = KubeFixtures.formingGroup(core, "Pertama", 0);
        GroupId second = KubeFixtures.formingGroup(core, "Kedua", 0);
        Member member = core.members().addMember(TREASURER, first, person(n, MAS_UBUD), TODAY.minusMonths(3)).member();
        Member left = core.members().leave(TREASURER, member.id(), TODAY.minusMonths(1), "Pindah ke KUBE Kedua");
        assertThat(left.leftOn()).isEqualTo(TODAY.minusMonths(1));
        Member again = core.members().addMember(TREASURER, second, person(n, MAS_UBUD), TODAY).member();
        assertThat(again.personId()).isEqualTo(member.personId());
        assertThat(core.members().activeMembers(first)).isEmpty();
        assertThat(core.members().membershipHistory(first)).singleElement()
                .satisfies(m -> assertThat(m.leaveReason()).isEqualTo("Pindah ke KUBE Kedua"));
        expect(() -> core.members().leave(TREASURER, member.id(), TODAY, "lagi"),
                MemberRuleException.Reason.MEMBER_ALREADY_LEFT, "sudah keluar");
    }

    @Test
    void oneFamilyCountsOncePerGroup() {
        int n = KubeFixtures.freshPeople(2);
        GroupId group = KubeFixtures.formingGroup(core, "Satu KK", 0);
        core.members().addMember(TREASURER, group, person(n, MAS_UBUD), TODAY);
        PersonDetails spouse = person(n + 1, MAS_UBUD, Sex.FEMALE, LocalDate.of(1980, 5, 5), familyCard(n));
        expect(() -> core.members().addMember(TREASURER, group, spouse, TODAY),
                MemberRuleException.Reason.FAMILY_ALREADY_IN_GROUP, "satu keluarga hanya dihitung sekali");
        GroupId other = KubeFixtures.formingGroup(core, "KK Lain", 0);
        assertThat(core.members().addMember(TREASURER, other, spouse, TODAY).member().isActive())
                .as("the same family may be in another group").isTrue();
    }

    @Test
    void aFullGroupRefusesAnotherFamily() {
        KubeCore small = KubeFixtures.core(dsl, new GroupSizePolicy(2, 3));
        GroupId group = KubeFixtures.formingGroup(small, "Penuh", 3);
        expect(() -> small.members().addMember(TREASURER, group, person(KubeFixtures.freshPeople(1), MAS_UBUD), TODAY),
                MemberRuleException.Reason.GROUP_FULL, "sudah beranggotakan 3 keluarga (batas 3)");
    }

    @Test
    void membersLiveInTheGroupsDistrict() {
        GroupId group = KubeFixtures.formingGroup(core, "Ubud", 0);
        expect(() -> core.members().addMember(TREASURER, group,
                person(KubeFixtures.freshPeople(1), KubeFixtures.CELUK_SUKAWATI), TODAY),
                MemberRuleException.Reason.VILLAGE_OUTSIDE_GROUP_DISTRICT, "kecamatan 51.04.05, bukan di 51.04.01");
        expect(() -> core.members().addMember(TREASURER, group,
                person(KubeFixtures.freshPeople(1), RegionCode.of("51.04.05.2099")), TODAY),
                MemberRuleException.Reason.VILLAGE_UNKNOWN, "51.04.05.2099");
    }

    @Test
    void anUnknownNikDistrictIsReturnedAsAWarningNotThrown() {
        GroupId group = KubeFixtures.formingGroup(core, "Pendatang", 0);
        PersonDetails migrant = new PersonDetails(Nik.of("3273011203850003"), familyCard(KubeFixtures.freshPeople(1)),
                "Asep", Sex.MALE, LocalDate.of(1985, 3, 12), new Address("Banjar Teges", "1", "1", MAS_UBUD), null,
                true, true, null);
        MemberRegistration registration = core.members().addMember(TREASURER, group, migrant, TODAY);
        assertThat(registration.member().isActive()).isTrue();
        assertThat(registration.warnings()).extracting(NikWarning::code).containsExactly(NikWarning.Code.UNKNOWN_DISTRICT);
    }

    @Test
    void datesCannotBeInTheFutureNorBeforeTheGroupExists() {
        GroupId group = KubeFixtures.formingGroup(core, "Tanggal", 0);
        expect(() -> core.members().addMember(TREASURER, group, person(KubeFixtures.freshPeople(1), MAS_UBUD),
                TODAY.plusDays(1)), MemberRuleException.Reason.DATE_IN_FUTURE, "Tanggal bergabung");
        expect(() -> core.members().addMember(TREASURER, group, person(KubeFixtures.freshPeople(1), MAS_UBUD),
                TODAY.minusYears(1)), MemberRuleException.Reason.DATE_BEFORE_GROUP_FORMATION, "sebelum KUBE");
        Member m = core.members().addMember(TREASURER, group, person(KubeFixtures.freshPeople(1), MAS_UBUD), TODAY)
                .member();
        expect(() -> core.members().leave(TREASURER, m.id(), TODAY.plusDays(2), "x"),
                MemberRuleException.Reason.DATE_IN_FUTURE, "Tanggal keluar");
        expect(() -> core.members().leave(TREASURER, m.id(), TODAY.minusDays(1), "x"),
                MemberRuleException.Reason.DATE_BEFORE_JOINING, "sebelum tanggal bergabung");
        expect(() -> core.members().leave(TREASURER, m.id(), TODAY, " "),
                MemberRuleException.Reason.REASON_REQUIRED, "Alasan keluar");
    }

    @Test
    void anOfficeIsHeldByOneMemberAndAnActiveGroupKeepsItsChairAndTreasurer() {
        GroupId group = KubeFixtures.activeGroup(core, "Berjabatan", 5);
        List<Member> members = core.members().activeMembers(group);
        Member treasurer = members.stream().filter(m -> m.role() == GroupRole.TREASURER).findFirst().orElseThrow();
        Member plain = members.stream().filter(m -> m.role() == GroupRole.MEMBER).findFirst().orElseThrow();

        expect(() -> core.members().leave(TREASURER, treasurer.id(), TODAY, "Merantau"),
                MemberRuleException.Reason.ROLE_WOULD_BE_VACANT, "harus tetap punya satu bendahara");
        expect(() -> core.members().assignRole(TREASURER, treasurer.id(), GroupRole.SECRETARY, TODAY),
                MemberRuleException.Reason.ROLE_WOULD_BE_VACANT, "bendahara");

        core.members().assignRole(TREASURER, plain.id(), GroupRole.TREASURER, TODAY);
        assertThat(core.members().find(treasurer.id()).orElseThrow().role()).isEqualTo(GroupRole.MEMBER);
        assertThat(core.members().find(plain.id()).orElseThrow().role()).isEqualTo(GroupRole.TREASURER);
        assertThat(core.members().roleHistory(treasurer.id())).extracting(RoleChange::role)
                .containsExactly(GroupRole.MEMBER, GroupRole.TREASURER, GroupRole.MEMBER);
        assertThat(core.members().leave(TREASURER, treasurer.id(), TODAY, "Merantau").isActive()).isFalse();
        assertThat(core.groups().require(group).status()).isEqualTo(GroupStatus.ACTIVE);
    }

    @Test
    void theDatabaseItselfRefusesASecondActiveMembershipOfOneNik() {
        int n = KubeFixtures.freshPeople(1);
        GroupId first = KubeFixtures.formingGroup(core, "DB Satu", 0);
        GroupId second = KubeFixtures.formingGroup(core, "DB Dua", 0);
        Member member = core.members().addMember(TREASURER, first, person(n, MAS_UBUD), TODAY).member();
        var row = dsl.selectFrom(MEMBER).where(MEMBER.ID.eq(member.id().value())).fetchSingle();
        row.setId(java.util.UUID.randomUUID());
        row.setGroupId(second.value());
        row.changed(true);
        assertThatThrownBy(() -> dsl.executeInsert(row))
                .hasMessageContaining("member_one_active_group_per_nik_idx");
    }

    @Test
    void everyWriteIsAuditedWithWhoAndWhen() {
        GroupId group = KubeFixtures.formingGroup(core, "Diaudit", 0);
        Member m = core.members().addMember(Actor.of("bendahara.siti"), group,
                person(KubeFixtures.freshPeople(1), MAS_UBUD), TODAY).member();
        var event = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.SUBJECT_ID.eq(m.id().toString())).fetchSingle();
        assertThat(event.getAction()).isEqualTo("MEMBER_ADDED");
        assertThat(event.getActor()).isEqualTo("bendahara.siti");
        assertThat(event.getOccurredAt().toInstant()).isEqualTo(KubeFixtures.clock().instant());
        var row = dsl.selectFrom(MEMBER).where(MEMBER.ID.eq(m.id().value())).fetchSingle();
        assertThat(row.getCreatedBy()).isEqualTo("bendahara.siti");
        assertThat(row.getCreatedAt().toInstant()).isEqualTo(KubeFixtures.clock().instant());
    }

    @Test
    void aDissolvedGroupTakesNoNewMembers() {
        GroupId group = KubeFixtures.formingGroup(core, "Sudah Bubar", 1);
        core.groups().changeStatus(TREASURER, group, GroupStatus.DISSOLVED, TODAY, "Tidak jadi");
        expect(() -> core.members().addMember(TREASURER, group, person(KubeFixtures.freshPeople(1), MAS_UBUD), TODAY),
                MemberRuleException.Reason.GROUP_CLOSED, "sudah bubar");
    }

    @Test
    void theDatabaseChecksThePersonDataASecondTime() {
        GroupId group = KubeFixtures.formingGroup(core, "Cek Ganda", 0);
        Member m = core.members().addMember(TREASURER, group, person(KubeFixtures.freshPeople(1), MAS_UBUD), TODAY)
                .member();
        var person = PERSON.ID.eq(m.personId().value());
        assertThatThrownBy(() -> dsl.update(PERSON).set(PERSON.RT, "000").where(person).execute())
                .hasMessageContaining("person_rt_rw_shape");
        assertThatThrownBy(() -> dsl.update(PERSON).set(PERSON.NIK_MASKED, "5104051203850003").where(person).execute())
                .hasMessageContaining("person_nik_masked_shape");
        assertThatThrownBy(() -> dsl.update(PERSON).setNull(PERSON.DTSEN_ID).where(person).execute())
                .hasMessageContaining("person_decile_needs_dtsen");
        assertThatThrownBy(() -> new Address("Jl. Raya", "0", "1", MAS_UBUD))
                .isInstanceOf(MemberRuleException.class).hasMessageContaining("RT harus angka 1–999");
        assertThatThrownBy(() -> new DtsenEntry("X-1", 11))
                .isInstanceOf(MemberRuleException.class).hasMessageContaining("Desil kesejahteraan harus 1–10");
    }

    private static void expect(ThrowingCallable call, MemberRuleException.Reason reason, String message) {
        assertThatThrownBy(call).isInstanceOf(MemberRuleException.class).hasMessageContaining(message)
                .extracting(e -> ((MemberRuleException) e).reason()).isEqualTo(reason);
    }
}
