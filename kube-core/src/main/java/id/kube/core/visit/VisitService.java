package id.kube.core.visit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;

import id.kube.core.audit.Actor;
import id.kube.core.audit.AuditTrail;
import id.kube.core.group.Group;
import id.kube.core.group.GroupId;
import id.kube.core.group.JooqGroupRepository;

/** Records facilitator visits; only a facilitator assigned to the group on that day can have visited it. */
public final class VisitService {

    private final DSLContext dsl;
    private final Clock clock;

    public VisitService(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public List<RecordedVisit> ofGroup(GroupId group) {
        return new JooqVisitRepository(dsl).ofGroup(group);
    }

    public RecordedVisit record(Actor actor, GroupId groupId, FacilitatorVisit visit) {
        return dsl.transactionResult(cfg -> {
            Instant now = clock.instant();
            JooqGroupRepository groups = new JooqGroupRepository(cfg.dsl());
            Group group = groups.lock(groupId).orElseThrow(
                    () -> new VisitRuleException(VisitRuleException.Reason.GROUP_NOT_FOUND, "KUBE tidak ditemukan"));
            LocalDate today = LocalDate.now(clock);
            if (visit.visitedOn().isAfter(today)) {
                throw new VisitRuleException(VisitRuleException.Reason.DATE_IN_FUTURE,
                        "Tanggal kunjungan (" + visit.visitedOn() + ") tidak boleh setelah hari ini (" + today + ")");
            }
            if (visit.visitedOn().isBefore(group.formedOn())) {
                throw new VisitRuleException(VisitRuleException.Reason.DATE_BEFORE_FORMATION,
                        "Tanggal kunjungan sebelum KUBE dibentuk (" + group.formedOn() + ")");
            }
            boolean assigned = groups.assignments(groupId).stream()
                    .anyMatch(a -> a.facilitatorId().equals(visit.facilitatorId()) && a.coversDay(visit.visitedOn()));
            if (!assigned) {
                throw new VisitRuleException(VisitRuleException.Reason.FACILITATOR_NOT_ASSIGNED,
                        "Pendamping ini tidak ditugaskan di KUBE " + group.name() + " pada " + visit.visitedOn());
            }
            RecordedVisit recorded = new RecordedVisit(new VisitId(UUID.randomUUID()), groupId, visit);
            new JooqVisitRepository(cfg.dsl()).insert(recorded, actor, now);
            new AuditTrail(cfg.dsl()).record(actor, now, "VISIT_RECORDED", "facilitator_visit", recorded.id(),
                    "KUBE " + groupId + " " + visit.visitedOn());
            return recorded;
        });
    }
}
