package id.kube.core.health;

import id.kube.core.group.GroupStage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import id.kube.core.health.StageAssessment.Condition;
import id.kube.core.health.StageAssessment.HeldBack;

/**
 * The stage rule: the programme checklist is a hard gate and the health score must reach the stage's minimum.
 * A group is berkembang when every berkembang condition holds, maju when in addition every maju condition
 * holds (among them IKS actually paid out to others and growing capital). A missing fact or score never
 * passes a gate.
 */
public final class StageRule {

    private StageRule() {
    }

    public static StageAssessment assess(HealthScoreConfig config, StageChecklist c, HealthScore score) {
        StageGates g = config.stageGates();
        List<HeldBack> berkembang = new ArrayList<>();
        atLeast(berkembang, GroupStage.BERKEMBANG, Condition.MONTHS_ACTIVE, c.monthsActive(),
                g.berkembangMinMonthsActive(), "bulan aktif");
        atLeast(berkembang, GroupStage.BERKEMBANG, Condition.MONTHS_OF_BOOKS, c.monthsOfBooksLast12(),
                g.berkembangMinMonthsOfBooks(), "bulan pembukuan ditutup (12 bulan terakhir)");
        atLeast(berkembang, GroupStage.BERKEMBANG, Condition.LOANS_DISBURSED, c.loansDisbursed(),
                g.berkembangMinLoans(), "pinjaman dana bergulir kepada anggota");
        score(berkembang, GroupStage.BERKEMBANG, score.score(), g.berkembangMinScore());

        List<HeldBack> maju = new ArrayList<>();
        atLeast(maju, GroupStage.MAJU, Condition.MONTHS_ACTIVE, c.monthsActive(), g.majuMinMonthsActive(), "bulan aktif");
        atLeast(maju, GroupStage.MAJU, Condition.IKS_PAID_OUT, c.iksDisbursements(), g.majuMinIksDisbursements(),
                "penyaluran IKS kepada anggota/masyarakat");
        atLeast(maju, GroupStage.MAJU, Condition.PARTNERSHIPS, c.activePartnerships(), g.majuMinPartnerships(),
                "kemitraan aktif");
        if (c.capitalGrowing() == null) {
            maju.add(new HeldBack(GroupStage.MAJU, Condition.CAPITAL_GROWING,
                    "Pertumbuhan modal belum dapat dinilai: data ekuitas 12 bulan belum ada"));
        } else if (!c.capitalGrowing()) {
            maju.add(new HeldBack(GroupStage.MAJU, Condition.CAPITAL_GROWING,
                    "Modal tidak tumbuh: ekuitas tidak naik dalam 12 bulan atau di bawah dana stimulan"));
        }
        score(maju, GroupStage.MAJU, score.score(), g.majuMinScore());

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

    private static void atLeast(List<HeldBack> out, GroupStage target, Condition cond, @Nullable Integer actual, int min,
                                String what) {
        if (actual == null) {
            out.add(new HeldBack(target, cond, "Data " + what + " belum ada (syarat tahap " + name(target)
                    + ": minimal " + min + ")"));
        } else if (actual < min) {
            out.add(new HeldBack(target, cond, "Baru " + actual + " " + what + "; tahap " + name(target)
                    + " memerlukan minimal " + min));
        }
    }

    private static String name(GroupStage stage) {
        return stage.label().toLowerCase(java.util.Locale.ROOT);
    }

    private static void score(List<HeldBack> out, GroupStage target, @Nullable BigDecimal score, BigDecimal min) {
        if (score == null) {
            out.add(new HeldBack(target, Condition.SCORE, "Skor kesehatan belum dapat dihitung (data tidak cukup);"
                    + " tahap " + name(target) + " memerlukan skor minimal " + min.toPlainString()));
        } else if (score.compareTo(min) < 0) {
            out.add(new HeldBack(target, Condition.SCORE, "Skor kesehatan " + score.toPlainString() + "; tahap "
                    + name(target) + " memerlukan minimal " + min.toPlainString()));
        }
    }
}
