package id.kube.admin.facilitation;

import static id.kube.admin.persistence.jooq.Tables.VISIT_FOLLOW_UP_DONE;
import static id.kube.core.persistence.jooq.Tables.FACILITATOR_VISIT;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kube.admin.security.CurrentUser;
import id.kube.admin.security.GroupAccess;
import id.kube.admin.security.KubeUser;
import id.kube.admin.security.Role;
import id.kube.core.KubeCore;
import id.kube.core.audit.Actor;
import id.kube.core.facilitator.Facilitator;
import id.kube.core.group.GroupId;
import id.kube.core.visit.FacilitatorVisit;
import id.kube.core.visit.RecordedVisit;
import id.kube.core.visit.VisitId;

/**
 * The visit log of a group: reading it (anyone who may see the group), recording a visit (the signed-in
 * facilitator, for a group assigned to them — kube-core checks the assignment on the visit's day too) and
 * marking a visit's follow-up actions done (a facilitator of the group; once, never before the visit).
 */
@Service
public class VisitLog {

    private final DSLContext dsl;
    private final KubeCore core;
    private final GroupAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    public VisitLog(DSLContext dsl, KubeCore core, GroupAccess access, CurrentUser currentUser, Clock clock) {
        this.dsl = dsl;
        this.core = core;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The group's visits, newest first. */
    public List<VisitLine> visits(GroupId group) {
        requireVisible(group);
        Map<UUID, Record> done = new HashMap<>();
        dsl.select(VISIT_FOLLOW_UP_DONE.VISIT_ID, VISIT_FOLLOW_UP_DONE.DONE_ON, VISIT_FOLLOW_UP_DONE.NOTE)
                .from(VISIT_FOLLOW_UP_DONE).join(FACILITATOR_VISIT).on(FACILITATOR_VISIT.ID.eq(VISIT_FOLLOW_UP_DONE.VISIT_ID))
                .where(FACILITATOR_VISIT.GROUP_ID.eq(group.value()))
                .forEach(r -> done.put(r.get(VISIT_FOLLOW_UP_DONE.VISIT_ID), r));
        Map<Object, String> names = new HashMap<>();
        for (Facilitator f : core.facilitators().all()) {
            names.put(f.id(), f.fullName());
        }
        return core.visits().ofGroup(group).reversed().stream().map(v -> {
            Record d = done.get(v.id().value());
            return new VisitLine(v, names.getOrDefault(v.visit().facilitatorId(), "–"),
                    d == null ? null : d.get(VISIT_FOLLOW_UP_DONE.DONE_ON),
                    d == null ? null : d.get(VISIT_FOLLOW_UP_DONE.NOTE));
        }).toList();
    }

    /** The signed-in facilitator records a visit to one of their groups. */
    public RecordedVisit record(GroupId group, LocalDate visitedOn, String findings, @Nullable String followUpActions,
                                @Nullable LocalDate nextVisitOn) {
        KubeUser user = requireFacilitator();
        requireVisible(group);
        return core.visits().record(Actor.of(user.username()), group,
                new FacilitatorVisit(user.facilitator(), visitedOn, findings, followUpActions, nextVisitOn));
    }

    /** A facilitator of the visit's group marks its follow-up actions done. */
    @Transactional
    public void markFollowUpDone(VisitId visit, LocalDate doneOn, @Nullable String note) {
        KubeUser user = requireFacilitator();
        Record row = dsl.select(FACILITATOR_VISIT.GROUP_ID, FACILITATOR_VISIT.VISITED_ON,
                        FACILITATOR_VISIT.FOLLOW_UP_ACTIONS)
                .from(FACILITATOR_VISIT).where(FACILITATOR_VISIT.ID.eq(visit.value())).forUpdate().fetchOne();
        if (row == null || !access.maySee(new GroupId(row.get(FACILITATOR_VISIT.GROUP_ID)))) {
            throw new FacilitationException(FacilitationException.Reason.VISIT_NOT_FOUND, "Kunjungan tidak ditemukan");
        }
        if (row.get(FACILITATOR_VISIT.FOLLOW_UP_ACTIONS) == null) {
            throw new FacilitationException(FacilitationException.Reason.NO_FOLLOW_UP,
                    "Kunjungan ini tidak mempunyai tindak lanjut");
        }
        if (doneOn.isAfter(LocalDate.now(clock))) {
            throw new FacilitationException(FacilitationException.Reason.DONE_IN_FUTURE,
                    "Tanggal selesai tidak boleh di masa depan");
        }
        if (doneOn.isBefore(row.get(FACILITATOR_VISIT.VISITED_ON))) {
            throw new FacilitationException(FacilitationException.Reason.DONE_BEFORE_VISIT,
                    "Tindak lanjut tidak dapat selesai sebelum kunjungan");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        int inserted = dsl.insertInto(VISIT_FOLLOW_UP_DONE)
                .set(VISIT_FOLLOW_UP_DONE.VISIT_ID, visit.value())
                .set(VISIT_FOLLOW_UP_DONE.DONE_ON, doneOn)
                .set(VISIT_FOLLOW_UP_DONE.NOTE, cleanNote == null || cleanNote.length() <= 1000 ? cleanNote
                        : cleanNote.substring(0, 1000))
                .set(VISIT_FOLLOW_UP_DONE.DONE_BY, user.username())
                .set(VISIT_FOLLOW_UP_DONE.RECORDED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                .onConflictDoNothing()
                .execute();
        if (inserted == 0) {
            throw new FacilitationException(FacilitationException.Reason.ALREADY_DONE,
                    "Tindak lanjut ini sudah ditandai selesai");
        }
    }

    private KubeUser requireFacilitator() {
        KubeUser user = currentUser.require();
        if (user.role() != Role.FACILITATOR || user.facilitator() == null) {
            throw new FacilitationException(FacilitationException.Reason.WRONG_ROLE,
                    "Hanya pendamping yang dapat mencatat kunjungan");
        }
        return user;
    }

    private void requireVisible(GroupId group) {
        if (!access.maySee(group)) {
            throw new FacilitationException(FacilitationException.Reason.GROUP_NOT_VISIBLE,
                    "Kelompok ini tidak ditemukan atau Anda tidak berhak membukanya");
        }
    }
}
