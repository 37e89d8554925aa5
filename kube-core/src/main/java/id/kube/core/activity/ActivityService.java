package id.kube.core.activity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

import id.kube.core.audit.Actor;
import id.kube.core.audit.AuditTrail;
import id.kube.core.group.BusinessType;
import id.kube.core.group.Group;
import id.kube.core.group.GroupId;
import id.kube.core.group.JooqGroupRepository;

/** Starts business activities and records their status changes, transactionally and audited. */
public final class ActivityService {

    private final DSLContext dsl;
    private final Clock clock;

    public ActivityService(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public List<BusinessActivity> ofGroup(GroupId group) {
        return new JooqActivityRepository(dsl).ofGroup(group);
    }

    public BusinessActivity start(Actor actor, GroupId groupId, BusinessType type, String name, LocalDate startedOn,
            @Nullable String notes) {
        return dsl.transactionResult(cfg -> {
            Instant now = clock.instant();
            Group group = new JooqGroupRepository(cfg.dsl()).lock(groupId).orElseThrow(
                    () -> new ActivityRuleException(ActivityRuleException.Reason.GROUP_NOT_FOUND, "KUBE tidak ditemukan"));
            if (group.status().isClosed()) {
                throw new ActivityRuleException(ActivityRuleException.Reason.GROUP_CLOSED,
                        "KUBE " + group.name() + " sudah bubar");
            }
            if (name == null || name.isBlank() || name.strip().length() > 200) {
                throw new ActivityRuleException(ActivityRuleException.Reason.NAME_REQUIRED,
                        "Nama usaha harus diisi (paling banyak 200 huruf)");
            }
            notInFuture(startedOn, "Tanggal mulai usaha");
            if (startedOn.isBefore(group.formedOn())) {
                throw new ActivityRuleException(ActivityRuleException.Reason.DATE_BEFORE_FORMATION,
                        "Usaha tidak dapat dimulai sebelum KUBE dibentuk (" + group.formedOn() + ")");
            }
            BusinessActivity activity = new BusinessActivity(new ActivityId(UUID.randomUUID()), groupId, type,
                    name.strip(), startedOn, ActivityStatus.RUNNING, null, blankToNull(notes));
            new JooqActivityRepository(cfg.dsl()).insert(activity, actor, now);
            new AuditTrail(cfg.dsl()).record(actor, now, "ACTIVITY_STARTED", "business_activity", activity.id(),
                    type + " " + activity.name());
            return activity;
        });
    }

    /** Pauses, resumes or stops an activity; stopping records {@code effectiveOn} as the end and is final. */
    public BusinessActivity changeStatus(Actor actor, ActivityId id, ActivityStatus status, LocalDate effectiveOn,
            @Nullable String notes) {
        return dsl.transactionResult(cfg -> {
            Instant now = clock.instant();
            JooqActivityRepository activities = new JooqActivityRepository(cfg.dsl());
            BusinessActivity current = activities.find(id).orElseThrow(() -> new ActivityRuleException(
                    ActivityRuleException.Reason.ACTIVITY_NOT_FOUND, "Usaha tidak ditemukan"));
            if (current.status() == ActivityStatus.STOPPED) {
                throw new ActivityRuleException(ActivityRuleException.Reason.ALREADY_STOPPED,
                        "Usaha " + current.name() + " sudah berhenti pada " + current.endedOn());
            }
            if (current.status() == status) {
                throw new ActivityRuleException(ActivityRuleException.Reason.STATUS_UNCHANGED,
                        "Usaha " + current.name() + " sudah berstatus " + status.label().toLowerCase());
            }
            notInFuture(effectiveOn, "Tanggal perubahan status usaha");
            if (effectiveOn.isBefore(current.startedOn())) {
                throw new ActivityRuleException(ActivityRuleException.Reason.DATE_BEFORE_START,
                        "Tanggal sebelum usaha dimulai (" + current.startedOn() + ")");
            }
            String combinedNotes = notes == null || notes.isBlank() ? current.notes()
                    : (current.notes() == null ? "" : current.notes() + "\n") + effectiveOn + ": " + notes.strip();
            BusinessActivity updated = new BusinessActivity(id, current.groupId(), current.type(), current.name(),
                    current.startedOn(), status, status == ActivityStatus.STOPPED ? effectiveOn : null,
                    combinedNotes);
            activities.update(updated, actor, now);
            new AuditTrail(cfg.dsl()).record(actor, now, "ACTIVITY_STATUS_CHANGED", "business_activity", id,
                    current.status() + " -> " + status + " " + effectiveOn);
            return updated;
        });
    }

    private void notInFuture(LocalDate date, String what) {
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            throw new ActivityRuleException(ActivityRuleException.Reason.DATE_IN_FUTURE,
                    what + " (" + date + ") tidak boleh setelah hari ini (" + today + ")");
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
