package id.kube.admin.health;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import id.kube.admin.security.GroupAccess;
import id.kube.core.KubeCore;
import id.kube.core.group.GroupId;
import id.kube.core.group.GroupStage;
import id.kube.core.group.StageChange;
import id.kube.core.health.Contribution;
import id.kube.core.health.GroupHealthStatus;
import id.kube.core.health.HealthReason;
import id.kube.core.health.HealthScoreConfig;
import id.kube.core.health.HealthScoreConfigs;
import id.kube.core.health.HealthScorer;
import id.kube.core.health.HealthStatuses;
import id.kube.core.health.StageAssessment.Condition;
import id.kube.core.health.StageGates;
import id.kube.core.indicator.AsOf;
import id.kube.core.indicator.GroupPeriodSnapshot;
import id.kube.core.indicator.IndicatorSnapshots;
import id.kube.core.indicator.Period;
import id.kube.core.indicator.PeriodType;

/**
 * A group's health as kube-core's monthly assessment stored it, for whoever may see the group (every call checks
 * {@link GroupAccess#requireVisible} first): the latest score with the configuration version it used, each
 * indicator's contribution (re-scored from the stored snapshot with that same version, so points and thresholds
 * are exactly the assessment's), the stage checklist gate by gate, the stage history, the score trend and the
 * indicator values of the latest months — missing values stay missing.
 */
@Service
public class HealthReader {

    /** Months shown in the score trend. */
    public static final int TREND_MONTHS = 12;

    private final GroupAccess access;
    private final KubeCore core;
    private final HealthStatuses statuses;
    private final IndicatorSnapshots snapshots;
    private final Clock clock;

    public HealthReader(DSLContext dsl, GroupAccess access, KubeCore core, Clock clock) {
        this.access = access;
        this.core = core;
        this.statuses = new HealthStatuses(dsl);
        this.snapshots = new IndicatorSnapshots(dsl);
        this.clock = clock;
    }

    /** One gate of the stage checklist: what the target stage asks, and whether the group passes it. */
    public record Gate(GroupStage target, Condition condition, String required, boolean passed,
                       @Nullable HealthReason reason) {
    }

    /** The latest assessment, its contributions and its gates. */
    public record Assessment(GroupHealthStatus status, List<Contribution> contributions, List<Gate> gates) {
    }

    /** A month's score in the trend; {@code score} null when the month was assessed without a score. */
    public record TrendPoint(Period period, @Nullable BigDecimal score) {
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The latest monthly assessment as of today, or empty when the group was never assessed. */
    public Optional<Assessment> latest(GroupId group) {
        access.requireVisible(group);
        return statuses.latest(group, PeriodType.MONTH, today()).map(this::assessment);
    }

    private Assessment assessment(GroupHealthStatus status) {
        HealthScoreConfig config = HealthScoreConfigs.byVersion(status.configVersion());
        List<Contribution> contributions = snapshots.find(status.group(), status.period(), new AsOf(status.asOf()))
                .map(s -> HealthScorer.score(config, s.values()).contributions()).orElse(List.of());
        return new Assessment(status, contributions, gates(config.stageGates(), status));
    }

    static List<Gate> gates(StageGates g, GroupHealthStatus status) {
        List<Gate> gates = new ArrayList<>();
        GroupStage b = GroupStage.BERKEMBANG;
        gates.add(gate(status, b, Condition.MONTHS_ACTIVE, "≥ " + g.berkembangMinMonthsActive()));
        gates.add(gate(status, b, Condition.MONTHS_OF_BOOKS, "≥ " + g.berkembangMinMonthsOfBooks()));
        gates.add(gate(status, b, Condition.LOANS_DISBURSED, "≥ " + g.berkembangMinLoans()));
        if (g.berkembangMinMeetingRegularity() != null) {
            gates.add(gate(status, b, Condition.MEETING_REGULARITY, "≥ " + percent(g.berkembangMinMeetingRegularity())));
        }
        if (g.berkembangMinRepaymentRate() != null) {
            gates.add(gate(status, b, Condition.REPAYMENT, "≥ " + percent(g.berkembangMinRepaymentRate())));
        }
        gates.add(gate(status, b, Condition.SCORE, "≥ " + g.berkembangMinScore().toPlainString()));
        GroupStage m = GroupStage.MAJU;
        gates.add(gate(status, m, Condition.MONTHS_ACTIVE, "≥ " + g.majuMinMonthsActive()));
        gates.add(gate(status, m, Condition.IKS_PAID_OUT, "≥ " + g.majuMinIksDisbursements()));
        gates.add(gate(status, m, Condition.PARTNERSHIPS, "≥ " + g.majuMinPartnerships()));
        gates.add(gate(status, m, Condition.CAPITAL_GROWING, "✓"));
        gates.add(gate(status, m, Condition.SCORE, "≥ " + g.majuMinScore().toPlainString()));
        return gates;
    }

    private static Gate gate(GroupHealthStatus status, GroupStage target, Condition condition, String required) {
        HealthReason failed = status.heldBack().stream()
                .filter(r -> r.target() == target && condition(r) == condition).findFirst().orElse(null);
        return new Gate(target, condition, required, failed == null, failed);
    }

    /** The checklist condition a held-back reason is about. */
    static @Nullable Condition condition(HealthReason reason) {
        return switch (reason.code()) {
            case CAPITAL_UNKNOWN, CAPITAL_NOT_GROWING -> Condition.CAPITAL_GROWING;
            case SCORE_MISSING, SCORE_BELOW -> Condition.SCORE;
            case FACT_MISSING, FACT_BELOW -> reason.args().isEmpty() ? null : Condition.valueOf(reason.args().getFirst());
            default -> null;
        };
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** The monthly scores of the last {@link #TREND_MONTHS} months up to the latest assessed one, oldest first. */
    public List<TrendPoint> trend(GroupId group) {
        access.requireVisible(group);
        LocalDate today = today();
        Period last = statuses.latest(group, PeriodType.MONTH, today).map(GroupHealthStatus::period)
                .orElse(Period.containing(PeriodType.MONTH, today));
        List<TrendPoint> points = new ArrayList<>();
        Period p = last;
        for (int i = 0; i < TREND_MONTHS; i++) {
            Optional<GroupHealthStatus> s = statuses.forPeriod(group, p, today);
            if (s.isPresent()) {
                points.addFirst(new TrendPoint(p, s.get().score()));
            }
            p = p.previous();
        }
        return points;
    }

    /** Every stage decision, oldest first. */
    public List<StageChange> stageHistory(GroupId group) {
        access.requireVisible(group);
        return core.groups().stageHistory(group);
    }

    /**
     * The stored indicator snapshots of the latest {@code months} months up to the latest assessed one (or the
     * current month), newest first; a month without a stored snapshot is left out.
     */
    public List<GroupPeriodSnapshot> latestSnapshots(GroupId group, int months) {
        access.requireVisible(group);
        LocalDate today = today();
        Period p = statuses.latest(group, PeriodType.MONTH, today).map(GroupHealthStatus::period)
                .orElse(Period.containing(PeriodType.MONTH, today));
        List<GroupPeriodSnapshot> found = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            snapshots.find(group, p, new AsOf(today)).ifPresent(found::add);
            p = p.previous();
        }
        return found;
    }
}
