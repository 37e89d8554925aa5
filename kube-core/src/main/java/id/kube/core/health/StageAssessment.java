package id.kube.core.health;

import id.kube.core.group.GroupStage;

import java.util.List;
import java.util.Objects;

/**
 * The stage a group has reached and, for every stage above it, why it is held back.
 *
 * @param heldBack reasons (Bahasa Indonesia) per unmet condition of the next stages; empty at maju
 */
public record StageAssessment(GroupStage stage, List<HeldBack> heldBack, String configVersion) {

    public StageAssessment {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(configVersion, "configVersion");
        heldBack = List.copyOf(heldBack);
    }

    /** Conditions of the stage rule, with what they count in Bahasa Indonesia and English. */
    public enum Condition {
        MONTHS_ACTIVE("bulan aktif", "months active"),
        MONTHS_OF_BOOKS("bulan pembukuan ditutup (12 bulan terakhir)", "months of books closed (last 12 months)"),
        LOANS_DISBURSED("pinjaman dana bergulir kepada anggota", "revolving-fund loans to members"),
        IKS_PAID_OUT("penyaluran IKS kepada anggota/masyarakat", "IKS disbursements to members or the community"),
        CAPITAL_GROWING("pertumbuhan modal", "capital growth"),
        PARTNERSHIPS("kemitraan aktif", "active partnerships"),
        MEETING_REGULARITY("pertemuan terlaksana dari jadwal (6 bulan terakhir)",
                "meetings held of those scheduled (last 6 months)"),
        REPAYMENT("angsuran jatuh tempo terbayar (6 bulan terakhir)", "instalments due repaid (last 6 months)"),
        SCORE("skor kesehatan", "health score");

        private final String nameId;
        private final String nameEn;

        Condition(String nameId, String nameEn) {
            this.nameId = nameId;
            this.nameEn = nameEn;
        }

        public String nameId() {
            return nameId;
        }

        public String nameEn() {
            return nameEn;
        }
    }

    /** One unmet condition of a higher stage, with its reason (wording in Bahasa Indonesia and English). */
    public record HeldBack(GroupStage target, Condition condition, HealthReason reason) {
        public HeldBack {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(reason, "reason");
        }

        /** The reason in Bahasa Indonesia. */
        public String messageId() {
            return reason.text(java.util.Locale.forLanguageTag("id"));
        }
    }
}
