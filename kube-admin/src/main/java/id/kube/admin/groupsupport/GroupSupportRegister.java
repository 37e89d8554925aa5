package id.kube.admin.groupsupport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import id.kube.admin.security.GroupAccess;
import id.kube.admin.security.KubeUser;
import id.kube.admin.security.CurrentUser;
import id.kube.admin.security.Role;
import id.kube.core.KubeCore;
import id.kube.core.audit.Actor;
import id.kube.core.event.BcpChecklist;
import id.kube.core.event.CommunityContribution;
import id.kube.core.event.ExternalSupport;
import id.kube.core.event.GroupEvents;
import id.kube.core.event.HelpKind;
import id.kube.core.event.Partnership;
import id.kube.core.event.ShockEvent;
import id.kube.core.group.GroupId;
import id.kube.core.member.Member;
import id.kube.core.member.MemberId;
import id.kube.core.support.DigitalAdoption;
import id.kube.core.support.GroupSupport;
import id.kube.core.support.Referral;
import id.kube.core.support.Referrals;
import id.kube.core.support.SupportReceived;
import id.kube.core.support.SwotAssessment;

/**
 * The facilitator's register of what feeds a group's indicators — support received (trainings, certifications,
 * market access), SWOT, digital adoption, referrals, partnerships, external support, community contributions,
 * shocks and the BCP checklist — written and read through kube-core's services. Every call checks the group
 * against the signed-in user's scope first ({@link GroupAccess#requireVisible}); writing is for the group's
 * facilitator and the district officer of its regency (a SWOT is the facilitator's own assessment, so only a
 * facilitator writes one). kube-core validates every record and writes each in one transaction.
 */
@Service
public class GroupSupportRegister {

    private final GroupAccess access;
    private final CurrentUser currentUser;
    private final KubeCore core;
    private final Clock clock;

    public GroupSupportRegister(GroupAccess access, CurrentUser currentUser, KubeCore core, Clock clock) {
        this.access = access;
        this.currentUser = currentUser;
        this.core = core;
        this.clock = clock;
    }

    /** Everything on record for the group today, newest first where dated. */
    public record Snapshot(List<GroupSupport.RecordedSupport> support, Optional<GroupSupport.RecordedSwot> swot,
                           Optional<DigitalAdoption> digital, List<Referrals.RecordedReferral> referrals,
                           List<GroupEvents.KnownPartnership> partnerships, List<ExternalSupport> externalSupport,
                           List<CommunityContribution> community, List<GroupEvents.KnownShock> shocks,
                           Optional<BcpChecklist> bcp) {
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether the signed-in user may write this group's register (the screen hides the forms otherwise). */
    public boolean mayWrite(GroupId group) {
        Role role = currentUser.require().role();
        return (role == Role.FACILITATOR || role == Role.DISTRICT_OFFICER) && access.maySee(group);
    }

    public Snapshot read(GroupId group) {
        access.requireVisible(group);
        LocalDate today = today();
        GroupSupport support = core.support();
        GroupEvents events = core.events();
        return new Snapshot(
                support.supportAsOf(group, today).stream()
                        .sorted(Comparator.comparing((GroupSupport.RecordedSupport s) -> s.support().startedOn())
                                .reversed()).toList(),
                support.latestSwot(group, today), support.digitalAdoptionAsOf(group, today),
                core.referrals().asOf(group, today).stream()
                        .sorted(Comparator.comparing((Referrals.RecordedReferral r) -> r.referral().referredOn())
                                .reversed()).toList(),
                events.partnershipsAsOf(group, today).stream()
                        .sorted(Comparator.comparing((GroupEvents.KnownPartnership p) -> p.partnership().startedOn())
                                .reversed()).toList(),
                events.externalSupportAsOf(group, today).stream()
                        .sorted(Comparator.comparing(ExternalSupport::receivedOn).reversed()).toList(),
                events.communityContributionsAsOf(group, today).stream()
                        .sorted(Comparator.comparing(CommunityContribution::contributedOn).reversed()).toList(),
                events.shocksAsOf(group, today).stream()
                        .sorted(Comparator.comparing((GroupEvents.KnownShock k) -> k.shock().occurredOn()).reversed())
                        .toList(),
                events.bcpAsOf(group, today));
    }

    /** The group's members, current and former (participants, people hit by a shock, referrals). */
    public List<Member> members(GroupId group) {
        access.requireVisible(group);
        return core.members().membershipHistory(group);
    }

    private Actor writer(GroupId group) {
        access.requireVisible(group);
        KubeUser user = currentUser.require();
        if (user.role() != Role.FACILITATOR && user.role() != Role.DISTRICT_OFFICER) {
            throw new GroupSupportException(GroupSupportException.Reason.WRONG_ROLE,
                    "Hanya pendamping kelompok atau petugas Dinas Sosial yang mencatat data pendampingan");
        }
        return Actor.of(user.username());
    }

    public UUID recordSupport(SupportReceived s) {
        return core.support().recordSupport(writer(s.group()), s);
    }

    /** The signed-in facilitator's SWOT assessment of the group. */
    public UUID recordSwot(GroupId group, LocalDate assessedOn, String strengths, String weaknesses,
                           String opportunities, String threats) {
        Actor actor = writer(group);
        KubeUser user = currentUser.require();
        if (user.role() != Role.FACILITATOR || user.facilitator() == null) {
            throw new GroupSupportException(GroupSupportException.Reason.WRONG_ROLE,
                    "Analisis SWOT dicatat oleh pendamping kelompok sendiri");
        }
        return core.support().recordSwot(actor, new SwotAssessment(group, user.facilitator(), assessedOn, strengths,
                weaknesses, opportunities, threats));
    }

    public void recordDigitalAdoption(DigitalAdoption d) {
        core.support().recordDigitalAdoption(writer(d.group()), d);
    }

    public UUID refer(Referral r) {
        return core.referrals().refer(writer(r.group()), r);
    }

    public void completeReferral(GroupId group, UUID referral, LocalDate completedOn) {
        Actor actor = writer(group);
        if (core.referrals().asOf(group, today()).stream().noneMatch(r -> r.id().equals(referral))) {
            throw notThisGroup();
        }
        core.referrals().complete(actor, referral, completedOn);
    }

    public UUID startPartnership(Partnership p) {
        return core.events().startPartnership(writer(p.group()), p);
    }

    public void endPartnership(GroupId group, UUID partnership, LocalDate endedOn) {
        Actor actor = writer(group);
        if (core.events().partnershipsAsOf(group, today()).stream().noneMatch(p -> p.id().equals(partnership))) {
            throw notThisGroup();
        }
        core.events().endPartnership(actor, partnership, endedOn);
    }

    public UUID recordExternalSupport(ExternalSupport s) {
        return core.events().recordExternalSupport(writer(s.group()), s);
    }

    public UUID recordCommunityContribution(CommunityContribution c) {
        return core.events().recordCommunityContribution(writer(c.group()), c);
    }

    /** A shock with the members it hit and the help already given, in one transaction. */
    public UUID recordShock(ShockEvent s) {
        return core.events().recordShock(writer(s.group()), s);
    }

    public void recordHelp(GroupId group, UUID shock, MemberId member, LocalDate helpedOn, HelpKind help) {
        Actor actor = writer(group);
        if (core.events().shocksAsOf(group, today()).stream().noneMatch(k -> k.id().equals(shock))) {
            throw notThisGroup();
        }
        core.events().recordHelp(actor, shock, member, helpedOn, help);
    }

    public void recordBcp(BcpChecklist b) {
        core.events().recordBcp(writer(b.group()), b);
    }

    private static GroupSupportException notThisGroup() {
        return new GroupSupportException(GroupSupportException.Reason.NOT_THIS_GROUP,
                "Catatan ini bukan milik kelompok ini");
    }
}
