package id.kube.admin.facilitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kube.admin.approval.ReportState;
import id.kube.core.group.GroupId;

/** The attention rule, case by case; "today" is 15 November 2026, so last month is October 2026. */
class AttentionRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 15);

    @ParameterizedTest(name = "[{index}] {7}")
    @CsvSource(nullValues = "-", textBlock = """
            2025-01-10, 2026-11-01, 2026-10-20, 0,      APPROVED,      0, '',                                            a healthy group
            2025-01-10, 2026-10-10, 2026-10-20, 0,      APPROVED,      0, 'MISSED_MEETINGS',                             36 days without a meeting
            2025-01-10, 2026-10-01, 2026-10-20, 0,      APPROVED,      0, 'MISSED_MEETINGS',                             45 days without a meeting
            2025-01-10, 2026-10-11, 2026-10-20, 0,      APPROVED,      0, '',                                            35 days is fine
            2025-01-10, -,          2026-10-20, 0,      APPROVED,      0, 'MISSED_MEETINGS',                             never met
            2025-01-10, 2026-11-01, 2026-09-15, 0,      APPROVED,      0, 'NO_RECENT_VISIT',                             61 days without a visit
            2025-01-10, 2026-11-01, 2026-09-16, 0,      APPROVED,      0, '',                                            60 days is fine
            2025-01-10, 2026-11-01, -,          0,      APPROVED,      0, 'NO_RECENT_VISIT',                             never visited
            2025-01-10, 2026-11-01, 2026-10-20, 150000, APPROVED,      0, 'ARREARS',                                     loans over 30 days late
            2025-01-10, 2026-11-01, 2026-10-20, 0,      NOT_SUBMITTED, 0, 'MONTH_NOT_SUBMITTED',                         last month not submitted
            2025-01-10, 2026-11-01, 2026-10-20, 0,      RETURNED,      0, 'MONTH_NOT_SUBMITTED',                         sent back and not submitted again
            2025-01-10, 2026-11-01, 2026-10-20, 0,      SUBMITTED,     0, '',                                            submitted and waiting is fine
            2026-11-02, 2026-11-03, 2026-11-03, 0,      NOT_SUBMITTED, 0, '',                                            formed this month: nothing to report yet
            2025-01-10, 2026-11-01, 2026-10-20, 0,      APPROVED,      2, 'OPEN_FOLLOW_UPS',                             open follow-ups
            2025-01-10, -,          -,          5000,   NOT_SUBMITTED, 1, 'ARREARS MISSED_MEETINGS MONTH_NOT_SUBMITTED NO_RECENT_VISIT OPEN_FOLLOW_UPS', everything at once
            """)
    void reasons(LocalDate formedOn, @Nullable LocalDate lastMeeting, @Nullable LocalDate lastVisit, long atRisk,
                 ReportState lastMonth, int openFollowUps, String expected, String description) {
        GroupFacts facts = new GroupFacts(new GroupId(UUID.randomUUID()), "KUBE Uji", formedOn, lastMeeting, lastVisit,
                atRisk, lastMonth, openFollowUps);
        List<String> kinds = AttentionRule.reasons(facts, TODAY).stream().map(r -> r.kind().name()).toList();
        assertThat(kinds).as(description).isEqualTo(expected.isBlank() ? List.of() : List.of(expected.split(" ")));
    }
}
