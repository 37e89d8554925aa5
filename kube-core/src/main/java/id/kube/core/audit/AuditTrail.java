package id.kube.core.audit;

import static id.kube.core.persistence.jooq.Tables.AUDIT_EVENT;

import java.time.Instant;
import java.time.ZoneOffset;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/** Appends to {@code kube.audit_event} inside the caller's transaction. Never holds personal data in clear. */
public final class AuditTrail {

    private final DSLContext dsl;

    public AuditTrail(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void record(Actor actor, Instant at, String action, String subjectType, Object subjectId,
            @Nullable String details) {
        dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, at.atOffset(ZoneOffset.UTC))
                .set(AUDIT_EVENT.ACTOR, actor.name())
                .set(AUDIT_EVENT.ACTION, action)
                .set(AUDIT_EVENT.SUBJECT_TYPE, subjectType)
                .set(AUDIT_EVENT.SUBJECT_ID, subjectId.toString())
                .set(AUDIT_EVENT.DETAILS, details)
                .execute();
    }
}
