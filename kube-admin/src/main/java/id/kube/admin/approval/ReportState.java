package id.kube.admin.approval;

/** Where a group's month stands in the approval workflow. */
public enum ReportState {
    /** Nothing submitted yet (never stored). */
    NOT_SUBMITTED,
    /** Submitted by the treasurer, waiting for the facilitator. */
    SUBMITTED,
    /** Sent back with a comment; the treasurer corrects the books and submits again. */
    RETURNED,
    /** Accepted by the facilitator, waiting for the district officer. */
    REVIEWED,
    /** Approved by the district officer; the month is closed in the books. */
    APPROVED
}
