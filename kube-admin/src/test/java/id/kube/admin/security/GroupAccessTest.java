package id.kube.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kube.core.group.GroupId;

class GroupAccessTest {

    private static final GroupId OWN = new GroupId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    private static final GroupId OTHER = new GroupId(UUID.fromString("00000000-0000-0000-0000-000000000002"));

    @ParameterizedTest(name = "{0} may see a group in {1}: {2}")
    @CsvSource(textBlock = """
            32.73, 32.73,          true
            32.73, 32.73.01,       true
            32.73, 32.73.01.1001,  true
            32.73, 32.7,           false
            32.73, 32.731,         false
            32.73, 32.04,          false
            32.73, 33.73,          false
            32,    32.73.01,       true
            """)
    void aDistrictOfficerSeesTheirRegionAndEverythingBelowIt(String officerRegion, String groupRegion, boolean visible) {
        assertThat(GroupAccess.maySee(new GroupScope.GroupsInRegion(officerRegion), OTHER, Optional.of(groupRegion)))
                .isEqualTo(visible);
    }

    @Test
    void aTreasurerSeesOnlyTheirOwnGroup() {
        KubeUser treasurer = new KubeUser("bendahara", "Bendahara", Role.TREASURER, OWN, null, Set.of());
        assertThat(GroupAccess.maySee(treasurer.scope(), OWN, Optional.of("32.73"))).isTrue();
        assertThat(GroupAccess.maySee(treasurer.scope(), OTHER, Optional.of("32.73"))).isFalse();
    }

    @Test
    void aFacilitatorSeesTheAssignedGroupsOnly() {
        KubeUser facilitator = new KubeUser("pendamping", "P", Role.FACILITATOR, null, null, Set.of(OWN));
        assertThat(GroupAccess.maySee(facilitator.scope(), OWN, Optional.empty())).isTrue();
        assertThat(GroupAccess.maySee(facilitator.scope(), OTHER, Optional.empty())).isFalse();
    }

    @Test
    void researchersAndAdminsSeeNoIndividualGroupAndTheMinistrySeesAll() {
        for (Role role : new Role[] {Role.RESEARCHER, Role.ADMIN}) {
            KubeUser user = new KubeUser("u", "U", role, null, null, Set.of());
            assertThat(GroupAccess.maySee(user.scope(), OWN, Optional.of("32.73"))).as(role.name()).isFalse();
        }
        KubeUser ministry = new KubeUser("k", "K", Role.MINISTRY, null, null, Set.of());
        assertThat(GroupAccess.maySee(ministry.scope(), OTHER, Optional.empty())).isTrue();
    }

    @Test
    void theQueryConditionNarrowsByScope() {
        Field<UUID> groupId = DSL.field(DSL.name("g", "id"), UUID.class);
        Field<String> region = DSL.field(DSL.name("g", "region_code"), String.class);
        var dsl = DSL.using(SQLDialect.POSTGRES);

        assertThat(dsl.renderInlined(GroupAccess.condition(new GroupScope.AllGroups(), groupId, region)))
                .isEqualTo("true");
        assertThat(dsl.renderInlined(GroupAccess.condition(new GroupScope.NoIndividualGroups(), groupId, region)))
                .isEqualTo("false");
        assertThat(dsl.renderInlined(GroupAccess.condition(new GroupScope.AssignedGroups(Set.of()), groupId, region)))
                .isEqualTo("false");
        assertThat(dsl.renderInlined(GroupAccess.condition(new GroupScope.AssignedGroups(Set.of(OWN)), groupId, region)))
                .isEqualTo("\"g\".\"id\" in (cast('00000000-0000-0000-0000-000000000001' as uuid))");
        assertThat(dsl.renderInlined(GroupAccess.condition(new GroupScope.GroupsInRegion("32.73"), groupId, region)))
                .contains("\"g\".\"region_code\" = '32.73'").contains("'32.73.'");
    }

    @Test
    void aMalformedRegionCodeIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new GroupScope.GroupsInRegion("32.73'; --"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kode wilayah tidak sah");
    }
}
