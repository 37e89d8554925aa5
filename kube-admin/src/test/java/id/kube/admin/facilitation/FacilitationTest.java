package id.kube.admin.facilitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import id.kube.admin.approval.MonthlyApprovals;
import id.kube.admin.security.KubeUser;
import id.kube.admin.security.Role;
import id.kube.admin.support.AdminApplicationTest;
import id.kube.admin.support.TestUsers;
import id.kube.core.KubeCore;
import id.kube.core.facilitator.FacilitatorId;
import id.kube.core.group.GroupId;
import id.kube.core.region.RegionCode;
import id.kube.core.visit.RecordedVisit;
import id.kube.core.visit.VisitRuleException;
import id.kube.testing.KubeFixtures;

/** The facilitator's attention list and visit log against the real database, with their access rules. */
class FacilitationTest extends AdminApplicationTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    GroupsNeedingAttention attention;
    @Autowired
    VisitLog visits;
    @Autowired
    MonthlyApprovals approvals;
    @Autowired
    Clock clock;

    private GroupId group;
    private GroupId otherGroup;
    private KubeUser facilitator;
    private KubeUser otherFacilitator;
    private KubeUser treasurer;
    private KubeUser districtOfficer;
    private LocalDate today;

    @BeforeEach
    void aGroupForEachOfTwoFacilitators() {
        KubeCore core = KubeFixtures.core(dsl);
        String stamp = String.valueOf(Instant.now().toEpochMilli());
        group = KubeFixtures.activeGroup(core, "Dampingan " + stamp, 10);
        otherGroup = KubeFixtures.activeGroup(core, "Dampingan lain " + stamp, 10);
        FacilitatorId ours = core.facilitators().register(KubeFixtures.FACILITATOR, "Pendamping " + stamp, null).id();
        FacilitatorId theirs = core.facilitators().register(KubeFixtures.FACILITATOR, "Lain " + stamp, null).id();
        core.groups().assignFacilitator(KubeFixtures.FACILITATOR, group, ours, KubeFixtures.TODAY);
        core.groups().assignFacilitator(KubeFixtures.FACILITATOR, otherGroup, theirs, KubeFixtures.TODAY);
        facilitator = new KubeUser("pendamping." + stamp, "Pendamping", Role.FACILITATOR, null, null, ours);
        otherFacilitator = new KubeUser("pendamping.lain." + stamp, "Lain", Role.FACILITATOR, null, null, theirs);
        treasurer = new KubeUser("bendahara." + stamp, "Bendahara", Role.TREASURER, group, null, null);
        districtOfficer = new KubeUser("dinsos." + stamp, "Dinsos", Role.DISTRICT_OFFICER, null,
                RegionCode.of("51.04"), null);
        today = LocalDate.now(clock);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private List<AttentionReason.Kind> reasonsFor(GroupId id) {
        Optional<AttentionItem> item = attention.forCurrentUser().stream().filter(i -> i.group().equals(id)).findFirst();
        return item.map(i -> i.reasons().stream().map(AttentionReason::kind).toList()).orElse(List.of());
    }

    @Test
    void theAttentionListShowsOnlyTheFacilitatorsGroupsAndClearsAsTheReasonsAreDealtWith() {
        TestUsers.signIn(facilitator);
        assertThat(attention.forCurrentUser()).extracting(AttentionItem::group).contains(group)
                .doesNotContain(otherGroup);
        assertThat(reasonsFor(group)).containsExactly(AttentionReason.Kind.MISSED_MEETINGS,
                AttentionReason.Kind.MONTH_NOT_SUBMITTED, AttentionReason.Kind.NO_RECENT_VISIT);

        RecordedVisit visit = visits.record(group, today, "Buku kas belum diisi sejak bulan lalu",
                "Latih bendahara mengisi buku kas", today.plusDays(30));
        assertThat(reasonsFor(group)).containsExactly(AttentionReason.Kind.MISSED_MEETINGS,
                AttentionReason.Kind.MONTH_NOT_SUBMITTED, AttentionReason.Kind.OPEN_FOLLOW_UPS);

        visits.markFollowUpDone(visit.id(), today, "Bendahara sudah bisa");
        assertThat(reasonsFor(group)).containsExactly(AttentionReason.Kind.MISSED_MEETINGS,
                AttentionReason.Kind.MONTH_NOT_SUBMITTED);
        assertThat(visits.visits(group)).singleElement().satisfies(line -> {
            assertThat(line.followUpDoneOn()).isEqualTo(today);
            assertThat(line.followUpNote()).isEqualTo("Bendahara sudah bisa");
            assertThat(line.followUpOpen()).isFalse();
            assertThat(line.facilitatorName()).startsWith("Pendamping ");
        });

        TestUsers.signIn(treasurer);
        approvals.submit(group, YearMonth.now(clock).minusMonths(1));
        TestUsers.signIn(facilitator);
        assertThat(reasonsFor(group)).containsExactly(AttentionReason.Kind.MISSED_MEETINGS);
    }

    @Test
    void onlyTheGroupsOwnFacilitatorRecordsVisitsAndMarksFollowUpsDone() {
        TestUsers.signIn(otherFacilitator);
        assertThatThrownBy(() -> visits.record(group, today, "Temuan", null, null))
                .isInstanceOfSatisfying(FacilitationException.class,
                        e -> assertThat(e.reason()).isEqualTo(FacilitationException.Reason.GROUP_NOT_VISIBLE));
        assertThatThrownBy(() -> visits.visits(group)).isInstanceOf(FacilitationException.class);
        TestUsers.signIn(treasurer);
        assertThatThrownBy(() -> visits.record(group, today, "Temuan", null, null))
                .isInstanceOfSatisfying(FacilitationException.class,
                        e -> assertThat(e.reason()).isEqualTo(FacilitationException.Reason.WRONG_ROLE));

        TestUsers.signIn(facilitator);
        RecordedVisit visit = visits.record(group, today.minusDays(3), "Rapat tidak rutin", "Jadwalkan rapat bulanan",
                null);
        assertThatThrownBy(() -> visits.record(group, today.plusDays(1), "Besok", null, null))
                .isInstanceOfSatisfying(VisitRuleException.class,
                        e -> assertThat(e.reason()).isEqualTo(VisitRuleException.Reason.DATE_IN_FUTURE));
        assertThatThrownBy(() -> visits.markFollowUpDone(visit.id(), today.minusDays(4), null))
                .isInstanceOfSatisfying(FacilitationException.class,
                        e -> assertThat(e.reason()).isEqualTo(FacilitationException.Reason.DONE_BEFORE_VISIT));

        TestUsers.signIn(otherFacilitator);
        assertThatThrownBy(() -> visits.markFollowUpDone(visit.id(), today, null))
                .isInstanceOfSatisfying(FacilitationException.class,
                        e -> assertThat(e.reason()).isEqualTo(FacilitationException.Reason.VISIT_NOT_FOUND));
        TestUsers.signIn(districtOfficer);
        assertThat(visits.visits(group)).hasSize(1);
        assertThatThrownBy(() -> visits.markFollowUpDone(visit.id(), today, null))
                .isInstanceOfSatisfying(FacilitationException.class,
                        e -> assertThat(e.reason()).isEqualTo(FacilitationException.Reason.WRONG_ROLE));

        TestUsers.signIn(facilitator);
        visits.markFollowUpDone(visit.id(), today, null);
        assertThatThrownBy(() -> visits.markFollowUpDone(visit.id(), today, null))
                .isInstanceOfSatisfying(FacilitationException.class,
                        e -> assertThat(e.reason()).isEqualTo(FacilitationException.Reason.ALREADY_DONE));
        RecordedVisit withoutFollowUp = visits.record(group, today, "Semua baik", null, null);
        assertThatThrownBy(() -> visits.markFollowUpDone(withoutFollowUp.id(), today, null))
                .isInstanceOfSatisfying(FacilitationException.class,
                        e -> assertThat(e.reason()).isEqualTo(FacilitationException.Reason.NO_FOLLOW_UP));
    }
}
