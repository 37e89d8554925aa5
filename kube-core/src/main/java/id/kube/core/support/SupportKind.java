package id.kube.core.support;

import java.util.Set;

/** Kinds of support a group receives, with the topics the programme names (others may be added as codes). */
public enum SupportKind {
    /** e.g. TAILORING, DIGITAL_MARKETING, FOOD_SAFETY, BOOKKEEPING. */
    TRAINING(Set.of()),
    /** Only P_IRT (home industry food permit), HALAL and BPOM. */
    CERTIFICATION(Set.of("P_IRT", "HALAL", "BPOM")),
    /** e.g. MARKETPLACE_ONBOARDING, EXHIBITION, BUYER_LINK. */
    MARKET_ACCESS(Set.of());

    private final Set<String> onlyTopics;

    SupportKind(Set<String> onlyTopics) {
        this.onlyTopics = onlyTopics;
    }

    /** Whether {@code topic} is allowed for this kind (certifications are a closed list). */
    public boolean allows(String topic) {
        return onlyTopics.isEmpty() || onlyTopics.contains(topic);
    }

    public Set<String> onlyTopics() {
        return onlyTopics;
    }
}
