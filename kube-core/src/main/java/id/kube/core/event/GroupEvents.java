package id.kube.core.event;

import static id.kube.core.persistence.jooq.Tables.BCP_CHECKLIST;
import static id.kube.core.persistence.jooq.Tables.COMMUNITY_CONTRIBUTION;
import static id.kube.core.persistence.jooq.Tables.EXTERNAL_SUPPORT;
import static id.kube.core.persistence.jooq.Tables.PARTNERSHIP;
import static id.kube.core.persistence.jooq.Tables.SHOCK_EVENT;
import static id.kube.core.persistence.jooq.Tables.SHOCK_MEMBER;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

import id.kube.core.audit.Actor;
import id.kube.core.group.GroupId;
import id.kube.core.member.MemberId;
import id.kube.core.money.Rupiah;

/**
 * Records a group's partnerships, external support, community contributions, shocks and BCP checklists, and
 * reads them back as known at the end of any past day (WIB).
 *
 * <p>Rules: value dates may not lie in the future; support that came through a partnership must name one of
 * the group's partnerships that had started by then; members hit by a shock must have been members on the
 * shock's date; help for a member is recorded once; a partnership ends once and not before it started; one BCP
 * checklist per group and date. Ends of partnerships and help given later keep the moment they were recorded,
 * so an as-of read never sees what nobody knew then. Refusals are {@link EventException}s with a named reason
 * and a message in Bahasa Indonesia.
 */
public final class GroupEvents {

    private final DSLContext dsl;
    private final Clock clock;

    public GroupEvents(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** A partnership as known on a date: ended on {@code endedOn}, or still active (null). */
    public record KnownPartnership(UUID id, Partnership partnership, @Nullable LocalDate endedOn) {
        public boolean activeOn(LocalDate date) {
            return !partnership.startedOn().isAfter(date) && (endedOn == null || endedOn.isAfter(date));
        }
    }

    /** A shock as known on a date, with each member's help as known then. */
    public record KnownShock(UUID id, ShockEvent shock) {
    }

    // ---- partnerships

    public UUID startPartnership(Actor actor, Partnership p) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            GroupFacts.groupExists(tx, p.group());
            GroupFacts.notInFuture(clock, p.startedOn(), "mulai kemitraan");
            UUID id = UUID.randomUUID();
            tx.insertInto(PARTNERSHIP)
                    .set(PARTNERSHIP.ID, id)
                    .set(PARTNERSHIP.GROUP_ID, p.group().value())
                    .set(PARTNERSHIP.PARTNER_TYPE, p.type().name())
                    .set(PARTNERSHIP.PARTNER_NAME, p.partnerName())
                    .set(PARTNERSHIP.STARTED_ON, p.startedOn())
                    .set(PARTNERSHIP.DESCRIPTION, p.description())
                    .set(PARTNERSHIP.RECORDED_AT, GroupFacts.now(clock))
                    .set(PARTNERSHIP.RECORDED_BY, actor.name())
                    .execute();
            return id;
        });
    }

    public void endPartnership(Actor actor, UUID partnership, LocalDate endedOn) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            var row = tx.selectFrom(PARTNERSHIP).where(PARTNERSHIP.ID.eq(partnership)).forUpdate().fetchOptional()
                    .orElseThrow(() -> new EventException(EventException.Reason.UNKNOWN_PARTNERSHIP,
                            "Kemitraan tidak ditemukan"));
            if (row.getEndedOn() != null) {
                throw new EventException(EventException.Reason.PARTNERSHIP_ENDED,
                        "Kemitraan ini sudah berakhir pada " + row.getEndedOn());
            }
            GroupFacts.notInFuture(clock, endedOn, "akhir kemitraan");
            EventException.check(!endedOn.isBefore(row.getStartedOn()),
                    "Kemitraan tidak dapat berakhir (" + endedOn + ") sebelum dimulai (" + row.getStartedOn() + ")");
            tx.update(PARTNERSHIP)
                    .set(PARTNERSHIP.ENDED_ON, endedOn)
                    .set(PARTNERSHIP.END_RECORDED_AT, GroupFacts.now(clock))
                    .set(PARTNERSHIP.END_RECORDED_BY, actor.name())
                    .where(PARTNERSHIP.ID.eq(partnership))
                    .execute();
        });
    }

    /** Partnerships started on or before {@code asOf} as known at the end of that day, oldest first. */
    public List<KnownPartnership> partnershipsAsOf(GroupId group, LocalDate asOf) {
        OffsetDateTime known = GroupFacts.knownBy(asOf);
        return dsl.selectFrom(PARTNERSHIP)
                .where(PARTNERSHIP.GROUP_ID.eq(group.value()), PARTNERSHIP.STARTED_ON.le(asOf),
                        PARTNERSHIP.RECORDED_AT.lt(known))
                .orderBy(PARTNERSHIP.STARTED_ON, PARTNERSHIP.RECORDED_AT)
                .fetch(r -> new KnownPartnership(r.getId(), new Partnership(group,
                        PartnerType.valueOf(r.getPartnerType()), r.getPartnerName(), r.getStartedOn(),
                        r.getDescription()), r.getEndedOn() != null && !r.getEndedOn().isAfter(asOf)
                        && r.getEndRecordedAt().isBefore(known) ? r.getEndedOn() : null));
    }

    // ---- external support and community contributions

    public UUID recordExternalSupport(Actor actor, ExternalSupport s) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            GroupFacts.groupExists(tx, s.group());
            GroupFacts.notInFuture(clock, s.receivedOn(), "dukungan diterima");
            if (s.partnership() != null && !tx.fetchExists(PARTNERSHIP, PARTNERSHIP.ID.eq(s.partnership()),
                    PARTNERSHIP.GROUP_ID.eq(s.group().value()), PARTNERSHIP.STARTED_ON.le(s.receivedOn()))) {
                throw new EventException(EventException.Reason.UNKNOWN_PARTNERSHIP,
                        "Kemitraan yang disebut bukan milik kelompok ini atau belum dimulai pada " + s.receivedOn());
            }
            UUID id = UUID.randomUUID();
            tx.insertInto(EXTERNAL_SUPPORT)
                    .set(EXTERNAL_SUPPORT.ID, id)
                    .set(EXTERNAL_SUPPORT.GROUP_ID, s.group().value())
                    .set(EXTERNAL_SUPPORT.PARTNERSHIP_ID, s.partnership())
                    .set(EXTERNAL_SUPPORT.SOURCE_TYPE, s.source().name())
                    .set(EXTERNAL_SUPPORT.SOURCE_NAME, s.sourceName())
                    .set(EXTERNAL_SUPPORT.RECEIVED_ON, s.receivedOn())
                    .set(EXTERNAL_SUPPORT.IN_KIND, s.inKind())
                    .set(EXTERNAL_SUPPORT.VALUE_RUPIAH, s.valueRupiah())
                    .set(EXTERNAL_SUPPORT.DESCRIPTION, s.description())
                    .set(EXTERNAL_SUPPORT.RECORDED_AT, GroupFacts.now(clock))
                    .set(EXTERNAL_SUPPORT.RECORDED_BY, actor.name())
                    .execute();
            return id;
        });
    }

    /** External support received on or before {@code asOf} and recorded by the end of that day, oldest first. */
    public List<ExternalSupport> externalSupportAsOf(GroupId group, LocalDate asOf) {
        return dsl.selectFrom(EXTERNAL_SUPPORT)
                .where(EXTERNAL_SUPPORT.GROUP_ID.eq(group.value()), EXTERNAL_SUPPORT.RECEIVED_ON.le(asOf),
                        EXTERNAL_SUPPORT.RECORDED_AT.lt(GroupFacts.knownBy(asOf)))
                .orderBy(EXTERNAL_SUPPORT.RECEIVED_ON, EXTERNAL_SUPPORT.RECORDED_AT)
                .fetch(r -> new ExternalSupport(group, r.getPartnershipId(), SupportSource.valueOf(r.getSourceType()),
                        r.getSourceName(), r.getReceivedOn(), r.getInKind(), Rupiah.of(r.getValueRupiah()),
                        r.getDescription()));
    }

    public UUID recordCommunityContribution(Actor actor, CommunityContribution c) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            GroupFacts.groupExists(tx, c.group());
            GroupFacts.notInFuture(clock, c.contributedOn(), "kontribusi");
            UUID id = UUID.randomUUID();
            tx.insertInto(COMMUNITY_CONTRIBUTION)
                    .set(COMMUNITY_CONTRIBUTION.ID, id)
                    .set(COMMUNITY_CONTRIBUTION.GROUP_ID, c.group().value())
                    .set(COMMUNITY_CONTRIBUTION.CONTRIBUTED_ON, c.contributedOn())
                    .set(COMMUNITY_CONTRIBUTION.DESCRIPTION, c.description())
                    .set(COMMUNITY_CONTRIBUTION.VALUE_RUPIAH, c.value() == null ? null : Rupiah.toLong(c.value()))
                    .set(COMMUNITY_CONTRIBUTION.NON_MEMBER_PARTICIPANTS, c.nonMemberParticipants())
                    .set(COMMUNITY_CONTRIBUTION.RECORDED_AT, GroupFacts.now(clock))
                    .set(COMMUNITY_CONTRIBUTION.RECORDED_BY, actor.name())
                    .execute();
            return id;
        });
    }

    public List<CommunityContribution> communityContributionsAsOf(GroupId group, LocalDate asOf) {
        return dsl.selectFrom(COMMUNITY_CONTRIBUTION)
                .where(COMMUNITY_CONTRIBUTION.GROUP_ID.eq(group.value()), COMMUNITY_CONTRIBUTION.CONTRIBUTED_ON.le(asOf),
                        COMMUNITY_CONTRIBUTION.RECORDED_AT.lt(GroupFacts.knownBy(asOf)))
                .orderBy(COMMUNITY_CONTRIBUTION.CONTRIBUTED_ON, COMMUNITY_CONTRIBUTION.RECORDED_AT)
                .fetch(r -> new CommunityContribution(group, r.getContributedOn(), r.getDescription(),
                        r.getValueRupiah() == null ? null : Rupiah.of(r.getValueRupiah()),
                        r.getNonMemberParticipants()));
    }

    // ---- shocks

    public UUID recordShock(Actor actor, ShockEvent s) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            GroupFacts.groupExists(tx, s.group());
            GroupFacts.notInFuture(clock, s.occurredOn(), "kejadian");
            GroupFacts.membersOn(tx, s.group(), s.membersHit().stream().map(ShockEvent.MemberHit::member).toList(),
                    s.occurredOn());
            for (var h : s.membersHit()) {
                if (h.helpedOn() != null) {
                    GroupFacts.notInFuture(clock, h.helpedOn(), "bantuan");
                }
            }
            UUID id = UUID.randomUUID();
            OffsetDateTime now = GroupFacts.now(clock);
            tx.insertInto(SHOCK_EVENT)
                    .set(SHOCK_EVENT.ID, id)
                    .set(SHOCK_EVENT.GROUP_ID, s.group().value())
                    .set(SHOCK_EVENT.OCCURRED_ON, s.occurredOn())
                    .set(SHOCK_EVENT.KIND, s.kind().name())
                    .set(SHOCK_EVENT.DESCRIPTION, s.description())
                    .set(SHOCK_EVENT.COPING, s.coping())
                    .set(SHOCK_EVENT.RECORDED_AT, now)
                    .set(SHOCK_EVENT.RECORDED_BY, actor.name())
                    .execute();
            for (var h : s.membersHit()) {
                boolean helped = h.helpedOn() != null;
                tx.insertInto(SHOCK_MEMBER)
                        .set(SHOCK_MEMBER.SHOCK_ID, id)
                        .set(SHOCK_MEMBER.MEMBER_ID, h.member().value())
                        .set(SHOCK_MEMBER.HELPED_ON, h.helpedOn())
                        .set(SHOCK_MEMBER.HELP_KIND, h.help() == null ? null : h.help().name())
                        .set(SHOCK_MEMBER.RECORDED_AT, now)
                        .set(SHOCK_MEMBER.HELP_RECORDED_AT, helped ? now : null)
                        .set(SHOCK_MEMBER.HELP_RECORDED_BY, helped ? actor.name() : null)
                        .execute();
            }
            return id;
        });
    }

    /** Records help given later to a member hit by a shock (once per member). */
    public void recordHelp(Actor actor, UUID shock, MemberId member, LocalDate helpedOn, HelpKind help) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            var event = tx.selectFrom(SHOCK_EVENT).where(SHOCK_EVENT.ID.eq(shock)).fetchOptional()
                    .orElseThrow(() -> new EventException(EventException.Reason.UNKNOWN_SHOCK, "Kejadian tidak ditemukan"));
            var row = tx.selectFrom(SHOCK_MEMBER)
                    .where(SHOCK_MEMBER.SHOCK_ID.eq(shock), SHOCK_MEMBER.MEMBER_ID.eq(member.value()))
                    .forUpdate().fetchOptional()
                    .orElseThrow(() -> new EventException(EventException.Reason.MEMBER_NOT_IN_GROUP,
                            "Anggota ini tidak tercatat terdampak kejadian tersebut"));
            if (row.getHelpedOn() != null) {
                throw new EventException(EventException.Reason.ALREADY_HELPED,
                        "Bantuan untuk anggota ini sudah dicatat pada " + row.getHelpedOn());
            }
            GroupFacts.notInFuture(clock, helpedOn, "bantuan");
            EventException.check(!helpedOn.isBefore(event.getOccurredOn()),
                    "Bantuan (" + helpedOn + ") tidak dapat mendahului kejadian (" + event.getOccurredOn() + ")");
            tx.update(SHOCK_MEMBER)
                    .set(SHOCK_MEMBER.HELPED_ON, helpedOn)
                    .set(SHOCK_MEMBER.HELP_KIND, help.name())
                    .set(SHOCK_MEMBER.HELP_RECORDED_AT, GroupFacts.now(clock))
                    .set(SHOCK_MEMBER.HELP_RECORDED_BY, actor.name())
                    .where(SHOCK_MEMBER.SHOCK_ID.eq(shock), SHOCK_MEMBER.MEMBER_ID.eq(member.value()))
                    .execute();
        });
    }

    /** Shocks that occurred on or before {@code asOf}, with help as known at the end of that day. */
    public List<KnownShock> shocksAsOf(GroupId group, LocalDate asOf) {
        OffsetDateTime known = GroupFacts.knownBy(asOf);
        var events = dsl.selectFrom(SHOCK_EVENT)
                .where(SHOCK_EVENT.GROUP_ID.eq(group.value()), SHOCK_EVENT.OCCURRED_ON.le(asOf),
                        SHOCK_EVENT.RECORDED_AT.lt(known))
                .orderBy(SHOCK_EVENT.OCCURRED_ON, SHOCK_EVENT.RECORDED_AT).fetch();
        return events.stream().map(e -> {
            List<ShockEvent.MemberHit> hit = dsl.selectFrom(SHOCK_MEMBER).where(SHOCK_MEMBER.SHOCK_ID.eq(e.getId()))
                    .orderBy(SHOCK_MEMBER.MEMBER_ID)
                    .fetch(m -> {
                        boolean helpKnown = m.getHelpedOn() != null && !m.getHelpedOn().isAfter(asOf)
                                && m.getHelpRecordedAt().isBefore(known);
                        return new ShockEvent.MemberHit(new MemberId(m.getMemberId()),
                                helpKnown ? m.getHelpedOn() : null, helpKnown ? HelpKind.valueOf(m.getHelpKind()) : null);
                    });
            return new KnownShock(e.getId(), new ShockEvent(group, e.getOccurredOn(), ShockKind.valueOf(e.getKind()),
                    e.getDescription(), e.getCoping(), hit));
        }).toList();
    }

    // ---- business continuity

    public void recordBcp(Actor actor, BcpChecklist b) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            GroupFacts.groupExists(tx, b.group());
            GroupFacts.notInFuture(clock, b.assessedOn(), "penilaian BCP");
            if (tx.fetchExists(BCP_CHECKLIST, BCP_CHECKLIST.GROUP_ID.eq(b.group().value()),
                    BCP_CHECKLIST.ASSESSED_ON.eq(b.assessedOn()))) {
                throw new EventException(EventException.Reason.ALREADY_RECORDED,
                        "Daftar periksa BCP kelompok ini pada " + b.assessedOn() + " sudah dicatat");
            }
            tx.insertInto(BCP_CHECKLIST)
                    .set(BCP_CHECKLIST.GROUP_ID, b.group().value())
                    .set(BCP_CHECKLIST.ASSESSED_ON, b.assessedOn())
                    .set(BCP_CHECKLIST.RECORDS_BACKUP, b.recordsBackup())
                    .set(BCP_CHECKLIST.ALTERNATIVE_SUPPLIERS, b.alternativeSuppliers())
                    .set(BCP_CHECKLIST.ALTERNATIVE_MARKETS, b.alternativeMarkets())
                    .set(BCP_CHECKLIST.EMERGENCY_FUND, b.emergencyFund())
                    .set(BCP_CHECKLIST.EMERGENCY_FUND_RUPIAH, Rupiah.toLong(b.emergencyFundAmount()))
                    .set(BCP_CHECKLIST.RECORDED_AT, GroupFacts.now(clock))
                    .set(BCP_CHECKLIST.RECORDED_BY, actor.name())
                    .execute();
        });
    }

    /** The latest BCP checklist assessed on or before {@code asOf} and recorded by then. */
    public Optional<BcpChecklist> bcpAsOf(GroupId group, LocalDate asOf) {
        return dsl.selectFrom(BCP_CHECKLIST)
                .where(BCP_CHECKLIST.GROUP_ID.eq(group.value()), BCP_CHECKLIST.ASSESSED_ON.le(asOf),
                        BCP_CHECKLIST.RECORDED_AT.lt(GroupFacts.knownBy(asOf)))
                .orderBy(BCP_CHECKLIST.ASSESSED_ON.desc()).limit(1)
                .fetchOptional(r -> new BcpChecklist(group, r.getAssessedOn(), r.getRecordsBackup(),
                        r.getAlternativeSuppliers(), r.getAlternativeMarkets(), r.getEmergencyFund(),
                        Rupiah.of(r.getEmergencyFundRupiah())));
    }
}
