package id.kube.admin.entry;

import static id.kube.ledger.persistence.jooq.Tables.ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import id.kube.admin.entry.ContributionPostings.Contribution;
import id.kube.admin.security.GroupAccessDeniedException;
import id.kube.admin.security.KubeUser;
import id.kube.admin.security.Role;
import id.kube.admin.support.AdminApplicationTest;
import id.kube.admin.support.TestUsers;
import id.kube.core.KubeCore;
import id.kube.core.group.GroupId;
import id.kube.core.member.MemberId;
import id.kube.testing.KubeFixtures;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContributionPostingsTest extends AdminApplicationTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    ContributionPostings postings;
    @Autowired
    Clock clock;

    private GroupId own;
    private GroupId other;
    private MemberId ownMember;
    private MemberId otherMember;

    @BeforeAll
    void twoGroups() {
        KubeCore core = KubeFixtures.core(dsl);
        own = KubeFixtures.activeGroup(core, "Iuran Sendiri " + UUID.randomUUID(), 10);
        other = KubeFixtures.activeGroup(core, "Iuran Lain " + UUID.randomUUID(), 10);
        ownMember = core.members().activeMembers(own).getFirst().id();
        otherMember = core.members().activeMembers(other).getFirst().id();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signInAsTreasurerOf(GroupId group) {
        TestUsers.signIn(new KubeUser("bendahara.uji", "Bendahara Uji", Role.TREASURER, group, null, null));
    }

    private int entriesOf(GroupId group) {
        return dsl.fetchCount(ENTRY, ENTRY.GROUP_ID.eq(group.value()));
    }

    @Test
    void aContributionIsPostedOnceWhateverTheNumberOfSubmits() {
        signInAsTreasurerOf(own);
        int before = entriesOf(own);
        Contribution contribution = new Contribution(own, ownMember, 1_250_000, LocalDate.now(clock), "form-" + UUID.randomUUID());

        Receipt first = postings.post(contribution);
        Receipt again = postings.post(contribution);

        assertThat(first.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.entryNo()).isEqualTo(first.entryNo());
        assertThat(entriesOf(own)).isEqualTo(before + 1);
        assertThat(first.amountInFigures()).isEqualTo("Rp1.250.000");
        assertThat(first.amountInWords()).isEqualTo("satu juta dua ratus lima puluh ribu rupiah");
    }

    @Test
    void aTreasurerCannotPostIntoAnotherGroup() {
        signInAsTreasurerOf(own);
        int before = entriesOf(other);
        assertThatThrownBy(() -> postings.post(new Contribution(other, otherMember, 10_000, LocalDate.now(clock),
                "form-" + UUID.randomUUID()))).isInstanceOf(GroupAccessDeniedException.class);
        assertThat(entriesOf(other)).isEqualTo(before);
    }

    @Test
    void aMemberOfAnotherGroupOrAFutureDateIsRefusedAndNothingIsPosted() {
        signInAsTreasurerOf(own);
        int before = entriesOf(own);
        assertThatThrownBy(() -> postings.post(new Contribution(own, otherMember, 10_000, LocalDate.now(clock),
                "form-" + UUID.randomUUID()))).hasMessage("Anggota ini bukan anggota aktif kelompok ini");
        assertThatThrownBy(() -> postings.post(new Contribution(own, ownMember, 10_000,
                LocalDate.now(clock).plusDays(1), "form-" + UUID.randomUUID())))
                .hasMessage("Tanggal setoran tidak boleh di masa depan");
        assertThat(entriesOf(own)).isEqualTo(before);
    }
}
