package id.kube.core.support;

import static id.kube.core.persistence.jooq.Tables.DIGITAL_ADOPTION;
import static id.kube.core.persistence.jooq.Tables.FACILITATOR;
import static id.kube.core.persistence.jooq.Tables.SUPPORT_PARTICIPANT;
import static id.kube.core.persistence.jooq.Tables.SUPPORT_RECEIVED;
import static id.kube.core.persistence.jooq.Tables.SWOT_ASSESSMENT;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

import id.kube.core.audit.Actor;
import id.kube.core.facilitator.FacilitatorId;
import id.kube.core.group.GroupId;
import id.kube.core.member.MemberId;

/**
 * Records what a group received and how the facilitator assessed it, and reads it back as known on a date.
 *
 * <ul>
 *   <li>{@link #recordSupport}: a training, certification or market access; the participants must be members
 *   of the group on the start date; the start date may not lie in the future.</li>
 *   <li>{@link #recordSwot}: the facilitator's dated SWOT; the facilitator must exist.</li>
 *   <li>{@link #recordDigitalAdoption}: once per group and date (a later date is a new assessment).</li>
 * </ul>
 * Reads take an as-of date and see only rows recorded by the end of that day (WIB) with a value date on or
 * before it. Refusals are {@link SupportException}s with a named reason and a message in Bahasa Indonesia.
 */
public final class GroupSupport {

    private final DSLContext dsl;
    private final Clock clock;

    public GroupSupport(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public record RecordedSupport(UUID id, SupportReceived support, Instant recordedAt, String recordedBy) {
    }

    public record RecordedSwot(UUID id, SwotAssessment swot, Instant recordedAt, String recordedBy) {
    }

    public UUID recordSupport(Actor actor, SupportReceived s) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            GroupFacts.groupExists(tx, s.group());
            GroupFacts.notInFuture(clock, s.startedOn(), "mulai dukungan");
            GroupFacts.membersOn(tx, s.group(), s.participants(), s.startedOn());
            UUID id = UUID.randomUUID();
            tx.insertInto(SUPPORT_RECEIVED)
                    .set(SUPPORT_RECEIVED.ID, id)
                    .set(SUPPORT_RECEIVED.GROUP_ID, s.group().value())
                    .set(SUPPORT_RECEIVED.KIND, s.kind().name())
                    .set(SUPPORT_RECEIVED.TOPIC, s.topic())
                    .set(SUPPORT_RECEIVED.AGENCY, s.agency().name())
                    .set(SUPPORT_RECEIVED.PROVIDER_NAME, s.providerName())
                    .set(SUPPORT_RECEIVED.STARTED_ON, s.startedOn())
                    .set(SUPPORT_RECEIVED.ENDED_ON, s.endedOn())
                    .set(SUPPORT_RECEIVED.NOTES, s.notes())
                    .set(SUPPORT_RECEIVED.RECORDED_AT, GroupFacts.now(clock))
                    .set(SUPPORT_RECEIVED.RECORDED_BY, actor.name())
                    .execute();
            for (MemberId m : s.participants()) {
                tx.insertInto(SUPPORT_PARTICIPANT)
                        .set(SUPPORT_PARTICIPANT.SUPPORT_ID, id)
                        .set(SUPPORT_PARTICIPANT.MEMBER_ID, m.value())
                        .execute();
            }
            return id;
        });
    }

    /** Support that started on or before {@code asOf} and was recorded by the end of that day, oldest first. */
    public List<RecordedSupport> supportAsOf(GroupId group, LocalDate asOf) {
        var rows = dsl.selectFrom(SUPPORT_RECEIVED)
                .where(SUPPORT_RECEIVED.GROUP_ID.eq(group.value()), SUPPORT_RECEIVED.STARTED_ON.le(asOf),
                        SUPPORT_RECEIVED.RECORDED_AT.lt(GroupFacts.knownBy(asOf)))
                .orderBy(SUPPORT_RECEIVED.STARTED_ON, SUPPORT_RECEIVED.RECORDED_AT).fetch();
        Set<UUID> ids = rows.stream().map(r -> r.getId()).collect(Collectors.toSet());
        var participants = dsl.selectFrom(SUPPORT_PARTICIPANT).where(SUPPORT_PARTICIPANT.SUPPORT_ID.in(ids)).fetch()
                .stream().collect(Collectors.groupingBy(p -> p.getSupportId(),
                        Collectors.mapping(p -> new MemberId(p.getMemberId()), Collectors.toSet())));
        return rows.stream().map(r -> new RecordedSupport(r.getId(), new SupportReceived(group,
                        SupportKind.valueOf(r.getKind()), r.getTopic(), Agency.valueOf(r.getAgency()),
                        r.getProviderName(), r.getStartedOn(), r.getEndedOn(), r.getNotes(),
                        participants.getOrDefault(r.getId(), Set.of())),
                r.getRecordedAt().toInstant(), r.getRecordedBy())).toList();
    }

    public UUID recordSwot(Actor actor, SwotAssessment s) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            GroupFacts.groupExists(tx, s.group());
            GroupFacts.notInFuture(clock, s.assessedOn(), "penilaian SWOT");
            if (!tx.fetchExists(FACILITATOR, FACILITATOR.ID.eq(s.facilitator().value()))) {
                throw new SupportException(SupportException.Reason.UNKNOWN_FACILITATOR, "Pendamping tidak ditemukan");
            }
            UUID id = UUID.randomUUID();
            tx.insertInto(SWOT_ASSESSMENT)
                    .set(SWOT_ASSESSMENT.ID, id)
                    .set(SWOT_ASSESSMENT.GROUP_ID, s.group().value())
                    .set(SWOT_ASSESSMENT.FACILITATOR_ID, s.facilitator().value())
                    .set(SWOT_ASSESSMENT.ASSESSED_ON, s.assessedOn())
                    .set(SWOT_ASSESSMENT.STRENGTHS, s.strengths())
                    .set(SWOT_ASSESSMENT.WEAKNESSES, s.weaknesses())
                    .set(SWOT_ASSESSMENT.OPPORTUNITIES, s.opportunities())
                    .set(SWOT_ASSESSMENT.THREATS, s.threats())
                    .set(SWOT_ASSESSMENT.RECORDED_AT, GroupFacts.now(clock))
                    .set(SWOT_ASSESSMENT.RECORDED_BY, actor.name())
                    .execute();
            return id;
        });
    }

    /** The latest SWOT assessed on or before {@code asOf} and recorded by then. */
    public Optional<RecordedSwot> latestSwot(GroupId group, LocalDate asOf) {
        return dsl.selectFrom(SWOT_ASSESSMENT)
                .where(SWOT_ASSESSMENT.GROUP_ID.eq(group.value()), SWOT_ASSESSMENT.ASSESSED_ON.le(asOf),
                        SWOT_ASSESSMENT.RECORDED_AT.lt(GroupFacts.knownBy(asOf)))
                .orderBy(SWOT_ASSESSMENT.ASSESSED_ON.desc(), SWOT_ASSESSMENT.RECORDED_AT.desc()).limit(1)
                .fetchOptional(r -> new RecordedSwot(r.getId(), new SwotAssessment(group,
                        new FacilitatorId(r.getFacilitatorId()), r.getAssessedOn(), r.getStrengths(),
                        r.getWeaknesses(), r.getOpportunities(), r.getThreats()),
                        r.getRecordedAt().toInstant(), r.getRecordedBy()));
    }

    public void recordDigitalAdoption(Actor actor, DigitalAdoption d) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            GroupFacts.groupExists(tx, d.group());
            GroupFacts.notInFuture(clock, d.assessedOn(), "penilaian adopsi digital");
            if (tx.fetchExists(DIGITAL_ADOPTION, DIGITAL_ADOPTION.GROUP_ID.eq(d.group().value()),
                    DIGITAL_ADOPTION.ASSESSED_ON.eq(d.assessedOn()))) {
                throw new SupportException(SupportException.Reason.ALREADY_RECORDED,
                        "Adopsi digital kelompok ini pada " + d.assessedOn() + " sudah dicatat");
            }
            tx.insertInto(DIGITAL_ADOPTION)
                    .set(DIGITAL_ADOPTION.GROUP_ID, d.group().value())
                    .set(DIGITAL_ADOPTION.ASSESSED_ON, d.assessedOn())
                    .set(DIGITAL_ADOPTION.SELLS_ONLINE, d.sellsOnline())
                    .set(DIGITAL_ADOPTION.DIGITAL_PAYMENTS, d.digitalPayments())
                    .set(DIGITAL_ADOPTION.CHANNELS, d.channelsText())
                    .set(DIGITAL_ADOPTION.RECORDED_AT, GroupFacts.now(clock))
                    .set(DIGITAL_ADOPTION.RECORDED_BY, actor.name())
                    .execute();
        });
    }

    /** The latest digital adoption assessed on or before {@code asOf} and recorded by then. */
    public Optional<DigitalAdoption> digitalAdoptionAsOf(GroupId group, LocalDate asOf) {
        return dsl.selectFrom(DIGITAL_ADOPTION)
                .where(DIGITAL_ADOPTION.GROUP_ID.eq(group.value()), DIGITAL_ADOPTION.ASSESSED_ON.le(asOf),
                        DIGITAL_ADOPTION.RECORDED_AT.lt(GroupFacts.knownBy(asOf)))
                .orderBy(DIGITAL_ADOPTION.ASSESSED_ON.desc()).limit(1)
                .fetchOptional(r -> new DigitalAdoption(group, r.getAssessedOn(), r.getSellsOnline(),
                        r.getDigitalPayments(), channels(r.getChannels())));
    }

    private static Set<String> channels(@Nullable String text) {
        return text == null || text.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(text.split(",")));
    }
}
