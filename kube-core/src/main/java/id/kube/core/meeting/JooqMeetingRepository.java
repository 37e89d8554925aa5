package id.kube.core.meeting;

import static id.kube.core.persistence.jooq.Tables.MEETING;
import static id.kube.core.persistence.jooq.Tables.MEETING_ATTENDANCE;
import static id.kube.core.persistence.jooq.Tables.MEETING_DECISION;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;

import id.kube.core.audit.Actor;
import id.kube.core.group.GroupId;
import id.kube.core.member.MemberId;

/** {@link MeetingRepository} over {@code kube.meeting}, {@code meeting_attendance} and {@code meeting_decision}. */
public final class JooqMeetingRepository implements MeetingRepository {

    private final DSLContext dsl;

    public JooqMeetingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Meeting> find(MeetingId id) {
        return select(MEETING.ID.eq(id.value())).stream().findFirst();
    }

    @Override
    public List<Meeting> ofGroup(GroupId group) {
        return select(MEETING.GROUP_ID.eq(group.value()));
    }

    private List<Meeting> select(Condition condition) {
        var rows = dsl.selectFrom(MEETING).where(condition).orderBy(MEETING.HELD_ON, MEETING.ID).fetch();
        List<UUID> ids = rows.map(r -> r.getId());
        Map<UUID, Map<MemberId, Attendance>> attendance = new HashMap<>();
        dsl.selectFrom(MEETING_ATTENDANCE).where(MEETING_ATTENDANCE.MEETING_ID.in(ids)).forEach(a -> attendance
                .computeIfAbsent(a.getMeetingId(), k -> new HashMap<>())
                .put(new MemberId(a.getMemberId()), Attendance.valueOf(a.getAttendance())));
        Map<UUID, List<String>> decisions = new HashMap<>();
        dsl.selectFrom(MEETING_DECISION).where(MEETING_DECISION.MEETING_ID.in(ids))
                .orderBy(MEETING_DECISION.MEETING_ID, MEETING_DECISION.POSITION)
                .forEach(d -> decisions.computeIfAbsent(d.getMeetingId(), k -> new ArrayList<>()).add(d.getDecision()));
        return rows.map(r -> new Meeting(new MeetingId(r.getId()), new GroupId(r.getGroupId()), r.getHeldOn(),
                MeetingType.valueOf(r.getMeetingType()), r.getNotes(),
                Map.copyOf(attendance.getOrDefault(r.getId(), Map.of())),
                List.copyOf(decisions.getOrDefault(r.getId(), List.of()))));
    }

    @Override
    public void insert(Meeting meeting, Actor actor, Instant at) {
        dsl.insertInto(MEETING)
                .set(MEETING.ID, meeting.id().value())
                .set(MEETING.GROUP_ID, meeting.groupId().value())
                .set(MEETING.HELD_ON, meeting.heldOn())
                .set(MEETING.MEETING_TYPE, meeting.type().name())
                .set(MEETING.NOTES, meeting.notes())
                .set(MEETING.RECORDED_AT, at.atOffset(ZoneOffset.UTC))
                .set(MEETING.RECORDED_BY, actor.name())
                .execute();
        var attendance = dsl.insertInto(MEETING_ATTENDANCE, MEETING_ATTENDANCE.MEETING_ID,
                MEETING_ATTENDANCE.MEMBER_ID, MEETING_ATTENDANCE.ATTENDANCE);
        for (var entry : meeting.attendance().entrySet()) {
            attendance = attendance.values(meeting.id().value(), entry.getKey().value(), entry.getValue().name());
        }
        if (!meeting.attendance().isEmpty()) {
            attendance.execute();
        }
        short position = 1;
        for (String decision : meeting.decisions()) {
            dsl.insertInto(MEETING_DECISION)
                    .set(MEETING_DECISION.MEETING_ID, meeting.id().value())
                    .set(MEETING_DECISION.POSITION, position++)
                    .set(MEETING_DECISION.DECISION, decision)
                    .execute();
        }
    }
}
