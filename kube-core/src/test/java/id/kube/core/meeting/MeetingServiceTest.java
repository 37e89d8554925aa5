package id.kube.core.meeting;

import static id.kube.testing.KubeFixtures.MAS_UBUD;
import static id.kube.testing.KubeFixtures.TODAY;
import static id.kube.testing.KubeFixtures.TREASURER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import id.kube.core.KubeCore;
import id.kube.core.group.GroupId;
import id.kube.core.member.Member;
import id.kube.core.member.MemberId;
import id.kube.testing.KubeFixtures;
import id.kube.testing.TestDatabase;

@TestDatabase
class MeetingServiceTest {

    private final KubeCore core;

    MeetingServiceTest(DSLContext dsl) {
        this.core = KubeFixtures.core(dsl);
    }

    @Test
    void aMeetingRecordsTheAttendanceOfEveryMemberAndItsDecisionsInOrder() {
        GroupId group = KubeFixtures.activeGroup(core, "Rapat Rutin", 5);
        List<Member> members = core.members().activeMembers(group);
        Map<MemberId, Attendance> attendance = new HashMap<>();
        members.forEach(m -> attendance.put(m.id(), Attendance.PRESENT));
        attendance.put(members.get(4).id(), Attendance.EXCUSED);
        Meeting meeting = core.meetings().record(TREASURER, group, new NewMeeting(TODAY.minusDays(2),
                MeetingType.ROUTINE, "Di balai banjar", attendance,
                List.of("Iuran wajib naik menjadi Rp15.000", "Pinjaman Ibu Sari disetujui")));
        assertThat(meeting.present()).isEqualTo(4);
        assertThat(core.meetings().ofGroup(group)).singleElement().satisfies(m -> {
            assertThat(m.attendance()).isEqualTo(attendance);
            assertThat(m.decisions()).containsExactly("Iuran wajib naik menjadi Rp15.000", "Pinjaman Ibu Sari disetujui");
        });
    }

    @Test
    void attendanceMustNameExactlyTheMembersOfThatDay() {
        GroupId group = KubeFixtures.activeGroup(core, "Rapat Ketat", 5);
        List<Member> members = core.members().activeMembers(group);
        Map<MemberId, Attendance> partial = new HashMap<>();
        members.subList(0, 4).forEach(m -> partial.put(m.id(), Attendance.PRESENT));
        expect(() -> core.meetings().record(TREASURER, group, new NewMeeting(TODAY, MeetingType.ROUTINE, null,
                partial, List.of())), MeetingRuleException.Reason.ATTENDANCE_INCOMPLETE, members.get(4).fullName());

        Member late = core.members().addMember(TREASURER, group, KubeFixtures.person(KubeFixtures.freshPeople(1),
                MAS_UBUD), TODAY).member();
        Map<MemberId, Attendance> withLate = new HashMap<>();
        members.forEach(m -> withLate.put(m.id(), Attendance.PRESENT));
        withLate.put(late.id(), Attendance.PRESENT);
        expect(() -> core.meetings().record(TREASURER, group, new NewMeeting(TODAY.minusDays(1), MeetingType.ROUTINE,
                null, withLate, List.of())), MeetingRuleException.Reason.NOT_A_MEMBER_ON_THAT_DAY, late.fullName());
        expect(() -> core.meetings().record(TREASURER, group, new NewMeeting(TODAY.plusDays(1), MeetingType.ROUTINE,
                null, withLate, List.of())), MeetingRuleException.Reason.DATE_IN_FUTURE, "setelah hari ini");
        expect(() -> new NewMeeting(TODAY, MeetingType.ROUTINE, null, withLate, List.of(" ")),
                MeetingRuleException.Reason.DECISION_INVALID, "keputusan");
    }

    private static void expect(ThrowingCallable call, MeetingRuleException.Reason reason, String message) {
        assertThatThrownBy(call).isInstanceOf(MeetingRuleException.class).hasMessageContaining(message)
                .extracting(e -> ((MeetingRuleException) e).reason()).isEqualTo(reason);
    }
}
