package id.kube.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import id.kube.core.audit.Actor;
import id.kube.core.event.ShockEvent.MemberHit;
import id.kube.core.group.GroupId;
import id.kube.core.indicator.AsOf;
import id.kube.core.indicator.BooksFigures;
import id.kube.core.indicator.GroupPeriodSnapshot;
import id.kube.core.indicator.IndicatorComputation;
import id.kube.core.indicator.IndicatorFixtures;
import id.kube.core.indicator.Indicators;
import id.kube.core.indicator.Period;
import id.kube.core.member.MemberId;
import id.kube.core.money.Rupiah;
import id.kube.testing.TestDatabase;

@TestDatabase
class GroupEventsTest {

    private static final String VILLAGE = "51.04.01.2001";
    private static final Actor PENDAMPING = Actor.of("pendamping-ayu");

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void badEventsAreRefusedOnConstructionWithClearMessages() {
        GroupId g = GroupId.random();
        assertThatThrownBy(() -> new Partnership(g, PartnerType.BUYER, " ", d("2025-01-01"), "Beli keripik"))
                .isInstanceOf(EventException.class).hasMessage("Nama mitra harus diisi");
        assertThatThrownBy(() -> new ExternalSupport(g, null, SupportSource.CSR, "Bank BPD", d("2025-01-01"), true,
                Rupiah.of(0), "Etalase"))
                .hasMessage("Nilai dukungan harus lebih dari Rp0 (taksir nilai barang/jasa dalam rupiah)");
        assertThatThrownBy(() -> new CommunityContribution(g, d("2025-01-01"), "Kerja bakti", null, -1))
                .hasMessageContaining("Jumlah peserta bukan anggota harus 0 sampai 100.000");
        MemberId m = new MemberId(UUID.randomUUID());
        assertThatThrownBy(() -> new ShockEvent(g, d("2025-03-10"), ShockKind.DISASTER, "Banjir", "IKS",
                List.of(new MemberHit(m, d("2025-03-01"), HelpKind.IKS))))
                .hasMessage("Bantuan (2025-03-01) tidak dapat mendahului kejadian (2025-03-10)");
        assertThatThrownBy(() -> new ShockEvent(g, d("2025-03-10"), ShockKind.DISASTER, "Banjir", "IKS",
                List.of(MemberHit.notYetHelped(m), MemberHit.notYetHelped(m))))
                .hasMessageContaining("disebut dua kali");
        assertThatThrownBy(() -> new MemberHit(m, d("2025-03-11"), null))
                .hasMessage("Tanggal bantuan dan jenis bantuan diisi bersama");
        assertThatThrownBy(() -> new BcpChecklist(g, d("2025-03-10"), true, true, false, false, Rupiah.of(500_000)))
                .hasMessage("Saldo dana darurat diisi hanya bila kelompok punya dana darurat");
    }

    @Test
    void partnershipsAndTheirEndAreReadAsKnownOnADate(DSLContext dsl) {
        GroupId g = IndicatorFixtures.activeGroup(dsl, VILLAGE);
        GroupEvents jan = new GroupEvents(dsl, at("2025-01-20T02:00:00Z"));
        UUID buyer = jan.startPartnership(PENDAMPING, new Partnership(g, PartnerType.BUYER, "Toko Oleh-oleh Ubud",
                d("2025-01-15"), "Membeli 200 bungkus keripik sebulan"));
        jan.startPartnership(PENDAMPING, new Partnership(g, PartnerType.BANK, "BRI Unit Ubud", d("2025-01-18"),
                "Rekening kelompok dan KUR"));
        // ended on 28 February, entered on 15 March
        GroupEvents march = new GroupEvents(dsl, at("2025-03-15T02:00:00Z"));
        assertThatThrownBy(() -> march.endPartnership(PENDAMPING, buyer, d("2025-01-01")))
                .hasMessageContaining("sebelum dimulai");
        march.endPartnership(PENDAMPING, buyer, d("2025-02-28"));
        assertThatThrownBy(() -> march.endPartnership(PENDAMPING, buyer, d("2025-03-01")))
                .extracting(e -> ((EventException) e).reason()).isEqualTo(EventException.Reason.PARTNERSHIP_ENDED);

        assertThat(march.partnershipsAsOf(g, d("2025-03-10")))
                .filteredOn(p -> p.activeOn(d("2025-03-10"))).hasSize(2);
        assertThat(march.partnershipsAsOf(g, d("2025-03-15")))
                .filteredOn(p -> p.activeOn(d("2025-03-15"))).extracting(p -> p.partnership().partnerName())
                .containsExactly("BRI Unit Ubud");

        IndicatorComputation computation = new IndicatorComputation(dsl, BooksFigures.unavailable());
        assertThat(computation.compute(g, Period.month(2025, 3), new AsOf(d("2025-03-10")))
                .value(Indicators.ACTIVE_PARTNERSHIPS).measured()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2"));
        assertThat(computation.compute(g, Period.month(2025, 3), new AsOf(d("2025-03-31")))
                .value(Indicators.ACTIVE_PARTNERSHIPS).measured()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
    }

    @Test
    void externalSupportMustComeThroughTheGroupsOwnPartnership(DSLContext dsl) {
        GroupId g = IndicatorFixtures.activeGroup(dsl, VILLAGE);
        GroupId other = IndicatorFixtures.activeGroup(dsl, "51.04.01.2002");
        GroupEvents events = new GroupEvents(dsl, at("2025-06-20T02:00:00Z"));
        UUID othersCsr = events.startPartnership(PENDAMPING, new Partnership(other, PartnerType.CSR, "PT Lain",
                d("2025-01-01"), "CSR"));
        assertThatThrownBy(() -> events.recordExternalSupport(PENDAMPING, new ExternalSupport(g, othersCsr,
                SupportSource.CSR, "PT Lain", d("2025-02-01"), false, Rupiah.of(1_000_000), "Modal")))
                .extracting(e -> ((EventException) e).reason()).isEqualTo(EventException.Reason.UNKNOWN_PARTNERSHIP);
        GroupEvents february = new GroupEvents(dsl, at("2025-02-02T02:00:00Z"));
        UUID csr = february.startPartnership(PENDAMPING, new Partnership(g, PartnerType.CSR, "Bank BPD Bali",
                d("2025-01-01"), "Program CSR UMKM"));
        february.recordExternalSupport(PENDAMPING, new ExternalSupport(g, csr, SupportSource.CSR, "Bank BPD Bali",
                d("2025-02-01"), true, Rupiah.of(3_500_000), "Etalase dan freezer"));
        events.recordExternalSupport(PENDAMPING, new ExternalSupport(g, null, SupportSource.VILLAGE_FUND,
                "Desa Batubulan", d("2025-05-01"), false, Rupiah.of(2_000_000), "Dana desa"));
        events.recordCommunityContribution(PENDAMPING, new CommunityContribution(g, d("2025-04-17"),
                "Kerja bakti membersihkan pura", null, 12));

        assertThat(events.externalSupportAsOf(g, d("2025-03-31"))).extracting(ExternalSupport::valueRupiah)
                .containsExactly(3_500_000L);
        assertThat(events.externalSupportAsOf(g, d("2025-06-20"))).extracting(ExternalSupport::valueRupiah)
                .containsExactly(3_500_000L, 2_000_000L);
        assertThat(events.communityContributionsAsOf(g, d("2025-06-19"))).isEmpty(); // entered on 20 June
        assertThat(events.communityContributionsAsOf(g, d("2025-06-20"))).singleElement()
                .satisfies(c -> assertThat(c.value()).isNull());
    }

    @Test
    void helpForAShockVictimCountsWithinThirtyDaysAndOnlyOnceKnown(DSLContext dsl) {
        GroupId g = IndicatorFixtures.activeGroup(dsl, VILLAGE);
        MemberId ketut = new MemberId(IndicatorFixtures.member(dsl, g, VILLAGE, d("2024-01-01"), null));
        MemberId nyoman = new MemberId(IndicatorFixtures.member(dsl, g, VILLAGE, d("2024-01-01"), null));
        MemberId newcomer = new MemberId(IndicatorFixtures.member(dsl, g, VILLAGE, d("2025-04-01"), null));
        GroupEvents march = new GroupEvents(dsl, at("2025-03-12T02:00:00Z"));
        assertThatThrownBy(() -> march.recordShock(PENDAMPING, new ShockEvent(g, d("2025-03-10"), ShockKind.DISASTER,
                "Banjir", "IKS", List.of(MemberHit.notYetHelped(newcomer)))))
                .extracting(e -> ((EventException) e).reason()).isEqualTo(EventException.Reason.MEMBER_NOT_IN_GROUP);
        UUID flood = march.recordShock(PENDAMPING, new ShockEvent(g, d("2025-03-10"), ShockKind.DISASTER,
                "Banjir merendam dapur produksi", "Santunan IKS dan pinjaman tanpa jasa",
                List.of(new MemberHit(ketut, d("2025-03-11"), HelpKind.IKS), MemberHit.notYetHelped(nyoman))));
        // Nyoman got a loan on 25 March; the treasurer told the facilitator on 5 April
        GroupEvents april = new GroupEvents(dsl, at("2025-04-05T02:00:00Z"));
        april.recordHelp(PENDAMPING, flood, nyoman, d("2025-03-25"), HelpKind.LOAN);
        assertThatThrownBy(() -> april.recordHelp(PENDAMPING, flood, nyoman, d("2025-03-26"), HelpKind.IKS))
                .extracting(e -> ((EventException) e).reason()).isEqualTo(EventException.Reason.ALREADY_HELPED);

        assertThat(april.shocksAsOf(g, d("2025-03-31"))).singleElement().satisfies(s -> assertThat(
                s.shock().membersHit()).filteredOn(h -> h.helpedOn() != null).hasSize(1));
        assertThat(april.shocksAsOf(g, d("2025-04-05"))).singleElement().satisfies(s -> assertThat(
                s.shock().membersHit()).allMatch(h -> h.helpedOn() != null));

        IndicatorComputation computation = new IndicatorComputation(dsl, BooksFigures.unavailable());
        GroupPeriodSnapshot asKnownEndOfMarch = computation.compute(g, Period.month(2025, 3), new AsOf(d("2025-03-31")));
        GroupPeriodSnapshot asKnownInApril = computation.compute(g, Period.month(2025, 3), new AsOf(d("2025-04-05")));
        assertThat(asKnownEndOfMarch.value(Indicators.SHOCK_RESPONSE).measured())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.5"));
        assertThat(asKnownInApril.value(Indicators.SHOCK_RESPONSE).measured())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
    }

    @Test
    void oneBcpChecklistPerDateAndTheLatestCounts(DSLContext dsl) {
        GroupId g = IndicatorFixtures.activeGroup(dsl, VILLAGE);
        GroupEvents events = new GroupEvents(dsl, at("2025-06-20T02:00:00Z"));
        new GroupEvents(dsl, at("2025-01-11T02:00:00Z")).recordBcp(PENDAMPING, new BcpChecklist(g, d("2025-01-10"), true, false, false, false, Rupiah.ZERO));
        events.recordBcp(PENDAMPING, new BcpChecklist(g, d("2025-05-10"), true, true, true, true, Rupiah.of(750_000)));
        assertThatThrownBy(() -> events.recordBcp(PENDAMPING,
                new BcpChecklist(g, d("2025-05-10"), true, true, true, false, Rupiah.ZERO)))
                .hasMessageContaining("sudah dicatat");
        assertThatThrownBy(() -> events.recordBcp(PENDAMPING,
                new BcpChecklist(g, d("2025-07-10"), true, true, true, false, Rupiah.ZERO)))
                .extracting(e -> ((EventException) e).reason()).isEqualTo(EventException.Reason.DATE_IN_FUTURE);
        assertThat(events.bcpAsOf(g, d("2025-04-30"))).get().extracting(BcpChecklist::itemsInPlace).isEqualTo(1);
        assertThat(events.bcpAsOf(g, d("2025-05-31"))).get().extracting(BcpChecklist::itemsInPlace)
                .isEqualTo(1); // the May checklist was entered on 20 June
        assertThat(events.bcpAsOf(g, d("2025-06-20"))).get().satisfies(b -> {
            assertThat(b.itemsInPlace()).isEqualTo(4);
            assertThat(Rupiah.toLong(b.emergencyFundAmount())).isEqualTo(750_000L);
        });
        assertThat(events.bcpAsOf(g, d("2025-01-09"))).isEmpty();
    }
}
