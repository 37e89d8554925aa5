package id.kube.core.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import id.kube.core.group.GroupId;
import id.kube.core.member.MemberId;

/** A recorded meeting. */
public record Meeting(MeetingId id, GroupId groupId, LocalDate heldOn, MeetingType type, @Nullable String notes,
        Map<MemberId, Attendance> attendance, List<String> decisions) {

    public long present() {
        return attendance.values().stream().filter(a -> a == Attendance.PRESENT).count();
    }
}
