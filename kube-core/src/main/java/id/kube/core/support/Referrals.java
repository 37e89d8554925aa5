package id.kube.core.support;

import static id.kube.core.persistence.jooq.Tables.REFERRAL;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

import id.kube.core.audit.Actor;
import id.kube.core.group.GroupId;
import id.kube.core.member.MemberId;

/**
 * A facilitator's referrals of member families to services: {@link #refer} when made, {@link #complete} when
 * the family got the service. A completion keeps the moment it was recorded, so "referrals completed as of a
 * date" never counts a completion entered later.
 */
public final class Referrals {

    private final DSLContext dsl;
    private final Clock clock;

    public Referrals(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** A referral as known on a date: completed on {@code completedOn}, or still open (null). */
    public record RecordedReferral(UUID id, Referral referral, @Nullable LocalDate completedOn) {
        public boolean completed() {
            return completedOn != null;
        }
    }

    public UUID refer(Actor actor, Referral r) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            GroupFacts.groupExists(tx, r.group());
            GroupFacts.notInFuture(clock, r.referredOn(), "rujukan");
            GroupFacts.membersOn(tx, r.group(), List.of(r.member()), r.referredOn());
            UUID id = UUID.randomUUID();
            tx.insertInto(REFERRAL)
                    .set(REFERRAL.ID, id)
                    .set(REFERRAL.GROUP_ID, r.group().value())
                    .set(REFERRAL.MEMBER_ID, r.member().value())
                    .set(REFERRAL.SERVICE, r.service().name())
                    .set(REFERRAL.REFERRED_ON, r.referredOn())
                    .set(REFERRAL.RECORDED_AT, GroupFacts.now(clock))
                    .set(REFERRAL.RECORDED_BY, actor.name())
                    .execute();
            return id;
        });
    }

    public void complete(Actor actor, UUID referral, LocalDate completedOn) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            var row = tx.selectFrom(REFERRAL).where(REFERRAL.ID.eq(referral)).forUpdate().fetchOptional()
                    .orElseThrow(() -> new SupportException(SupportException.Reason.UNKNOWN_REFERRAL,
                            "Rujukan tidak ditemukan"));
            if (row.getCompletedOn() != null) {
                throw new SupportException(SupportException.Reason.ALREADY_COMPLETED,
                        "Rujukan ini sudah selesai pada " + row.getCompletedOn());
            }
            GroupFacts.notInFuture(clock, completedOn, "rujukan selesai");
            SupportException.check(!completedOn.isBefore(row.getReferredOn()),
                    "Rujukan tidak dapat selesai (" + completedOn + ") sebelum dibuat (" + row.getReferredOn() + ")");
            tx.update(REFERRAL)
                    .set(REFERRAL.COMPLETED_ON, completedOn)
                    .set(REFERRAL.COMPLETION_RECORDED_AT, GroupFacts.now(clock))
                    .set(REFERRAL.COMPLETION_RECORDED_BY, actor.name())
                    .where(REFERRAL.ID.eq(referral))
                    .execute();
        });
    }

    /** Referrals made on or before {@code asOf} as known at the end of that day, oldest first. */
    public List<RecordedReferral> asOf(GroupId group, LocalDate asOf) {
        var known = GroupFacts.knownBy(asOf);
        return dsl.selectFrom(REFERRAL)
                .where(REFERRAL.GROUP_ID.eq(group.value()), REFERRAL.REFERRED_ON.le(asOf), REFERRAL.RECORDED_AT.lt(known))
                .orderBy(REFERRAL.REFERRED_ON, REFERRAL.RECORDED_AT)
                .fetch(r -> new RecordedReferral(r.getId(), new Referral(group, new MemberId(r.getMemberId()),
                        BasicService.valueOf(r.getService()), r.getReferredOn()),
                        r.getCompletedOn() != null && !r.getCompletedOn().isAfter(asOf)
                                && r.getCompletionRecordedAt().isBefore(known) ? r.getCompletedOn() : null));
    }
}
