package id.kube.admin.approval;

import org.jspecify.annotations.Nullable;

import id.kube.admin.security.Role;

/**
 * The rules of the monthly approval workflow, as one table: which role may take which step from which state,
 * and where it leads. The treasurer submits (first time or after a send-back); the facilitator accepts or sends
 * back a submitted month; the district officer approves or sends back a reviewed month. Nothing follows an
 * approval: the month is closed in the books and corrections go into the next open month.
 */
public final class ApprovalWorkflow {

    private ApprovalWorkflow() {
    }

    /** The state after {@code action}, or the named refusal. */
    public static ReportState next(ReportState current, ApprovalAction action, Role role, @Nullable String comment) {
        Role allowed = switch (action) {
            case SUBMIT -> Role.TREASURER;
            case ACCEPT -> Role.FACILITATOR;
            case APPROVE -> Role.DISTRICT_OFFICER;
            case SEND_BACK -> current == ReportState.REVIEWED ? Role.DISTRICT_OFFICER : Role.FACILITATOR;
        };
        if (role != allowed) {
            throw new ApprovalException(ApprovalException.Reason.WRONG_ROLE,
                    "Langkah ini hanya boleh dilakukan oleh " + label(allowed));
        }
        if (action == ApprovalAction.SEND_BACK && (comment == null || comment.isBlank())) {
            throw new ApprovalException(ApprovalException.Reason.COMMENT_REQUIRED,
                    "Tuliskan apa yang harus diperbaiki sebelum mengembalikan laporan");
        }
        ReportState next = switch (action) {
            case SUBMIT -> current == ReportState.NOT_SUBMITTED || current == ReportState.RETURNED
                    ? ReportState.SUBMITTED : null;
            case ACCEPT -> current == ReportState.SUBMITTED ? ReportState.REVIEWED : null;
            case SEND_BACK -> current == ReportState.SUBMITTED || current == ReportState.REVIEWED
                    ? ReportState.RETURNED : null;
            case APPROVE -> current == ReportState.REVIEWED ? ReportState.APPROVED : null;
        };
        if (next == null) {
            throw new ApprovalException(ApprovalException.Reason.NOT_ALLOWED_IN_STATE,
                    "Laporan dengan status " + current + " tidak dapat di-" + action);
        }
        return next;
    }

    /** The step the given role takes next on a month in {@code state}, if any (for the work queues). */
    public static boolean awaits(ReportState state, Role role) {
        return switch (role) {
            case TREASURER -> state == ReportState.NOT_SUBMITTED || state == ReportState.RETURNED;
            case FACILITATOR -> state == ReportState.SUBMITTED;
            case DISTRICT_OFFICER -> state == ReportState.REVIEWED;
            default -> false;
        };
    }

    private static String label(Role role) {
        return switch (role) {
            case TREASURER -> "bendahara kelompok";
            case FACILITATOR -> "pendamping kelompok";
            case DISTRICT_OFFICER -> "Dinas Sosial kabupaten/kota";
            default -> role.name();
        };
    }
}
