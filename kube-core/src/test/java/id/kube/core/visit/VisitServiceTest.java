package id.kube.core.visit;

import static id.kube.testing.KubeFixtures.FACILITATOR;
import static id.kube.testing.KubeFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import id.kube.core.KubeCore;
import id.kube.core.facilitator.Facilitator;
import id.kube.core.group.GroupId;
import id.kube.testing.KubeFixtures;
import id.kube.testing.TestDatabase;

@TestDatabase
class VisitServiceTest {

    private final KubeCore core;

    VisitServiceTest(DSLContext dsl) {
        this.core = KubeFixtures.core(dsl);
    }

    @Test
    void anAssignedFacilitatorRecordsFindingsFollowUpAndNextVisit() {
        GroupId group = KubeFixtures.activeGroup(core, "Dikunjungi", 5);
        Facilitator ayu = core.facilitators().register(FACILITATOR, "Ni Made Ayu", null);
        core.groups().assignFacilitator(FACILITATOR, group, ayu.id(), TODAY.minusMonths(3));
        RecordedVisit visit = core.visits().record(FACILITATOR, group, new FacilitatorVisit(ayu.id(),
                TODAY.minusDays(1), "Buku kas belum diisi sejak Mei", "Bendahara dilatih ulang", TODAY.plusDays(30)));
        assertThat(core.visits().ofGroup(group)).containsExactly(visit);
    }

    @Test
    void onlyAFacilitatorAssignedThatDayCanHaveVisited() {
        GroupId group = KubeFixtures.activeGroup(core, "Tak Didampingi", 5);
        Facilitator budi = core.facilitators().register(FACILITATOR, "I Wayan Budi", null);
        expect(() -> core.visits().record(FACILITATOR, group, new FacilitatorVisit(budi.id(), TODAY, "Baik", null,
                null)), VisitRuleException.Reason.FACILITATOR_NOT_ASSIGNED, "tidak ditugaskan");
        core.groups().assignFacilitator(FACILITATOR, group, budi.id(), TODAY.minusDays(10));
        expect(() -> core.visits().record(FACILITATOR, group, new FacilitatorVisit(budi.id(), TODAY.minusDays(11),
                "Baik", null, null)), VisitRuleException.Reason.FACILITATOR_NOT_ASSIGNED, "tidak ditugaskan");
        expect(() -> core.visits().record(FACILITATOR, group, new FacilitatorVisit(budi.id(), TODAY.plusDays(1),
                "Baik", null, null)), VisitRuleException.Reason.DATE_IN_FUTURE, "setelah hari ini");
        expect(() -> new FacilitatorVisit(budi.id(), TODAY, "Baik", null, TODAY),
                VisitRuleException.Reason.NEXT_VISIT_NOT_AFTER_VISIT, "Kunjungan berikutnya");
        expect(() -> new FacilitatorVisit(budi.id(), TODAY, "  ", null, null),
                VisitRuleException.Reason.FINDINGS_REQUIRED, "Temuan");
    }

    private static void expect(ThrowingCallable call, VisitRuleException.Reason reason, String message) {
        assertThatThrownBy(call).isInstanceOf(VisitRuleException.class).hasMessageContaining(message)
                .extracting(e -> ((VisitRuleException) e).reason()).isEqualTo(reason);
    }
}
