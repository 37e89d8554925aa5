package id.kube.core.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import id.kube.core.audit.Actor;
import id.kube.core.group.GroupId;
import id.kube.core.indicator.AsOf;
import id.kube.core.indicator.BooksFigures;
import id.kube.core.indicator.IndicatorComputation;
import id.kube.core.indicator.IndicatorFixtures;
import id.kube.core.indicator.IndicatorValue;
import id.kube.core.indicator.Indicators;
import id.kube.core.indicator.Period;
import id.kube.core.member.MemberId;
import id.kube.testing.TestDatabase;

@TestDatabase
class ReferralsTest {

    private static final String VILLAGE = "51.04.01.2001";
    private static final Actor PENDAMPING = Actor.of("pendamping-ayu");

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void aCompletionRecordedLaterIsInvisibleAsOfAnEarlierDate(DSLContext dsl) {
        GroupId g = IndicatorFixtures.activeGroup(dsl, VILLAGE);
        MemberId m1 = new MemberId(IndicatorFixtures.member(dsl, g, VILLAGE, LocalDate.of(2024, 1, 1), null));
        MemberId m2 = new MemberId(IndicatorFixtures.member(dsl, g, VILLAGE, LocalDate.of(2024, 1, 1), null));
        Referrals inMarch = new Referrals(dsl, at("2025-03-05T02:00:00Z"));
        UUID jkn = inMarch.refer(PENDAMPING, new Referral(g, m1, BasicService.JKN, LocalDate.of(2025, 3, 3)));
        inMarch.refer(PENDAMPING, new Referral(g, m2, BasicService.CIVIL_REGISTRY, LocalDate.of(2025, 3, 4)));

        // completed on 20 March, but the facilitator only entered it on 10 April
        Referrals inApril = new Referrals(dsl, at("2025-04-10T02:00:00Z"));
        inApril.complete(PENDAMPING, jkn, LocalDate.of(2025, 3, 20));

        assertThat(inApril.asOf(g, LocalDate.of(2025, 3, 31))).extracting(Referrals.RecordedReferral::completed)
                .containsExactly(false, false);
        assertThat(inApril.asOf(g, LocalDate.of(2025, 4, 10))).extracting(Referrals.RecordedReferral::completedOn)
                .containsExactly(LocalDate.of(2025, 3, 20), null);

        IndicatorComputation computation = new IndicatorComputation(dsl, BooksFigures.unavailable());
        Period march = Period.month(2025, 3);
        assertThat(computation.compute(g, march, new AsOf(LocalDate.of(2025, 3, 31))).value(Indicators.REFERRALS_COMPLETED)
                .measured()).hasValueSatisfying(v -> assertThat(v).isZero());
        IndicatorValue later = computation.compute(g, march, new AsOf(LocalDate.of(2025, 4, 10)))
                .value(Indicators.REFERRALS_COMPLETED);
        assertThat(later.measured()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.5"));
    }

    @Test
    void referralsAreRefusedWithNamedReasons(DSLContext dsl) {
        GroupId g = IndicatorFixtures.activeGroup(dsl, VILLAGE);
        GroupId other = IndicatorFixtures.activeGroup(dsl, "51.04.01.2002");
        MemberId m = new MemberId(IndicatorFixtures.member(dsl, g, VILLAGE, LocalDate.of(2024, 1, 1), null));
        Referrals referrals = new Referrals(dsl, at("2025-04-10T02:00:00Z"));

        assertThatThrownBy(() -> referrals.refer(PENDAMPING, new Referral(other, m, BasicService.KIP, LocalDate.of(2025, 3, 1))))
                .extracting(e -> ((SupportException) e).reason()).isEqualTo(SupportException.Reason.MEMBER_NOT_IN_GROUP);
        assertThatThrownBy(() -> referrals.refer(PENDAMPING, new Referral(g, m, BasicService.KIP, LocalDate.of(2025, 5, 1))))
                .hasMessage("Tanggal rujukan 2025-05-01 belum terjadi");
        UUID r = referrals.refer(PENDAMPING, new Referral(g, m, BasicService.PKH, LocalDate.of(2025, 3, 1)));
        assertThatThrownBy(() -> referrals.complete(PENDAMPING, r, LocalDate.of(2025, 2, 1)))
                .hasMessageContaining("sebelum dibuat");
        referrals.complete(PENDAMPING, r, LocalDate.of(2025, 4, 1));
        assertThatThrownBy(() -> referrals.complete(PENDAMPING, r, LocalDate.of(2025, 4, 2)))
                .extracting(e -> ((SupportException) e).reason()).isEqualTo(SupportException.Reason.ALREADY_COMPLETED);
        assertThatThrownBy(() -> referrals.complete(PENDAMPING, UUID.randomUUID(), LocalDate.of(2025, 4, 2)))
                .extracting(e -> ((SupportException) e).reason()).isEqualTo(SupportException.Reason.UNKNOWN_REFERRAL);
    }
}
