package id.kube.core.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kube.core.audit.Actor;
import id.kube.core.facilitator.FacilitatorId;
import id.kube.core.facilitator.FacilitatorService;
import id.kube.core.group.GroupId;
import id.kube.core.indicator.IndicatorFixtures;
import id.kube.core.member.MemberId;
import id.kube.testing.TestDatabase;

@TestDatabase
class GroupSupportTest {

    private static final String VILLAGE = "51.04.01.2001";
    private static final Actor PENDAMPING = Actor.of("pendamping-ayu");

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @ParameterizedTest(name = "{4}")
    @CsvSource(textBlock = """
            CERTIFICATION, ORGANIC,           2025-01-10, 2025-01-12, 'Sertifikasi hanya P_IRT, HALAL atau BPOM, bukan ORGANIC'
            TRAINING,      digital marketing, 2025-01-10, 2025-01-12, 'Topik harus kode huruf besar'
            TRAINING,      BOOKKEEPING,       2025-01-10, 2025-01-09, 'Tanggal selesai 2025-01-09 sebelum tanggal mulai 2025-01-10'
            """)
    void badSupportIsRefusedWithAClearMessage(SupportKind kind, String topic, String start, String end, String message) {
        assertThatThrownBy(() -> new SupportReceived(GroupId.random(), kind, topic, Agency.SOCIAL_OFFICE, "Dinsos",
                d(start), d(end), null, Set.of(new MemberId(UUID.randomUUID()))))
                .isInstanceOf(SupportException.class).hasMessageContaining(message)
                .extracting(e -> ((SupportException) e).reason()).isEqualTo(SupportException.Reason.INVALID_INPUT);
    }

    @Test
    void aTrainingNeedsParticipantsButACertificationOfTheProductDoesNot() {
        assertThatThrownBy(() -> new SupportReceived(GroupId.random(), SupportKind.TRAINING, "TAILORING",
                Agency.MANPOWER, "BLK Gianyar", d("2025-01-10"), d("2025-01-12"), null, Set.of()))
                .hasMessageContaining("minimal satu anggota peserta");
        assertThat(new SupportReceived(GroupId.random(), SupportKind.CERTIFICATION, "HALAL", Agency.OTHER,
                "BPJPH", d("2025-01-10"), d("2025-03-12"), " ", Set.of()).notes()).isNull();
    }

    @Test
    void supportIsRecordedWithItsParticipantsAndReadAsKnownOnADate(DSLContext dsl) {
        GroupId g = IndicatorFixtures.activeGroup(dsl, VILLAGE);
        MemberId wayan = new MemberId(IndicatorFixtures.member(dsl, g, VILLAGE, d("2024-01-01"), null));
        MemberId made = new MemberId(IndicatorFixtures.member(dsl, g, VILLAGE, d("2024-01-01"), null));
        MemberId lateJoiner = new MemberId(IndicatorFixtures.member(dsl, g, VILLAGE, d("2025-03-01"), null));

        GroupSupport march = new GroupSupport(dsl, at("2025-03-05T02:00:00Z"));
        UUID training = march.recordSupport(PENDAMPING, new SupportReceived(g, SupportKind.TRAINING,
                "DIGITAL_MARKETING", Agency.COMMUNICATIONS, "Diskominfo Gianyar", d("2025-02-10"), d("2025-02-12"),
                "Foto produk dan katalog WhatsApp", Set.of(wayan, made)));
        GroupSupport june = new GroupSupport(dsl, at("2025-06-20T02:00:00Z"));
        june.recordSupport(PENDAMPING, new SupportReceived(g, SupportKind.CERTIFICATION, "P_IRT",
                Agency.TRADE_INDUSTRY, "Dinas Kesehatan", d("2025-02-20"), d("2025-06-01"), null, Set.of()));

        assertThatThrownBy(() -> june.recordSupport(PENDAMPING, new SupportReceived(g, SupportKind.MARKET_ACCESS,
                "EXHIBITION", Agency.COOPERATIVES_SME, "Dinas Koperasi", d("2025-02-01"), d("2025-02-03"), null,
                Set.of(lateJoiner))))
                .isInstanceOf(SupportException.class).hasMessageContaining("bukan anggota kelompok ini pada 2025-02-01");
        assertThatThrownBy(() -> june.recordSupport(PENDAMPING, new SupportReceived(g, SupportKind.MARKET_ACCESS,
                "EXHIBITION", Agency.COOPERATIVES_SME, "Dinas Koperasi", d("2025-06-25"), d("2025-06-27"), null,
                Set.of(wayan))))
                .isInstanceOf(SupportException.class).hasMessageContaining("belum terjadi")
                .extracting(e -> ((SupportException) e).reason()).isEqualTo(SupportException.Reason.DATE_IN_FUTURE);

        // as of 31 March the certification (started in February but recorded in June) was not known yet
        assertThat(june.supportAsOf(g, d("2025-03-31"))).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(training);
            assertThat(s.support().participants()).containsExactlyInAnyOrder(wayan, made);
            assertThat(s.recordedBy()).isEqualTo("pendamping-ayu");
        });
        assertThat(june.supportAsOf(g, d("2025-06-30"))).extracting(s -> s.support().topic())
                .containsExactly("DIGITAL_MARKETING", "P_IRT");
        assertThat(june.supportAsOf(g, d("2025-02-09"))).isEmpty();

        // support_reach: two of the three active members took part in the last twelve months
        var computation = new id.kube.core.indicator.IndicatorComputation(dsl,
                id.kube.core.indicator.BooksFigures.unavailable());
        assertThat(computation.compute(g, id.kube.core.indicator.Period.month(2025, 3),
                        new id.kube.core.indicator.AsOf(d("2025-03-31")))
                .value(id.kube.core.indicator.Indicators.SUPPORT_REACH).measured())
                .contains(new java.math.BigDecimal("0.666667"));
        // before any support was recorded the register says nothing: missing, not zero
        assertThat(computation.compute(g, id.kube.core.indicator.Period.month(2025, 2),
                        new id.kube.core.indicator.AsOf(d("2025-02-09")))
                .value(id.kube.core.indicator.Indicators.SUPPORT_REACH).measured()).isEmpty();
    }

    @Test
    void theLatestSwotAndDigitalAdoptionAreReadAsOfADate(DSLContext dsl) {
        GroupId g = IndicatorFixtures.activeGroup(dsl, VILLAGE);
        Clock clock = at("2025-06-20T02:00:00Z");
        FacilitatorId ayu = new FacilitatorService(dsl, clock).register(Actor.of("admin"), "Ni Made Ayu", null).id();
        GroupSupport support = new GroupSupport(dsl, clock);
        GroupSupport february = new GroupSupport(dsl, at("2025-02-02T02:00:00Z"));

        assertThatThrownBy(() -> new SwotAssessment(g, ayu, d("2025-01-15"), "Produk khas", " ", "Pasar daring", "Harga"))
                .isInstanceOf(SupportException.class).hasMessage("Kelemahan (W) harus diisi");
        assertThatThrownBy(() -> support.recordSwot(PENDAMPING, new SwotAssessment(g, new FacilitatorId(UUID.randomUUID()),
                d("2025-01-15"), "S", "W", "O", "T")))
                .extracting(e -> ((SupportException) e).reason()).isEqualTo(SupportException.Reason.UNKNOWN_FACILITATOR);
        february.recordSwot(PENDAMPING, new SwotAssessment(g, ayu, d("2025-01-15"), "Produk khas", "Pembukuan",
                "Pasar daring", "Harga bahan"));
        support.recordSwot(PENDAMPING, new SwotAssessment(g, ayu, d("2025-05-15"), "Pembukuan rapi", "Pemasaran",
                "Pameran", "Cuaca"));
        assertThat(support.latestSwot(g, d("2025-03-01"))).get().extracting(s -> s.swot().weaknesses())
                .isEqualTo("Pembukuan");
        assertThat(support.latestSwot(g, d("2025-06-20"))).get().extracting(s -> s.swot().weaknesses())
                .isEqualTo("Pemasaran");
        assertThat(support.latestSwot(g, d("2025-01-14"))).isEmpty();

        assertThatThrownBy(() -> new DigitalAdoption(g, d("2025-02-01"), true, false, Set.of()))
                .hasMessageContaining("Sebutkan kanal");
        assertThatThrownBy(() -> new DigitalAdoption(g, d("2025-02-01"), false, false, Set.of("QRIS")))
                .hasMessageContaining("Kanal hanya diisi bila");
        february.recordDigitalAdoption(PENDAMPING, new DigitalAdoption(g, d("2025-02-01"), false, false, Set.of()));
        support.recordDigitalAdoption(PENDAMPING, new DigitalAdoption(g, d("2025-05-01"), true, true,
                Set.of("SHOPEE", "QRIS")));
        assertThatThrownBy(() -> support.recordDigitalAdoption(PENDAMPING,
                new DigitalAdoption(g, d("2025-05-01"), true, false, Set.of("SHOPEE"))))
                .extracting(e -> ((SupportException) e).reason()).isEqualTo(SupportException.Reason.ALREADY_RECORDED);
        assertThat(support.digitalAdoptionAsOf(g, d("2025-04-30"))).get().extracting(DigitalAdoption::sellsOnline)
                .isEqualTo(false);
        assertThat(support.digitalAdoptionAsOf(g, d("2025-06-20"))).get().extracting(DigitalAdoption::channelsText)
                .isEqualTo("QRIS,SHOPEE");
    }
}
