package id.kube.admin.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kube.admin.security.Role;

/** The workflow table: every (state, step, role) either leads to one state or is refused with a named reason. */
class ApprovalWorkflowTest {

    @ParameterizedTest(name = "{0} --{1} by {2}--> {3}")
    @CsvSource(textBlock = """
            NOT_SUBMITTED, SUBMIT,    TREASURER,        SUBMITTED
            RETURNED,      SUBMIT,    TREASURER,        SUBMITTED
            SUBMITTED,     ACCEPT,    FACILITATOR,      REVIEWED
            SUBMITTED,     SEND_BACK, FACILITATOR,      RETURNED
            REVIEWED,      APPROVE,   DISTRICT_OFFICER, APPROVED
            REVIEWED,      SEND_BACK, DISTRICT_OFFICER, RETURNED
            """)
    void allowedSteps(ReportState from, ApprovalAction action, Role role, ReportState to) {
        assertThat(ApprovalWorkflow.next(from, action, role, "catatan")).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} --{1} by {2}--> refused {3}")
    @CsvSource(textBlock = """
            SUBMITTED,     SUBMIT,    TREASURER,        NOT_ALLOWED_IN_STATE
            REVIEWED,      SUBMIT,    TREASURER,        NOT_ALLOWED_IN_STATE
            APPROVED,      SUBMIT,    TREASURER,        NOT_ALLOWED_IN_STATE
            NOT_SUBMITTED, ACCEPT,    FACILITATOR,      NOT_ALLOWED_IN_STATE
            RETURNED,      ACCEPT,    FACILITATOR,      NOT_ALLOWED_IN_STATE
            REVIEWED,      ACCEPT,    FACILITATOR,      NOT_ALLOWED_IN_STATE
            SUBMITTED,     APPROVE,   DISTRICT_OFFICER, NOT_ALLOWED_IN_STATE
            APPROVED,      APPROVE,   DISTRICT_OFFICER, NOT_ALLOWED_IN_STATE
            APPROVED,      SEND_BACK, FACILITATOR,      NOT_ALLOWED_IN_STATE
            NOT_SUBMITTED, SUBMIT,    FACILITATOR,      WRONG_ROLE
            NOT_SUBMITTED, SUBMIT,    MINISTRY,         WRONG_ROLE
            SUBMITTED,     ACCEPT,    TREASURER,        WRONG_ROLE
            SUBMITTED,     ACCEPT,    DISTRICT_OFFICER, WRONG_ROLE
            REVIEWED,      APPROVE,   TREASURER,        WRONG_ROLE
            REVIEWED,      APPROVE,   FACILITATOR,      WRONG_ROLE
            REVIEWED,      APPROVE,   MINISTRY,         WRONG_ROLE
            REVIEWED,      APPROVE,   ADMIN,            WRONG_ROLE
            REVIEWED,      SEND_BACK, FACILITATOR,      WRONG_ROLE
            SUBMITTED,     SEND_BACK, DISTRICT_OFFICER, WRONG_ROLE
            SUBMITTED,     SEND_BACK, TREASURER,        WRONG_ROLE
            """)
    void refusedSteps(ReportState from, ApprovalAction action, Role role, ApprovalException.Reason reason) {
        assertThatThrownBy(() -> ApprovalWorkflow.next(from, action, role, "catatan"))
                .isInstanceOfSatisfying(ApprovalException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void sendingBackNeedsAComment() {
        for (String empty : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> ApprovalWorkflow.next(ReportState.SUBMITTED, ApprovalAction.SEND_BACK,
                    Role.FACILITATOR, empty))
                    .isInstanceOfSatisfying(ApprovalException.class,
                            e -> assertThat(e.reason()).isEqualTo(ApprovalException.Reason.COMMENT_REQUIRED));
        }
    }

    @Test
    void eachRoleAwaitsExactlyItsOwnStep() {
        assertThat(ApprovalWorkflow.awaits(ReportState.RETURNED, Role.TREASURER)).isTrue();
        assertThat(ApprovalWorkflow.awaits(ReportState.SUBMITTED, Role.FACILITATOR)).isTrue();
        assertThat(ApprovalWorkflow.awaits(ReportState.REVIEWED, Role.DISTRICT_OFFICER)).isTrue();
        assertThat(ApprovalWorkflow.awaits(ReportState.SUBMITTED, Role.DISTRICT_OFFICER)).isFalse();
        assertThat(ApprovalWorkflow.awaits(ReportState.REVIEWED, Role.FACILITATOR)).isFalse();
        for (ReportState state : ReportState.values()) {
            assertThat(ApprovalWorkflow.awaits(state, Role.MINISTRY)).isFalse();
            assertThat(ApprovalWorkflow.awaits(state, Role.RESEARCHER)).isFalse();
        }
    }
}
