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

    /** Conditions of the stage rule. */
    public enum Condition {
        MONTHS_ACTIVE, MONTHS_OF_BOOKS, LOANS_DISBURSED, IKS_PAID_OUT, CAPITAL_GROWING, PARTNERSHIPS, SCORE
    }

    public record HeldBack(GroupStage target, Condition condition, String messageId) {
        public HeldBack {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(messageId, "messageId");
        }
    }
}
