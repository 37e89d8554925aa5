package id.kube.core.health;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import id.kube.core.group.GroupStage;
import id.kube.core.health.HealthReason.Code;
import id.kube.core.health.StageAssessment.Condition;
import id.kube.core.health.StageAssessment.HeldBack;

/**
 * The stage rule: the programme checklist is a hard gate and the health score must reach the stage's minimum.
 * A group is berkembang when every berkembang condition holds (months active, books kept, revolving loans made,
 * and from configuration 2026.2 regular meetings and loans repaid), maju when in addition every maju condition
 * holds (among them IKS actually paid out to others and growing capital). A missing fact or score never passes
 * a gate; every unmet condition is returned as a reason.
 */
public final class StageRule {

    private StageRule() {
    }

    public static StageAssessment assess(HealthScoreConfig config, StageChecklist c, HealthScore score) {
        StageGates g = config.stageGates();
        List<HeldBack> berkembang = new ArrayList<>();
        GroupStage b = GroupStage.BERKEMBANG;
        atLeast(berkembang, b, Condition.MONTHS_ACTIVE, c.monthsActive(), g.berkembangMinMonthsActive());
        atLeast(berkembang, b, Condition.MONTHS_OF_BOOKS, c.monthsOfBooksLast12(), g.berkembangMinMonthsOfBooks());
        atLeast(berkembang, b, Condition.LOANS_DISBURSED, c.loansDisbursed(), g.berkembangMinLoans());
        share(berkembang, b, Condition.MEETING_REGULARITY, c.meetingRegularityLast6(),
                g.berkembangMinMeetingRegularity());
        share(berkembang, b, Condition.REPAYMENT, c.repaymentRateLast6(), g.berkembangMinRepaymentRate());
        score(berkembang, b, score.score(), g.berkembangMinScore());

        List<HeldBack> maju = new ArrayList<>();
        GroupStage m = GroupStage.MAJU;
        atLeast(maju, m, Condition.MONTHS_ACTIVE, c.monthsActive(), g.majuMinMonthsActive());
        atLeast(maju, m, Condition.IKS_PAID_OUT, c.iksDisbursements(), g.majuMinIksDisbursements());
        atLeast(maju, m, Condition.PARTNERSHIPS, c.activePartnerships(), g.majuMinPartnerships());
        if (c.capitalGrowing() == null) {
            maju.add(new HeldBack(m, Condition.CAPITAL_GROWING, HealthReason.heldBack(m, Code.CAPITAL_UNKNOWN)));
        } else if (!c.capitalGrowing()) {
            maju.add(new HeldBack(m, Condition.CAPITAL_GROWING, HealthReason.heldBack(m, Code.CAPITAL_NOT_GROWING)));
        }
        score(maju, m, score.score(), g.majuMinScore());

        GroupStage stage;
        List<HeldBack> reasons = new ArrayList<>();
        if (!berkembang.isEmpty()) {
            stage = GroupStage.TUMBUH;
            reasons.addAll(berkembang);
            reasons.addAll(maju);
        } else if (!maju.isEmpty()) {
            stage = GroupStage.BERKEMBANG;
            reasons.addAll(maju);
        } else {
            stage = GroupStage.MAJU;
        }
        return new StageAssessment(stage, reasons, config.version());
    }

    private static void atLeast(List<HeldBack> out, GroupStage target, Condition cond, @Nullable Integer actual,
                                int min) {
        if (actual == null) {
            out.add(new HeldBack(target, cond, HealthReason.heldBack(target, Code.FACT_MISSING, cond.name(),
                    Integer.toString(min))));
        } else if (actual < min) {
            out.add(new HeldBack(target, cond, HealthReason.heldBack(target, Code.FACT_BELOW, cond.name(),
                    Integer.toString(actual), Integer.toString(min))));
        }
    }

    /** A share condition (0..1) shown in percent; a null minimum means the configuration does not ask it. */
    private static void share(List<HeldBack> out, GroupStage target, Condition cond, @Nullable BigDecimal actual,
                              @Nullable BigDecimal min) {
        if (min == null) {
            return;
        }
        if (actual == null) {
            out.add(new HeldBack(target, cond, HealthReason.heldBack(target, Code.FACT_MISSING, cond.name(),
                    percent(min))));
        } else if (actual.compareTo(min) < 0) {
            out.add(new HeldBack(target, cond, HealthReason.heldBack(target, Code.FACT_BELOW, cond.name(),
                    percent(actual), percent(min))));
        }
    }

    static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(0, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    private static void score(List<HeldBack> out, GroupStage target, @Nullable BigDecimal score, BigDecimal min) {
        if (score == null) {
            out.add(new HeldBack(target, Condition.SCORE, HealthReason.heldBack(target, Code.SCORE_MISSING,
                    min.toPlainString())));
        } else if (score.compareTo(min) < 0) {
            out.add(new HeldBack(target, Condition.SCORE, HealthReason.heldBack(target, Code.SCORE_BELOW,
                    score.toPlainString(), min.toPlainString())));
        }
    }
}
