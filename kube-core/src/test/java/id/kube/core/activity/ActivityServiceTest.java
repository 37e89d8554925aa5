package id.kube.core.activity;

import static id.kube.testing.KubeFixtures.TODAY;
import static id.kube.testing.KubeFixtures.TREASURER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import id.kube.core.KubeCore;
import id.kube.core.group.BusinessType;
import id.kube.core.group.GroupId;
import id.kube.testing.KubeFixtures;
import id.kube.testing.TestDatabase;

@TestDatabase
class ActivityServiceTest {

    private final KubeCore core;

    ActivityServiceTest(DSLContext dsl) {
        this.core = KubeFixtures.core(dsl);
    }

    @Test
    void aGroupRunsSeveralActivitiesEachWithItsStatus() {
        GroupId group = KubeFixtures.activeGroup(core, "Usaha Ganda", 5);
        BusinessActivity kiosk = core.activities().start(TREASURER, group, BusinessType.TRADE, "Warung sembako",
                TODAY.minusMonths(4), "Di depan balai banjar");
        BusinessActivity pigs = core.activities().start(TREASURER, group, BusinessType.LIVESTOCK, "Ternak babi",
                TODAY.minusMonths(2), null);
        core.activities().changeStatus(TREASURER, pigs.id(), ActivityStatus.PAUSED, TODAY.minusMonths(1), "Wabah ASF");
        BusinessActivity stopped = core.activities().changeStatus(TREASURER, pigs.id(), ActivityStatus.STOPPED, TODAY,
                "Kandang dijual");
        assertThat(stopped.endedOn()).isEqualTo(TODAY);
        assertThat(stopped.notes()).contains("Wabah ASF").contains("Kandang dijual");
        assertThat(core.activities().ofGroup(group)).extracting(BusinessActivity::name, BusinessActivity::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Warung sembako", ActivityStatus.RUNNING),
                        org.assertj.core.groups.Tuple.tuple("Ternak babi", ActivityStatus.STOPPED));
        assertThat(kiosk.notes()).isEqualTo("Di depan balai banjar");
        expect(() -> core.activities().changeStatus(TREASURER, pigs.id(), ActivityStatus.RUNNING, TODAY, null),
                ActivityRuleException.Reason.ALREADY_STOPPED, "sudah berhenti");
    }

    @Test
    void activityDatesAreNotInTheFutureNorBeforeTheGroupOrTheStart() {
        GroupId group = KubeFixtures.formingGroup(core, "Usaha Tanggal", 5);
        expect(() -> core.activities().start(TREASURER, group, BusinessType.CRAFTS, "Anyaman", TODAY.plusDays(1), null),
                ActivityRuleException.Reason.DATE_IN_FUTURE, "tidak boleh setelah hari ini");
        expect(() -> core.activities().start(TREASURER, group, BusinessType.CRAFTS, "Anyaman", TODAY.minusYears(2), null),
                ActivityRuleException.Reason.DATE_BEFORE_FORMATION, "sebelum KUBE dibentuk");
        BusinessActivity a = core.activities().start(TREASURER, group, BusinessType.CRAFTS, "Anyaman", TODAY, null);
        expect(() -> core.activities().changeStatus(TREASURER, a.id(), ActivityStatus.PAUSED, TODAY.minusDays(1), null),
                ActivityRuleException.Reason.DATE_BEFORE_START, "sebelum usaha dimulai");
        expect(() -> core.activities().start(TREASURER, group, BusinessType.CRAFTS, " ", TODAY, null),
                ActivityRuleException.Reason.NAME_REQUIRED, "Nama usaha");
    }

    private static void expect(ThrowingCallable call, ActivityRuleException.Reason reason, String message) {
        assertThatThrownBy(call).isInstanceOf(ActivityRuleException.class).hasMessageContaining(message)
                .extracting(e -> ((ActivityRuleException) e).reason()).isEqualTo(reason);
    }
}
