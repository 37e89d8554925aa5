package id.kube.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import id.kube.core.KubeCore;
import id.kube.core.group.GroupId;
import id.kube.core.group.GroupStatus;

@TestDatabase
class KubeFixturesTest {

    @Test
    void anActiveGroupFixtureHasItsMembersChairAndTreasurer(DSLContext dsl) {
        KubeCore core = KubeFixtures.core(dsl);
        GroupId id = KubeFixtures.activeGroup(core, "Sari Boga", 6, 1);
        assertThat(core.groups().require(id).status()).isEqualTo(GroupStatus.ACTIVE);
        assertThat(core.members().activeMembers(id)).hasSize(6);
    }
}
