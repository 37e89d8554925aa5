package id.kube.admin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import id.kube.admin.dashboard.DashboardQuery;
import id.kube.admin.group.GroupDirectory;
import id.kube.admin.group.GroupFilter;
import id.kube.admin.group.GroupRow;
import id.kube.admin.support.AdminApplicationTest;
import id.kube.core.KubeCore;
import id.kube.core.facilitator.FacilitatorId;
import id.kube.core.group.GroupId;
import id.kube.core.group.GroupStage;
import id.kube.core.region.RegionCode;
import id.kube.testing.KubeFixtures;

/**
 * The access policy against the real database: each role sees exactly its groups, in the grid, on a group's
 * page and in the dashboard figures. Groups: three in Kab. Gianyar (51.04), one in Kab. Lombok Barat (52.01).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupAccessTest extends AdminApplicationTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    GroupAccess access;
    @Autowired
    GroupDirectory directory;
    @Autowired
    DashboardQuery dashboard;
    @Autowired
    id.kube.admin.dashboard.DashboardSummaries summaries;

    private GroupId ubudA;
    private GroupId ubudB;
    private GroupId sukawati;
    private GroupId lombok;
    private FacilitatorId facilitator;

    @BeforeAll
    void groupsInTwoRegencies() {
        KubeCore core = KubeFixtures.core(dsl);
        String prefix = "Akses " + Instant.now().toEpochMilli() + " ";
        ubudA = register(core, prefix + "Ubud A", KubeFixtures.MAS_UBUD);
        ubudB = register(core, prefix + "Ubud B", KubeFixtures.PELIATAN_UBUD);
        sukawati = register(core, prefix + "Sukawati", KubeFixtures.CELUK_SUKAWATI);
        lombok = register(core, prefix + "Lombok", KubeFixtures.KEDIRI_LOMBOK_BARAT);
        facilitator = core.facilitators().register(KubeFixtures.FACILITATOR, "Pendamping Uji", null).id();
        core.groups().assignFacilitator(KubeFixtures.FACILITATOR, ubudA, facilitator, KubeFixtures.TODAY);
        core.groups().assignFacilitator(KubeFixtures.FACILITATOR, lombok, facilitator, KubeFixtures.TODAY);
        // region dashboards read the per-district rollup, which the refresher extends to new groups within 10 s
        summaries.addMissing(100_000);
    }

    private static GroupId register(KubeCore core, String name, RegionCode village) {
        return core.groups().register(KubeFixtures.TREASURER,
                KubeFixtures.profile(name, village, KubeFixtures.TODAY.minusMonths(3))).id();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signInAs(KubeUser user) {
        KubeUserDetails details = new KubeUserDetails(user, "{noop}x", true, null, Clock.systemUTC());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }

    private List<GroupId> ours(List<GroupRow> rows) {
        List<GroupId> mine = List.of(ubudA, ubudB, sukawati, lombok);
        return rows.stream().map(GroupRow::id).filter(mine::contains).toList();
    }

    private List<GroupId> visibleInGrid() {
        return ours(directory.page(GroupFilter.none(), null, 10_000));
    }

    @Test
    void theMinistrySeesEveryGroup() {
        signInAs(new KubeUser("k", "K", Role.MINISTRY, null, null, null));
        assertThat(visibleInGrid()).containsExactlyInAnyOrder(ubudA, ubudB, sukawati, lombok);
        assertThat(access.maySee(lombok)).isTrue();
    }

    @Test
    void aDistrictOfficerSeesTheGroupsOfTheirRegencyOnly() {
        signInAs(new KubeUser("d", "D", Role.DISTRICT_OFFICER, null, RegionCode.of("51.04"), null));
        assertThat(visibleInGrid()).containsExactlyInAnyOrder(ubudA, ubudB, sukawati);
        assertThat(access.maySee(lombok)).isFalse();
        assertThat(directory.find(lombok)).isEmpty();
    }

    @Test
    void aDistrictOfficerOfADistrictSeesOnlyThatDistrict() {
        signInAs(new KubeUser("d", "D", Role.DISTRICT_OFFICER, null, RegionCode.of("51.04.05"), null));
        assertThat(visibleInGrid()).containsExactlyInAnyOrder(ubudA, ubudB);
    }

    @Test
    void aFacilitatorSeesTheGroupsCurrentlyAssignedToThem() {
        signInAs(new KubeUser("f", "F", Role.FACILITATOR, null, null, facilitator));
        assertThat(visibleInGrid()).containsExactlyInAnyOrder(ubudA, lombok);
        assertThat(access.maySee(ubudB)).isFalse();
    }

    @Test
    void aTreasurerSeesOnlyTheirOwnGroupAndIsRefusedAnotherById() {
        signInAs(new KubeUser("t", "T", Role.TREASURER, ubudB, null, null));
        assertThat(visibleInGrid()).containsExactly(ubudB);
        assertThat(directory.find(ubudB)).isPresent();
        assertThat(directory.find(ubudA)).isEmpty();
        assertThatThrownBy(() -> access.requireVisible(ubudA))
                .isInstanceOf(GroupAccessDeniedException.class)
                .hasMessageContaining("tidak berhak");
    }

    @Test
    void researchersOpenNoSingleGroupButCountAllInAggregates() {
        signInAs(new KubeUser("r", "R", Role.RESEARCHER, null, null, null));
        assertThat(visibleInGrid()).isEmpty();
        assertThat(access.maySee(ubudA)).isFalse();
        long researcherCount = dashboard.figures(null).total().groups();
        signInAs(new KubeUser("k", "K", Role.MINISTRY, null, null, null));
        assertThat(researcherCount).isEqualTo(dashboard.figures(null).total().groups()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void dashboardFiguresFollowTheScope() {
        signInAs(new KubeUser("d", "D", Role.DISTRICT_OFFICER, null, RegionCode.of("52.01"), null));
        var health = dashboard.figures(null).total();
        assertThat(health.groups()).isEqualTo(1);
        assertThat(health.count(GroupStage.TUMBUH)).isEqualTo(1);
        assertThat(health.stimulusCapital()).isEqualTo(20_000_000L);
    }

    @Test
    void keysetPagesWalkEveryVisibleGroupOnceInNameOrder() {
        signInAs(new KubeUser("k", "K", Role.MINISTRY, null, null, null));
        List<GroupRow> all = directory.page(GroupFilter.none(), null, 10_000);
        List<GroupRow> walked = new ArrayList<>();
        GroupDirectory.Cursor cursor = null;
        while (true) {
            List<GroupRow> page = directory.page(GroupFilter.none(), cursor, 2);
            if (page.isEmpty()) {
                break;
            }
            walked.addAll(page);
            GroupRow last = page.getLast();
            cursor = new GroupDirectory.Cursor(last.name(), last.id().value());
        }
        assertThat(walked).containsExactlyElementsOf(all);
        assertThat(directory.pageAt(GroupFilter.none(), 1, 2)).containsExactlyElementsOf(all.subList(1, 3));
    }

    @Test
    void filtersNarrowWithinTheScope() {
        signInAs(new KubeUser("k", "K", Role.MINISTRY, null, null, null));
        assertThat(ours(directory.page(new GroupFilter("ubud", RegionCode.of("51.04"), null, null, null), null, 100)))
                .containsExactlyInAnyOrder(ubudA, ubudB);
        assertThat(ours(directory.page(new GroupFilter("100%_\\", null, null, null, null), null, 100))).isEmpty();
        signInAs(new KubeUser("t", "T", Role.TREASURER, ubudB, null, null));
        assertThat(ours(directory.page(new GroupFilter("Ubud A", null, null, null, null), null, 100))).isEmpty();
    }
}
