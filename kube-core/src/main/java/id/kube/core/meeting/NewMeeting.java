package id.kube.core.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import id.kube.core.member.MemberId;

/**
 * A meeting to record: its day and type, the attendance of every member of the group on that day, and the
 * decisions taken (free text, in order).
 */
public record NewMeeting(LocalDate heldOn, MeetingType type, @Nullable String notes,
        Map<MemberId, Attendance> attendance, List<String> decisions) {

    public NewMeeting {
        Objects.requireNonNull(heldOn, "held on");
        Objects.requireNonNull(type, "type");
        attendance = Map.copyOf(attendance);
        decisions = decisions.stream().map(String::strip).toList();
        for (String decision : decisions) {
            if (decision.isEmpty() || decision.length() > 2000) {
                throw new MeetingRuleException(MeetingRuleException.Reason.DECISION_INVALID,
                        "Setiap keputusan rapat harus diisi (paling banyak 2000 huruf)");
            }
        }
    }
}
