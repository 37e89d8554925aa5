package id.kube.core.survey;

import static id.kube.core.persistence.jooq.Tables.HOUSEHOLD_SURVEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kube.core.audit.Actor;
import id.kube.core.group.GroupId;
import id.kube.core.indicator.IndicatorFixtures;
import id.kube.core.member.MemberId;
import id.kube.testing.TestDatabase;

@TestDatabase
class HouseholdSurveysTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-30T03:00:00Z"), ZoneOffset.UTC);
    private static final Actor PENDAMPING = new Actor("pendamping-ayu");

    static HouseholdSurvey survey(GroupId g, MemberId m, int wave, String on, int size, long income, long kube,
                                  int children, int inSchool, Integer decile, boolean left) {
        return new HouseholdSurvey(g, m, wave, LocalDate.parse(on), "Ayu", size, income, kube, 0,
                Set.of(IncomeSource.KUBE, IncomeSource.FARMING), true, children, inSchool, false, true, true, true,
                true, true, true, false, FoodSecurity.MILD, decile, left);
    }

    @ParameterizedTest(name = "{9}")
    @CsvSource(textBlock = """
            -1, 4, 1000000, 0, 2, 2, 3, false, Gelombang survei harus 0, negative wave
            0, 0, 1000000, 0, 2, 2, 3, false, Jumlah anggota rumah tangga harus 1 sampai 30, empty household
            0, 4, 1000000, 1200000, 2, 2, 3, false, tidak boleh melebihi pendapatan rumah tangga, KUBE income above total
            0, 4, 1000000, 0, 2, 3, 3, false, Anak bersekolah (3) tidak boleh melebihi anak usia sekolah (2), more in school than children
            0, 4, 1000000, 0, 2, 2, 11, false, Desil kesejahteraan harus 1 sampai 10, decile 11
            0, 4, 1000000, 0, 2, 2, 3, true, sudah keluar dari DTSEN tidak punya desil, left register with decile
            """)
    void badAnswersAreRefusedInBahasaIndonesia(int wave, int size, long income, long kube, int children, int inSchool,
                                               Integer decile, boolean left, String message, String why) {
        assertThatThrownBy(() -> survey(GroupId.random(), new MemberId(java.util.UUID.randomUUID()), wave,
                "2025-01-10", size, income, kube, children, inSchool, decile, left))
                .isInstanceOf(SurveyException.class).hasMessageContaining(message)
                .extracting(e -> ((SurveyException) e).reason()).isEqualTo(SurveyException.Reason.INVALID_ANSWER);
    }

    @Test
    void aBaselineThenAFollowUpAreRecordedAndTheRulesHold(DSLContext dsl) {
        HouseholdSurveys surveys = new HouseholdSurveys(dsl, CLOCK);
        GroupId g = IndicatorFixtures.activeGroup(dsl, "51.04.01.2001");
        GroupId other = IndicatorFixtures.activeGroup(dsl, "51.04.01.2002");
        MemberId m = new MemberId(IndicatorFixtures.member(dsl, g, "51.04.01.2001", LocalDate.of(2024, 1, 1), null));

        assertThatThrownBy(() -> surveys.record(PENDAMPING, survey(g, m, 1, "2025-01-10", 4, 1_000_000, 0, 2, 2, 3, false)))
                .isInstanceOf(SurveyException.class).hasMessageContaining("memerlukan survei baseline");
        surveys.record(PENDAMPING, survey(g, m, 0, "2024-01-10", 4, 1_000_000, 200_000, 2, 2, 3, false));
        surveys.record(PENDAMPING, survey(g, m, 1, "2025-01-10", 4, 1_600_000, 500_000, 2, 2, null, true));
        assertThatThrownBy(() -> surveys.record(PENDAMPING, survey(g, m, 1, "2025-02-10", 4, 1, 0, 0, 0, null, false)))
                .isInstanceOf(SurveyException.class).hasMessageContaining("sudah dicatat");
        assertThatThrownBy(() -> surveys.record(PENDAMPING, survey(g, m, 2, "2025-07-01", 4, 1, 0, 0, 0, null, false)))
                .isInstanceOf(SurveyException.class).hasMessageContaining("belum terjadi");
        assertThatThrownBy(() -> surveys.record(PENDAMPING, survey(other, m, 2, "2025-03-01", 4, 1, 0, 0, 0, null, false)))
                .isInstanceOf(SurveyException.class).hasMessageContaining("bukan anggota KUBE");

        var rows = dsl.selectFrom(HOUSEHOLD_SURVEY).where(HOUSEHOLD_SURVEY.MEMBER_ID.eq(m.value()))
                .orderBy(HOUSEHOLD_SURVEY.WAVE).fetch();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).getIncomeSources()).isEqualTo("KUBE,FARMING");
        assertThat(rows.get(1).getRecordedBy()).isEqualTo("pendamping-ayu");
        assertThat(rows.get(1).getLeftWelfareRegister()).isTrue();
    }
}
