package id.kube.core.event;

/** How the group helped a member hit by a shock. */
public enum HelpKind {
    /** A disbursement from the social solidarity fund (IKS). */
    IKS,
    /** A revolving-fund loan. */
    LOAN,
    OTHER
}
