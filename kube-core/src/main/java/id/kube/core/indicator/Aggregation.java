package id.kube.core.indicator;

/** How group values of an indicator combine into a regional aggregate. */
public enum Aggregation {
    /** Σ numerators ÷ Σ denominators over the groups (each family weighs the same, not each group). */
    POOLED_RATIO,
    /** Median of the group values. */
    MEDIAN,
    /** Sum of the group values (counts, rupiah). */
    SUM
}
