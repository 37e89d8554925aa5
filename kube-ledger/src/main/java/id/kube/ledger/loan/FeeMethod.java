package id.kube.ledger.loan;

/** How the service fee (jasa) is charged: a monthly rate on the original principal, or on the balance still owed. */
public enum FeeMethod {
    FLAT, DECLINING
}
