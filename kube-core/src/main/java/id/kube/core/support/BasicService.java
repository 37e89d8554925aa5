package id.kube.core.support;

/** Services a facilitator refers member families to. */
public enum BasicService {
    /** National health insurance (JKN/KIS). */
    JKN,
    /** Birth certificates, KTP, KK (Dukcapil). */
    CIVIL_REGISTRY,
    /** School support (KIP). */
    KIP,
    /** Conditional cash transfer (PKH). */
    PKH,
    BANKING,
    HEALTH,
    EMPLOYMENT,
    OTHER
}
