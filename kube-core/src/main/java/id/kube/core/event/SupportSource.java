package id.kube.core.event;

/** Where external support came from. */
public enum SupportSource {
    CSR, VILLAGE_FUND, LOCAL_GOVERNMENT, COOPERATIVE, UNIVERSITY, BUYER, OTHER
}
