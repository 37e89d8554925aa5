package id.kube.core.export;

import static id.kube.core.persistence.jooq.Tables.EXPORT_LOG;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jooq.DSLContext;

/** The record of every export (who, when, filters, purpose, outcome), kept as UU PDP asks of processing. */
final class ExportLog {

    private final DSLContext dsl;
    private final Clock clock;

    ExportLog(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    long started(PanelExportOptions o) {
        return dsl.insertInto(EXPORT_LOG)
                .set(EXPORT_LOG.REQUESTED_BY, o.requestedBy())
                .set(EXPORT_LOG.REQUESTED_AT, now())
                .set(EXPORT_LOG.PURPOSE, o.purpose().strip())
                .set(EXPORT_LOG.KIND, o.grain().name())
                .set(EXPORT_LOG.FORMAT, o.format().name())
                .set(EXPORT_LOG.FILTERS, o.filtersText())
                .set(EXPORT_LOG.STATUS, "STARTED")
                .returning(EXPORT_LOG.ID)
                .fetchSingle(EXPORT_LOG.ID);
    }

    void completed(long id, long rows, String sha256) {
        dsl.update(EXPORT_LOG)
                .set(EXPORT_LOG.STATUS, "COMPLETED")
                .set(EXPORT_LOG.ROW_COUNT, rows)
                .set(EXPORT_LOG.SHA256, sha256)
                .set(EXPORT_LOG.FINISHED_AT, now())
                .where(EXPORT_LOG.ID.eq(id))
                .execute();
    }

    void failed(long id, String message) {
        dsl.update(EXPORT_LOG)
                .set(EXPORT_LOG.STATUS, "FAILED")
                .set(EXPORT_LOG.FAILURE, message.length() > 2000 ? message.substring(0, 2000) : message)
                .set(EXPORT_LOG.FINISHED_AT, now())
                .where(EXPORT_LOG.ID.eq(id))
                .execute();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
