package id.kube.admin.groupsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import id.kube.admin.security.GroupAccessDeniedException;
import id.kube.admin.security.KubeUser;
import id.kube.admin.support.AdminApplicationTest;
import id.kube.admin.support.TestUsers;
import id.kube.admin.support.TwoFacilitatedGroups;
import id.kube.core.event.EventException;
import id.kube.core.event.HelpKind;
import id.kube.core.event.Partnership;
import id.kube.core.event.PartnerType;
import id.kube.core.event.ShockEvent;
import id.kube.core.event.ShockKind;
import id.kube.core.member.Member;
import id.kube.core.support.Agency;
import id.kube.core.support.BasicService;
import id.kube.core.support.Referral;
import id.kube.core.support.SupportException;
import id.kube.core.support.SupportKind;
import id.kube.core.support.SupportReceived;
import id.kube.testing.KubeFixtures;

/**
 * The facilitator's data entry behind the "Data pendampingan" tab: the group's facilitator (and the district
 * officer) write through kube-core, kube-core's refusals come back with their reason, a refused shock leaves
 * nothing behind, and nobody outside the group's scope reads or writes.
 */
class GroupSupportRegisterTest extends AdminApplicationTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    GroupSupportRegister register;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private TwoFacilitatedGroups groups() {
        return TwoFacilitatedGroups.create(KubeFixtures.core(dsl), "Dukungan");
    }

    private List<Member> members(TwoFacilitatedGroups g, boolean other) {
        return KubeFixtures.core(dsl).members().activeMembers(other ? g.otherGroup() : g.group());
    }

    private SupportReceived training(TwoFacilitatedGroups g, Set<id.kube.core.member.MemberId> participants) {
        LocalDate day = LocalDate.now(clock).minusDays(7);
        return new SupportReceived(g.group(), SupportKind.TRAINING, "DIGITAL_MARKETING", Agency.COMMUNICATIONS,
                "Diskominfo Gianyar", day, day.plusDays(1), null, participants);
    }

    @Test
    void theFacilitatorRecordsATrainingAndAShockWithHelpAndSeesThemOnRecord() {
        TwoFacilitatedGroups g = groups();
        List<Member> members = members(g, false);
        LocalDate today = LocalDate.now(clock);
        TestUsers.signIn(g.facilitator());
        assertThat(register.mayWrite(g.group())).isTrue();

        register.recordSupport(training(g, Set.of(members.get(0).id(), members.get(1).id())));
        UUID shock = register.recordShock(new ShockEvent(g.group(), today.minusDays(20), ShockKind.DISASTER,
                "Banjir merendam warung", "Dagangan dipindah ke rumah ketua",
                List.of(new ShockEvent.MemberHit(members.get(2).id(), today.minusDays(15), HelpKind.IKS),
                        ShockEvent.MemberHit.notYetHelped(members.get(3).id()))));
        register.recordHelp(g.group(), shock, members.get(3).id(), today.minusDays(10), HelpKind.LOAN);

        GroupSupportRegister.Snapshot on = register.read(g.group());
        assertThat(on.support()).singleElement().satisfies(s -> {
            assertThat(s.support().topic()).isEqualTo("DIGITAL_MARKETING");
            assertThat(s.support().participants()).hasSize(2);
            assertThat(s.recordedBy()).isEqualTo(g.facilitator().username());
        });
        assertThat(on.shocks()).singleElement().satisfies(k -> assertThat(k.shock().membersHit())
                .extracting(ShockEvent.MemberHit::help).containsExactlyInAnyOrder(HelpKind.IKS, HelpKind.LOAN));

        TestUsers.signIn(g.treasurer());
        assertThat(register.read(g.group()).support()).hasSize(1);
        assertThat(register.mayWrite(g.group())).isFalse();
    }

    @Test
    void aRefusedShockLeavesNothingAndRefusalsKeepTheirReasons() {
        TwoFacilitatedGroups g = groups();
        Member ours = members(g, false).getFirst();
        Member theirs = members(g, true).getFirst();
        LocalDate today = LocalDate.now(clock);
        TestUsers.signIn(g.facilitator());

        assertThatThrownBy(() -> register.recordShock(new ShockEvent(g.group(), today.minusDays(3), ShockKind.FIRE,
                "Kebakaran dapur", "Dibantu IKS", List.of(ShockEvent.MemberHit.notYetHelped(ours.id()),
                ShockEvent.MemberHit.notYetHelped(theirs.id())))))
                .isInstanceOfSatisfying(EventException.class,
                        e -> assertThat(e.reason()).isEqualTo(EventException.Reason.MEMBER_NOT_IN_GROUP));
        assertThat(register.read(g.group()).shocks()).isEmpty();

        assertThatThrownBy(() -> register.recordSupport(training(g, Set.of(theirs.id()))))
                .isInstanceOfSatisfying(SupportException.class,
                        e -> assertThat(e.reason()).isEqualTo(SupportException.Reason.MEMBER_NOT_IN_GROUP));
        assertThat(register.read(g.group()).support()).isEmpty();

        // a referral of another group cannot be completed through this group's page
        TestUsers.signIn(g.otherFacilitator());
        UUID otherReferral = register.refer(new Referral(g.otherGroup(), theirs.id(), BasicService.JKN,
                today.minusDays(2)));
        TestUsers.signIn(g.facilitator());
        assertThatThrownBy(() -> register.completeReferral(g.group(), otherReferral, today))
                .isInstanceOfSatisfying(GroupSupportException.class,
                        e -> assertThat(e.reason()).isEqualTo(GroupSupportException.Reason.NOT_THIS_GROUP));
    }

    @Test
    void theDistrictOfficerWritesButOnlyTheFacilitatorWritesASwot() {
        TwoFacilitatedGroups g = groups();
        LocalDate today = LocalDate.now(clock);
        TestUsers.signIn(g.districtOfficer());
        register.startPartnership(new Partnership(g.group(), PartnerType.BUYER, "Toko Oleh-oleh Ubud",
                today.minusDays(30), "Membeli 200 bungkus kerupuk sebulan"));
        assertThat(register.read(g.group()).partnerships()).hasSize(1);
        assertThatThrownBy(() -> register.recordSwot(g.group(), today, "Rajin", "Modal kecil", "Pasar wisata",
                "Pesaing")).isInstanceOfSatisfying(GroupSupportException.class,
                e -> assertThat(e.reason()).isEqualTo(GroupSupportException.Reason.WRONG_ROLE));
        TestUsers.signIn(g.facilitator());
        register.recordSwot(g.group(), today, "Rajin", "Modal kecil", "Pasar wisata", "Pesaing");
        assertThat(register.read(g.group()).swot()).hasValueSatisfying(
                s -> assertThat(s.swot().facilitator()).isEqualTo(g.facilitator().facilitator()));
    }

    @Test
    void anotherGroupsFacilitatorOrTreasurerNeitherReadsNorWrites() {
        TwoFacilitatedGroups g = groups();
        Member ours = members(g, false).getFirst();
        for (KubeUser outsider : new KubeUser[] {g.otherFacilitator(), g.otherTreasurer(), g.farOfficer()}) {
            TestUsers.signIn(outsider);
            assertThat(register.mayWrite(g.group())).isFalse();
            assertThatThrownBy(() -> register.read(g.group())).isInstanceOf(GroupAccessDeniedException.class);
            assertThatThrownBy(() -> register.members(g.group())).isInstanceOf(GroupAccessDeniedException.class);
            assertThatThrownBy(() -> register.recordSupport(training(g, Set.of(ours.id()))))
                    .isInstanceOf(GroupAccessDeniedException.class);
        }
        TestUsers.signIn(g.treasurer());
        assertThatThrownBy(() -> register.recordSupport(training(g, Set.of(ours.id()))))
                .isInstanceOfSatisfying(GroupSupportException.class,
                        e -> assertThat(e.reason()).isEqualTo(GroupSupportException.Reason.WRONG_ROLE));
        TestUsers.signIn(g.facilitator());
        assertThat(register.read(g.group()).support()).isEmpty();
    }
}
