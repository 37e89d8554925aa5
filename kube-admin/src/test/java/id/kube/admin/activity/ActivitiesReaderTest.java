package id.kube.admin.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import id.kube.admin.security.GroupAccessDeniedException;
import id.kube.admin.support.AdminApplicationTest;
import id.kube.admin.support.TestUsers;
import id.kube.admin.support.TwoFacilitatedGroups;
import id.kube.core.KubeCore;
import id.kube.core.activity.ActivityStatus;
import id.kube.core.activity.BusinessActivity;
import id.kube.core.group.BusinessType;
import id.kube.testing.KubeFixtures;

/** The business activities tab reads a group's activities only for users who may see the group. */
class ActivitiesReaderTest extends AdminApplicationTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    ActivitiesReader reader;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theGroupsActivitiesRunningFirstAndNobodyElsesGroup() {
        KubeCore fixtures = KubeFixtures.core(dsl);
        TwoFacilitatedGroups g = TwoFacilitatedGroups.create(fixtures, "Usaha");
        LocalDate day = KubeFixtures.TODAY.minusMonths(3);
        BusinessActivity stopped = fixtures.activities().start(KubeFixtures.FACILITATOR, g.group(), BusinessType.TRADE,
                "Warung sembako", day, null);
        fixtures.activities().changeStatus(KubeFixtures.FACILITATOR, stopped.id(), ActivityStatus.STOPPED,
                day.plusMonths(1), "Sepi pembeli");
        fixtures.activities().start(KubeFixtures.FACILITATOR, g.group(), BusinessType.TAILORING, "Jahit seragam",
                day.plusMonths(1), "Pesanan sekolah");
        fixtures.activities().start(KubeFixtures.FACILITATOR, g.otherGroup(), BusinessType.CRAFTS, "Anyaman", day, null);

        TestUsers.signIn(g.facilitator());
        assertThat(reader.activities(g.group())).extracting(BusinessActivity::name, BusinessActivity::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Jahit seragam", ActivityStatus.RUNNING),
                        org.assertj.core.groups.Tuple.tuple("Warung sembako", ActivityStatus.STOPPED));
        TestUsers.signIn(g.treasurer());
        assertThat(reader.activities(g.group())).hasSize(2);
        TestUsers.signIn(g.districtOfficer());
        assertThat(reader.activities(g.otherGroup())).extracting(BusinessActivity::name).containsExactly("Anyaman");

        for (var outsider : new id.kube.admin.security.KubeUser[] {g.otherFacilitator(), g.otherTreasurer(),
                g.farOfficer()}) {
            TestUsers.signIn(outsider);
            assertThatThrownBy(() -> reader.activities(g.group())).isInstanceOf(GroupAccessDeniedException.class);
        }
    }
}
