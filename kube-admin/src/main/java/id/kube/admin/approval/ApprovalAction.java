package id.kube.admin.approval;

/** A step of the monthly approval workflow. */
public enum ApprovalAction {
    SUBMIT,
    ACCEPT,
    SEND_BACK,
    APPROVE
}
