package id.kube.core.support;

/** Who provided the support. */
public enum Agency {
    /** Dinas Sosial. */
    SOCIAL_OFFICE,
    /** Dinas Koperasi dan UKM. */
    COOPERATIVES_SME,
    /** Dinas Perdagangan dan Perindustrian. */
    TRADE_INDUSTRY,
    /** Dinas Komunikasi dan Informatika. */
    COMMUNICATIONS,
    /** Dinas Tenaga Kerja. */
    MANPOWER,
    UNIVERSITY,
    CSR,
    OTHER
}
