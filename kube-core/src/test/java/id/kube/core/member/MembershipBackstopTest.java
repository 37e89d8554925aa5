package id.kube.core.member;

import static id.kube.core.persistence.jooq.Tables.MEMBER;
import static id.kube.testing.KubeFixtures.MAS_UBUD;
import static id.kube.testing.KubeFixtures.TODAY;
import static id.kube.testing.KubeFixtures.TREASURER;
import static id.kube.testing.KubeFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import id.kube.core.KubeCore;
import id.kube.core.group.GroupId;
import id.kube.testing.KubeFixtures;
import id.kube.testing.TestDatabase;

/**
 * A writer that bypasses the service's locks (another tool, a hand-made script) still cannot make a NIK active
 * in two groups: the service's insert waits on the unique index, loses, and reports the other group by name.
 */
@TestDatabase
class MembershipBackstopTest {

    @Test
    void theUniqueIndexDecidesARaceTheServiceCouldNotSeeAndTheLoserGetsTheNamedError(DSLContext dsl,
            DataSource dataSource) throws Exception {
        KubeCore core = KubeFixtures.core(dsl);
        int n = KubeFixtures.freshPeople(1);
        GroupId old = KubeFixtures.formingGroup(core, "Lama", 0);
        GroupId rogue = KubeFixtures.formingGroup(core, "Jalur Belakang", 0);
        GroupId wanted = KubeFixtures.formingGroup(core, "Lewat Layanan", 0);
        Member earlier = core.members().addMember(TREASURER, old, person(n, MAS_UBUD), TODAY.minusMonths(2)).member();
        core.members().leave(TREASURER, earlier.id(), TODAY.minusMonths(1), "Keluar");
        var template = dsl.selectFrom(MEMBER).where(MEMBER.ID.eq(earlier.id().value())).fetchSingle();

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            DSLContext bypass = DSL.using(connection, SQLDialect.POSTGRES);
            bypass.insertInto(MEMBER)
                    .set(MEMBER.ID, UUID.randomUUID()).set(MEMBER.GROUP_ID, rogue.value())
                    .set(MEMBER.PERSON_ID, template.getPersonId()).set(MEMBER.NIK_HASH, template.getNikHash())
                    .set(MEMBER.FAMILY_CARD_HASH, template.getFamilyCardHash()).set(MEMBER.ROLE, "MEMBER")
                    .set(MEMBER.JOINED_ON, TODAY).set(MEMBER.CREATED_AT, OffsetDateTime.now())
                    .set(MEMBER.CREATED_BY, "skrip").set(MEMBER.UPDATED_AT, OffsetDateTime.now())
                    .set(MEMBER.UPDATED_BY, "skrip").execute();

            CompletableFuture<MemberRegistration> viaService = CompletableFuture.supplyAsync(
                    () -> core.members().addMember(TREASURER, wanted, person(n, MAS_UBUD), TODAY));
            Thread.sleep(500); // the service's insert is now waiting on the uncommitted index entry
            assertThat(viaService).isNotDone();
            connection.commit();

            assertThatThrownBy(() -> viaService.get(30, TimeUnit.SECONDS))
                    .cause()
                    .isInstanceOf(MemberRuleException.class)
                    .hasMessageContaining("masih anggota aktif KUBE Jalur Belakang")
                    .extracting(e -> ((MemberRuleException) e).reason())
                    .isEqualTo(MemberRuleException.Reason.NIK_ACTIVE_IN_OTHER_GROUP);
        }
        assertThat(core.members().activeMembers(wanted)).isEmpty();
    }
}
