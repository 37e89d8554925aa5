package id.kube.core.health;

import static id.kube.core.persistence.jooq.Tables.GROUP_HEALTH_SCORE;
import static id.kube.core.persistence.jooq.Tables.HEALTH_SCORE_CONFIG;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Collectors;

import org.jooq.DSLContext;

import id.kube.core.audit.Actor;
import id.kube.core.group.Group;
import id.kube.core.group.GroupService;
import id.kube.core.group.GroupStage;
import id.kube.core.indicator.GroupPeriodSnapshot;

/**
 * Scores a group's snapshot, assesses its stage, stores both with the configuration version (the
 * configuration itself is stored once per version, and a version can never be reused for other rules), and
 * applies a change of stage through {@link GroupService#changeStage} so the group's stage history stays in
 * one place.
 */
public final class HealthAssessments {

    private final DSLContext dsl;
    private final GroupService groups;
    private final Clock clock;

    public HealthAssessments(DSLContext dsl, GroupService groups, Clock clock) {
        this.dsl = dsl;
        this.groups = groups;
        this.clock = clock;
    }

    /** Stores the configuration under its version; the same version with other rules is refused. */
    public void recordConfig(HealthScoreConfig config, Actor actor) {
        var existing = dsl.select(HEALTH_SCORE_CONFIG.FINGERPRINT).from(HEALTH_SCORE_CONFIG)
                .where(HEALTH_SCORE_CONFIG.VERSION.eq(config.version())).fetchOptional(HEALTH_SCORE_CONFIG.FINGERPRINT);
        if (existing.isPresent()) {
            if (!existing.get().equals(config.fingerprint())) {
                throw new HealthException(HealthException.Reason.INVALID_CONFIG, "Versi konfigurasi "
                        + config.version() + " sudah dipakai untuk aturan lain; beri versi baru");
            }
            return;
        }
        dsl.insertInto(HEALTH_SCORE_CONFIG)
                .set(HEALTH_SCORE_CONFIG.VERSION, config.version())
                .set(HEALTH_SCORE_CONFIG.EFFECTIVE_FROM, config.effectiveFrom())
                .set(HEALTH_SCORE_CONFIG.FINGERPRINT, config.fingerprint())
                .set(HEALTH_SCORE_CONFIG.CONFIG_TEXT, config.toText())
                .set(HEALTH_SCORE_CONFIG.RECORDED_AT, now())
                .set(HEALTH_SCORE_CONFIG.RECORDED_BY, actor.name())
                .execute();
    }

    public record Assessment(HealthScore score, StageAssessment stage, boolean stageChanged) {
    }

    public Assessment assess(HealthScoreConfig config, GroupPeriodSnapshot snapshot, StageChecklist checklist,
                             Actor actor) {
        recordConfig(config, actor);
        HealthScore score = HealthScorer.score(config, snapshot.values());
        StageAssessment stage = StageRule.assess(config, checklist, score);
        String contributions = score.contributions().stream().map(Contribution::explainId)
                .collect(Collectors.joining("\n"));
        String heldBack = stage.heldBack().stream()
                .map(h -> h.target().name() + "/" + h.condition().name() + ": " + h.messageId())
                .collect(Collectors.joining("\n"));
        var row = dsl.newRecord(GROUP_HEALTH_SCORE);
        row.setGroupId(snapshot.group().value());
        row.setPeriodType(snapshot.period().type().name());
        row.setPeriodStart(snapshot.period().start());
        row.setAsOf(snapshot.asOf().date());
        row.setConfigVersion(config.version());
        row.setScore(score.score());
        row.setGrade(score.grade() == null ? null : score.grade().name());
        row.setCoveredPoints(score.coveredPoints());
        row.setContributions(contributions);
        row.setStage(stage.stage().name());
        row.setHeldBack(heldBack);
        java.util.List<HealthReason> reasons = new java.util.ArrayList<>(score.flagReasons());
        stage.heldBack().forEach(h -> reasons.add(h.reason()));
        row.setReasonCodes(reasons.stream().map(HealthReason::encode).collect(Collectors.joining("\n")));
        row.setComputedAt(now());
        row.setComputedBy(actor.name());
        dsl.insertInto(GROUP_HEALTH_SCORE).set(row)
                .onConflict(GROUP_HEALTH_SCORE.GROUP_ID, GROUP_HEALTH_SCORE.PERIOD_TYPE, GROUP_HEALTH_SCORE.PERIOD_START,
                        GROUP_HEALTH_SCORE.AS_OF, GROUP_HEALTH_SCORE.CONFIG_VERSION)
                .doUpdate().set(row).execute();

        Group group = groups.require(snapshot.group());
        java.time.LocalDate effectiveOn = snapshot.asOf().date().isAfter(snapshot.period().end())
                ? snapshot.period().end() : snapshot.asOf().date();
        var history = groups.stageHistory(snapshot.group());
        // an assessment of a period older than the last stage decision is stored, but does not rewrite the stage
        boolean current = history.isEmpty() || !effectiveOn.isBefore(history.getLast().effectiveOn());
        boolean changed = current && group.stage() != stage.stage();
        if (changed) {
            GroupStage to = stage.stage();
            String reason = "Penilaian otomatis " + snapshot.period() + " (konfigurasi " + config.version()
                    + ", skor " + (score.score() == null ? "tidak dihitung" : score.score().toPlainString()) + ")"
                    + (stage.heldBack().isEmpty() ? "" : "; tertahan: " + stage.heldBack().getFirst().messageId());
            groups.changeStage(actor, snapshot.group(), to, effectiveOn, reason);
        }
        return new Assessment(score, stage, changed);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
