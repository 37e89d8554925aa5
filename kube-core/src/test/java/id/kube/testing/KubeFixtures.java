package id.kube.testing;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import org.jooq.DSLContext;

import id.kube.core.KubeCore;
import id.kube.core.audit.Actor;
import id.kube.core.group.BankAccount;
import id.kube.core.group.BusinessType;
import id.kube.core.group.GroupId;
import id.kube.core.group.GroupProfile;
import id.kube.core.group.GroupRole;
import id.kube.core.group.GroupSizePolicy;
import id.kube.core.group.GroupStatus;
import id.kube.core.group.StimulusGrant;
import id.kube.core.member.Address;
import id.kube.core.member.DtsenEntry;
import id.kube.core.member.FamilyCardNumber;
import id.kube.core.member.Member;
import id.kube.core.member.Nik;
import id.kube.core.member.NikProtector;
import id.kube.core.member.PersonDetails;
import id.kube.core.member.Sex;
import id.kube.core.money.Rupiah;
import id.kube.core.region.RegionCode;

/**
 * Fixtures that read as the domain, shared with the other modules through kube-core's test-jar: a fixed
 * "today", a test NIK secret, real villages from the reference data, valid NIKs for made-up people and
 * groups in a given state.
 */
public final class KubeFixtures {

    /** "Today" in every fixture clock: 30 June 2025, in Bali's time zone. */
    public static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    public static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    /** A fixed 32-byte test secret; never use it outside tests. */
    public static final NikProtector NIK_PROTECTOR = NikProtector.fromSecret(
            "kube-test-secret-not-for-production!".getBytes(StandardCharsets.US_ASCII));

    public static final Actor TREASURER = Actor.of("bendahara.test");
    public static final Actor FACILITATOR = Actor.of("pendamping.test");

    /** Desa Mas, Kec. Ubud, Kab. Gianyar (51.04.05.2002) and its neighbours in the same district. */
    public static final RegionCode MAS_UBUD = RegionCode.of("51.04.05.2002");
    public static final RegionCode PELIATAN_UBUD = RegionCode.of("51.04.05.2006");
    public static final RegionCode UBUD_KELURAHAN = RegionCode.of("51.04.05.1005");
    /** Desa Celuk, Kec. Sukawati, Kab. Gianyar: same regency, another district. */
    public static final RegionCode CELUK_SUKAWATI = RegionCode.of("51.04.01.2005");
    /** Desa Kediri, Kec. Kediri, Kab. Lombok Barat. */
    public static final RegionCode KEDIRI_LOMBOK_BARAT = RegionCode.of("52.01.02.2001");

    private static final java.util.concurrent.atomic.AtomicInteger PEOPLE = new java.util.concurrent.atomic.AtomicInteger(5000);

    private KubeFixtures() {
    }

    /** The first of {@code count} person numbers no other fixture call in this JVM has handed out. */
    public static int freshPeople(int count) {
        return PEOPLE.getAndAdd(count);
    }

    /** A forming group of {@code members} fresh people. */
    public static GroupId formingGroup(KubeCore core, String name, int members) {
        return formingGroup(core, name, members, freshPeople(members));
    }

    /** An active group of {@code members} fresh people (the first is chair, the second treasurer). */
    public static GroupId activeGroup(KubeCore core, String name, int members) {
        return activeGroup(core, name, members, freshPeople(members));
    }

    public static Clock clock() {
        return Clock.fixed(TODAY.atTime(LocalTime.of(10, 0)).atZone(WITA).toInstant(), WITA);
    }

    public static KubeCore core(DSLContext dsl) {
        return new KubeCore(dsl, NIK_PROTECTOR, clock(), GroupSizePolicy.DEFAULT);
    }

    public static KubeCore core(DSLContext dsl, GroupSizePolicy sizePolicy) {
        return new KubeCore(dsl, NIK_PROTECTOR, clock(), sizePolicy);
    }

    public static GroupProfile profile(String name, RegionCode village, LocalDate formedOn) {
        return new GroupProfile(name, null, village, formedOn,
                new BankAccount("BRI", "0123456789012", "KUBE " + name),
                new StimulusGrant(Rupiah.of(20_000_000), formedOn.plusDays(14), "Bantuan stimulan KUBE 2024"),
                Set.of(BusinessType.FOOD_PROCESSING));
    }

    /** A valid NIK registered in {@code district} for someone of that sex and birth date. */
    public static Nik nik(RegionCode district, Sex sex, LocalDate birthDate, int serial) {
        int day = birthDate.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0);
        return Nik.of(String.format("%s%02d%02d%02d%04d", district.district().digits(), day,
                birthDate.getMonthValue(), birthDate.getYear() % 100, serial));
    }

    /** Person number {@code n}: unique NIK and KK, alternating sex, living in {@code village}. */
    public static PersonDetails person(int n, RegionCode village) {
        Sex sex = n % 2 == 0 ? Sex.FEMALE : Sex.MALE;
        LocalDate birth = LocalDate.of(1970 + n % 30, 1 + n % 12, 1 + n % 28);
        return person(n, village, sex, birth, familyCard(n));
    }

    public static PersonDetails person(int n, RegionCode village, Sex sex, LocalDate birth, FamilyCardNumber kk) {
        return new PersonDetails(nik(village, sex, birth, 1 + n % 9999), kk, "Warga " + n, sex, birth,
                new Address("Banjar Tegal " + n, String.valueOf(1 + n % 9), "2", village), "081234567" + (100 + n % 900),
                true, true, new DtsenEntry("DTSEN-" + n, 1 + n % 4));
    }

    public static FamilyCardNumber familyCard(int n) {
        return FamilyCardNumber.of(String.format("5104%012d", 100_000L + n));
    }

    /** A forming group with {@code members} people (numbers from {@code firstPerson}), no roles yet. */
    public static GroupId formingGroup(KubeCore core, String name, int members, int firstPerson) {
        GroupId id = core.groups().register(TREASURER, profile(name, MAS_UBUD, TODAY.minusMonths(6))).id();
        for (int i = 0; i < members; i++) {
            core.members().addMember(TREASURER, id, person(firstPerson + i, MAS_UBUD), TODAY.minusMonths(6));
        }
        return id;
    }

    /** An active group: {@code members} people, the first chair, the second treasurer, activated. */
    public static GroupId activeGroup(KubeCore core, String name, int members, int firstPerson) {
        GroupId id = formingGroup(core, name, members, firstPerson);
        var active = core.members().activeMembers(id);
        core.members().assignRole(TREASURER, memberNumber(active, firstPerson), GroupRole.CHAIR, TODAY.minusMonths(5));
        core.members().assignRole(TREASURER, memberNumber(active, firstPerson + 1), GroupRole.TREASURER,
                TODAY.minusMonths(5));
        core.groups().changeStatus(TREASURER, id, GroupStatus.ACTIVE, TODAY.minusMonths(5), "Musyawarah pembentukan");
        return id;
    }

    private static id.kube.core.member.MemberId memberNumber(java.util.List<Member> members, int n) {
        return members.stream().filter(m -> m.fullName().equals("Warga " + n)).findFirst().orElseThrow().id();
    }
}
