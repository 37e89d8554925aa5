package id.kube.admin.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import id.kube.admin.security.GroupAccessDeniedException;
import id.kube.admin.support.AdminApplicationTest;
import id.kube.admin.support.TestUsers;
import id.kube.admin.support.TwoFacilitatedGroups;
import id.kube.core.KubeCore;
import id.kube.core.meeting.Attendance;
import id.kube.core.meeting.Meeting;
import id.kube.core.meeting.MeetingType;
import id.kube.core.meeting.NewMeeting;
import id.kube.core.member.Member;
import id.kube.core.member.MemberId;
import id.kube.testing.KubeFixtures;

/** The meetings tab: attendance rate per meeting, who attended, and no other group's meetings by id. */
class MeetingsReaderTest extends AdminApplicationTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    MeetingsReader reader;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static Meeting meeting(KubeCore core, id.kube.core.group.GroupId group, LocalDate on, int present,
                                   String decision) {
        List<Member> members = core.members().activeMembers(group);
        Map<MemberId, Attendance> attendance = new LinkedHashMap<>();
        for (int i = 0; i < members.size(); i++) {
            attendance.put(members.get(i).id(), i < present ? Attendance.PRESENT
                    : i == present ? Attendance.EXCUSED : Attendance.ABSENT);
        }
        return core.meetings().record(KubeFixtures.TREASURER, group,
                new NewMeeting(on, MeetingType.ROUTINE, null, attendance, List.of(decision)));
    }

    @Test
    void meetingsNewestFirstWithTheirAttendanceRateAndWhoAttended() {
        KubeCore fixtures = KubeFixtures.core(dsl);
        TwoFacilitatedGroups g = TwoFacilitatedGroups.create(fixtures, "Rapat");
        meeting(fixtures, g.group(), KubeFixtures.TODAY.minusDays(40), 10, "Iuran wajib Rp10.000 sebulan");
        Meeting latest = meeting(fixtures, g.group(), KubeFixtures.TODAY.minusDays(10), 7, "Pinjaman untuk Bu Sari");
        Meeting theirs = meeting(fixtures, g.otherGroup(), KubeFixtures.TODAY.minusDays(5), 5, "Rahasia");

        TestUsers.signIn(g.facilitator());
        List<MeetingsReader.MeetingLine> lines = reader.meetings(g.group());
        assertThat(lines).extracting(l -> l.meeting().heldOn())
                .containsExactly(KubeFixtures.TODAY.minusDays(10), KubeFixtures.TODAY.minusDays(40));
        assertThat(lines.getFirst().present()).isEqualTo(7);
        assertThat(lines.getFirst().recorded()).isEqualTo(10);
        assertThat(lines.getFirst().rate()).isEqualByComparingTo("0.7");
        assertThat(lines.getLast().rate()).isEqualByComparingTo("1");
        assertThat(lines.getFirst().meeting().decisions()).containsExactly("Pinjaman untuk Bu Sari");

        List<MeetingsReader.AttendanceLine> who = reader.attendance(g.group(), latest.id());
        assertThat(who).hasSize(10);
        assertThat(who).extracting(MeetingsReader.AttendanceLine::attendance).startsWith(Attendance.PRESENT)
                .endsWith(Attendance.ABSENT).containsOnlyOnce(Attendance.EXCUSED);
        assertThat(who).allSatisfy(line -> assertThat(line.name()).isNotBlank().isNotEqualTo("–"));
        // another group's meeting id through this group's page reads nothing
        assertThat(reader.attendance(g.group(), theirs.id())).isEmpty();

        for (var outsider : new id.kube.admin.security.KubeUser[] {g.otherFacilitator(), g.otherTreasurer()}) {
            TestUsers.signIn(outsider);
            assertThatThrownBy(() -> reader.meetings(g.group())).isInstanceOf(GroupAccessDeniedException.class);
            assertThatThrownBy(() -> reader.attendance(g.group(), latest.id()))
                    .isInstanceOf(GroupAccessDeniedException.class);
        }
    }
}
