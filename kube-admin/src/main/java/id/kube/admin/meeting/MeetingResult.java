package id.kube.admin.meeting;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import id.kube.core.meeting.MeetingId;

/** A posted meeting: its kube-core record, how many journal entries it wrote, the cash figures, whether it was a replay. */
public record MeetingResult(MeetingId meeting, LocalDate heldOn, int entries, long cashIn, long cashOut,
                            @Nullable Long counted, boolean replayed) {
}
