package id.kube.core.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.DSLContext;

import id.kube.core.audit.Actor;
import id.kube.core.audit.AuditTrail;
import id.kube.core.group.Group;
import id.kube.core.group.GroupId;
import id.kube.core.group.JooqGroupRepository;
import id.kube.core.member.JooqMemberRepository;
import id.kube.core.member.Member;
import id.kube.core.member.MemberId;

/**
 * Records meetings. The attendance must name exactly the members of the group on that day (each once), so
 * attendance rates computed from it are true.
 */
public final class MeetingService {

    private final DSLContext dsl;
    private final Clock clock;

    public MeetingService(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public List<Meeting> ofGroup(GroupId group) {
        return new JooqMeetingRepository(dsl).ofGroup(group);
    }

    public Meeting record(Actor actor, GroupId groupId, NewMeeting meeting) {
        return dsl.transactionResult(cfg -> {
            Instant now = clock.instant();
            Group group = new JooqGroupRepository(cfg.dsl()).lock(groupId).orElseThrow(
                    () -> new MeetingRuleException(MeetingRuleException.Reason.GROUP_NOT_FOUND, "KUBE tidak ditemukan"));
            LocalDate today = LocalDate.now(clock);
            if (meeting.heldOn().isAfter(today)) {
                throw new MeetingRuleException(MeetingRuleException.Reason.DATE_IN_FUTURE,
                        "Tanggal rapat (" + meeting.heldOn() + ") tidak boleh setelah hari ini (" + today + ")");
            }
            if (meeting.heldOn().isBefore(group.formedOn())) {
                throw new MeetingRuleException(MeetingRuleException.Reason.DATE_BEFORE_FORMATION,
                        "Tanggal rapat sebelum KUBE dibentuk (" + group.formedOn() + ")");
            }
            if (group.status().isClosed() && meeting.heldOn().isAfter(group.statusSince())) {
                throw new MeetingRuleException(MeetingRuleException.Reason.GROUP_CLOSED,
                        "KUBE " + group.name() + " sudah bubar sejak " + group.statusSince());
            }
            Map<MemberId, Member> members = new JooqMemberRepository(cfg.dsl()).membersOf(groupId).stream()
                    .collect(Collectors.toMap(Member::id, m -> m));
            for (MemberId attendee : meeting.attendance().keySet()) {
                Member m = members.get(attendee);
                if (m == null || !m.isMemberOn(meeting.heldOn())) {
                    throw new MeetingRuleException(MeetingRuleException.Reason.NOT_A_MEMBER_ON_THAT_DAY,
                            (m == null ? "Orang ini" : m.fullName()) + " bukan anggota KUBE " + group.name()
                                    + " pada " + meeting.heldOn());
                }
            }
            Set<String> missing = members.values().stream()
                    .filter(m -> m.isMemberOn(meeting.heldOn()) && !meeting.attendance().containsKey(m.id()))
                    .map(Member::fullName).collect(Collectors.toCollection(java.util.TreeSet::new));
            if (!missing.isEmpty()) {
                throw new MeetingRuleException(MeetingRuleException.Reason.ATTENDANCE_INCOMPLETE,
                        "Kehadiran belum diisi untuk: " + String.join(", ", missing));
            }
            Meeting recorded = new Meeting(new MeetingId(UUID.randomUUID()), groupId, meeting.heldOn(),
                    meeting.type(), meeting.notes() == null || meeting.notes().isBlank() ? null : meeting.notes().strip(),
                    meeting.attendance(), meeting.decisions());
            new JooqMeetingRepository(cfg.dsl()).insert(recorded, actor, now);
            new AuditTrail(cfg.dsl()).record(actor, now, "MEETING_RECORDED", "meeting", recorded.id(),
                    "KUBE " + groupId + " " + meeting.heldOn());
            return recorded;
        });
    }
}
