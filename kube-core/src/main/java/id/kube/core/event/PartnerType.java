package id.kube.core.event;

/** Who the group partners with. */
public enum PartnerType {
    BUYER, SUPPLIER, BANK, CSR, COOPERATIVE, LOCAL_GOVERNMENT, VILLAGE, UNIVERSITY, OTHER
}
