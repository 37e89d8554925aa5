package id.kube.core.health;

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
        atLeast(berkembang, Stage.BERKEMBANG, Condition.MONTHS_ACTIVE, c.monthsActive(),
                g.berkembangMinMonthsActive(), "bulan aktif");
        atLeast(berkembang, Stage.BERKEMBANG, Condition.MONTHS_OF_BOOKS, c.monthsOfBooksLast12(),
                g.berkembangMinMonthsOfBooks(), "bulan pembukuan ditutup (12 bulan terakhir)");
        atLeast(berkembang, Stage.BERKEMBANG, Condition.LOANS_DISBURSED, c.loansDisbursed(),
                g.berkembangMinLoans(), "pinjaman dana bergulir kepada anggota");
        score(berkembang, Stage.BERKEMBANG, score.score(), g.berkembangMinScore());

        List<HeldBack> maju = new ArrayList<>();
        atLeast(maju, Stage.MAJU, Condition.MONTHS_ACTIVE, c.monthsActive(), g.majuMinMonthsActive(), "bulan aktif");
        atLeast(maju, Stage.MAJU, Condition.IKS_PAID_OUT, c.iksDisbursements(), g.majuMinIksDisbursements(),
                "penyaluran IKS kepada anggota/masyarakat");
        atLeast(maju, Stage.MAJU, Condition.PARTNERSHIPS, c.activePartnerships(), g.majuMinPartnerships(),
                "kemitraan aktif");
        if (c.capitalGrowing() == null) {
            maju.add(new HeldBack(Stage.MAJU, Condition.CAPITAL_GROWING,
                    "Pertumbuhan modal belum dapat dinilai: data ekuitas 12 bulan belum ada"));
        } else if (!c.capitalGrowing()) {
            maju.add(new HeldBack(Stage.MAJU, Condition.CAPITAL_GROWING,
                    "Modal tidak tumbuh: ekuitas tidak naik dalam 12 bulan atau di bawah dana stimulan"));
        }
        score(maju, Stage.MAJU, score.score(), g.majuMinScore());

        Stage stage;
        List<HeldBack> reasons = new ArrayList<>();
        if (!berkembang.isEmpty()) {
            stage = Stage.TUMBUH;
            reasons.addAll(berkembang);
            reasons.addAll(maju);
        } else if (!maju.isEmpty()) {
            stage = Stage.BERKEMBANG;
            reasons.addAll(maju);
        } else {
            stage = Stage.MAJU;
        }
        return new StageAssessment(stage, reasons, config.version());
    }

    private static void atLeast(List<HeldBack> out, Stage target, Condition cond, @Nullable Integer actual, int min,
                                String what) {
        if (actual == null) {
            out.add(new HeldBack(target, cond, "Data " + what + " belum ada (syarat tahap " + target.nameId()
                    + ": minimal " + min + ")"));
        } else if (actual < min) {
            out.add(new HeldBack(target, cond, "Baru " + actual + " " + what + "; tahap " + target.nameId()
                    + " memerlukan minimal " + min));
        }
    }

    private static void score(List<HeldBack> out, Stage target, @Nullable BigDecimal score, BigDecimal min) {
        if (score == null) {
            out.add(new HeldBack(target, Condition.SCORE, "Skor kesehatan belum dapat dihitung (data tidak cukup);"
                    + " tahap " + target.nameId() + " memerlukan skor minimal " + min.toPlainString()));
        } else if (score.compareTo(min) < 0) {
            out.add(new HeldBack(target, Condition.SCORE, "Skor kesehatan " + score.toPlainString() + "; tahap "
                    + target.nameId() + " memerlukan minimal " + min.toPlainString()));
        }
    }
}
