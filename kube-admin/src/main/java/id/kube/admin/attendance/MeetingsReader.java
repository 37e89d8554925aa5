package id.kube.admin.attendance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import id.kube.admin.security.GroupAccess;
import id.kube.core.KubeCore;
import id.kube.core.group.GroupId;
import id.kube.core.meeting.Attendance;
import id.kube.core.meeting.Meeting;
import id.kube.core.meeting.MeetingId;
import id.kube.core.member.Member;
import id.kube.core.member.MemberId;

/**
 * A group's meetings with their attendance (kube-core), for whoever may see the group: every call checks the group
 * first, and a meeting is only read through its own group, so an edited meeting id reads nothing.
 */
@Service
public class MeetingsReader {

    private final GroupAccess access;
    private final KubeCore core;

    public MeetingsReader(GroupAccess access, KubeCore core) {
        this.access = access;
        this.core = core;
    }

    /**
     * One meeting in the list.
     *
     * @param rate present ÷ members whose attendance was recorded; null when none was recorded
     */
    public record MeetingLine(Meeting meeting, long present, int recorded, @Nullable BigDecimal rate) {
    }

    /** One member's attendance at a meeting. */
    public record AttendanceLine(MemberId member, String name, Attendance attendance) {
    }

    /** The group's meetings, newest first. */
    public List<MeetingLine> meetings(GroupId group) {
        access.requireVisible(group);
        return core.meetings().ofGroup(group).stream()
                .sorted(Comparator.comparing(Meeting::heldOn).reversed())
                .map(m -> new MeetingLine(m, m.present(), m.attendance().size(), m.attendance().isEmpty() ? null
                        : BigDecimal.valueOf(m.present()).divide(BigDecimal.valueOf(m.attendance().size()), 4,
                        RoundingMode.HALF_EVEN)))
                .toList();
    }

    /** Who attended one of the group's meetings, present first, by name; empty when it is not the group's. */
    public List<AttendanceLine> attendance(GroupId group, MeetingId meeting) {
        access.requireVisible(group);
        Map<MemberId, String> names = new HashMap<>();
        for (Member m : core.members().membershipHistory(group)) {
            names.put(m.id(), m.fullName());
        }
        return core.meetings().ofGroup(group).stream().filter(m -> m.id().equals(meeting)).findFirst()
                .map(m -> m.attendance().entrySet().stream()
                        .map(e -> new AttendanceLine(e.getKey(), names.getOrDefault(e.getKey(), "–"), e.getValue()))
                        .sorted(Comparator.comparing(AttendanceLine::attendance).thenComparing(AttendanceLine::name))
                        .toList())
                .orElse(List.of());
    }
}
