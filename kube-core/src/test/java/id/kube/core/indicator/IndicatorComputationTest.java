package id.kube.core.indicator;

import static id.kube.core.persistence.jooq.Tables.HOUSEHOLD_SURVEY;
import static id.kube.core.persistence.jooq.Tables.MEETING;
import static id.kube.core.persistence.jooq.Tables.MEETING_ATTENDANCE;
import static id.kube.core.persistence.jooq.Tables.MEETING_SCHEDULE;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import id.kube.core.group.GroupId;
import id.kube.testing.TestDatabase;

@TestDatabase
class IndicatorComputationTest {

    private static final String VILLAGE = "51.04.01.2001"; // desa: rural line
    private static final Period Q2 = Period.quarter(2024, 2);

    private static OffsetDateTime at(String date) {
        return LocalDate.parse(date).atTime(9, 0).atOffset(IndicatorComputation.WIB);
    }

    private static void meeting(DSLContext dsl, GroupId g, String heldOn, String recordedOn, List<UUID> present) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(MEETING).set(MEETING.ID, id).set(MEETING.GROUP_ID, g.value())
                .set(MEETING.HELD_ON, LocalDate.parse(heldOn)).set(MEETING.MEETING_TYPE, "ROUTINE")
                .set(MEETING.RECORDED_AT, at(recordedOn)).set(MEETING.RECORDED_BY, "bendahara").execute();
        for (UUID m : present) {
            dsl.insertInto(MEETING_ATTENDANCE).set(MEETING_ATTENDANCE.MEETING_ID, id)
                    .set(MEETING_ATTENDANCE.MEMBER_ID, m).set(MEETING_ATTENDANCE.ATTENDANCE, "PRESENT").execute();
        }
    }

    private static void survey(DSLContext dsl, GroupId g, UUID member, int wave, String on, String recordedOn,
                               long income, int size, boolean jkn, int decile) {
        dsl.insertInto(HOUSEHOLD_SURVEY).set(HOUSEHOLD_SURVEY.ID, UUID.randomUUID())
                .set(HOUSEHOLD_SURVEY.GROUP_ID, g.value()).set(HOUSEHOLD_SURVEY.MEMBER_ID, member)
                .set(HOUSEHOLD_SURVEY.WAVE, (short) wave).set(HOUSEHOLD_SURVEY.SURVEYED_ON, LocalDate.parse(on))
                .set(HOUSEHOLD_SURVEY.SURVEYED_BY, "pendamping").set(HOUSEHOLD_SURVEY.HOUSEHOLD_SIZE, (short) size)
                .set(HOUSEHOLD_SURVEY.MONTHLY_INCOME_RUPIAH, income).set(HOUSEHOLD_SURVEY.KUBE_INCOME_RUPIAH, income / 4)
                .set(HOUSEHOLD_SURVEY.SAVINGS_RUPIAH, 0L).set(HOUSEHOLD_SURVEY.INCOME_SOURCES, "KUBE,FARMING")
                .set(HOUSEHOLD_SURVEY.JKN_ALL_MEMBERS, jkn).set(HOUSEHOLD_SURVEY.SCHOOL_AGE_CHILDREN, (short) 2)
                .set(HOUSEHOLD_SURVEY.SCHOOL_AGE_IN_SCHOOL, (short) 2).set(HOUSEHOLD_SURVEY.KIP, true)
                .set(HOUSEHOLD_SURVEY.PKH, true).set(HOUSEHOLD_SURVEY.ELECTRICITY, true)
                .set(HOUSEHOLD_SURVEY.CLEAN_WATER, true).set(HOUSEHOLD_SURVEY.SANITATION, true)
                .set(HOUSEHOLD_SURVEY.BIRTH_CERTIFICATES_ALL, true).set(HOUSEHOLD_SURVEY.CIVIL_DOCUMENTS_COMPLETE, true)
                .set(HOUSEHOLD_SURVEY.BANK_ACCOUNT, wave > 0).set(HOUSEHOLD_SURVEY.FOOD_SECURITY, "MILD")
                .set(HOUSEHOLD_SURVEY.WELFARE_DECILE, (short) decile).set(HOUSEHOLD_SURVEY.LEFT_WELFARE_REGISTER, false)
                .set(HOUSEHOLD_SURVEY.RECORDED_AT, at(recordedOn)).set(HOUSEHOLD_SURVEY.RECORDED_BY, "pendamping")
                .execute();
    }

    /**
     * Six families from January 2024, one leaves mid-May; two meetings a month scheduled; five held in Q2 (one
     * entered only in August); baseline in January, follow-up on 10 June entered on 25 June.
     */
    private GroupId groupWithAQuarterOfRecords(DSLContext dsl) {
        GroupId g = IndicatorFixtures.activeGroup(dsl, UUID.randomUUID(), VILLAGE, LocalDate.of(2023, 1, 10));
        List<UUID> m = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            m.add(IndicatorFixtures.member(dsl, g, VILLAGE, LocalDate.of(2024, 1, 1),
                    i == 5 ? LocalDate.of(2024, 5, 15) : null));
        }
        dsl.insertInto(MEETING_SCHEDULE).set(MEETING_SCHEDULE.GROUP_ID, g.value())
                .set(MEETING_SCHEDULE.EFFECTIVE_FROM, LocalDate.of(2024, 1, 1))
                .set(MEETING_SCHEDULE.MEETINGS_PER_MONTH, (short) 2)
                .set(MEETING_SCHEDULE.RECORDED_AT, at("2024-01-01")).set(MEETING_SCHEDULE.RECORDED_BY, "ketua").execute();
        meeting(dsl, g, "2024-04-05", "2024-04-05", m.subList(0, 6));
        meeting(dsl, g, "2024-04-20", "2024-04-20", m.subList(0, 4));
        meeting(dsl, g, "2024-05-05", "2024-05-06", m.subList(0, 5));
        meeting(dsl, g, "2024-06-05", "2024-06-05", m.subList(0, 5));
        meeting(dsl, g, "2024-06-20", "2024-08-01", m.subList(0, 5));
        long[] base = {1_500_000, 2_000_000, 2_500_000, 1_000_000, 3_000_000};
        long[] now = {1_900_000, 2_100_000, 2_400_000, 1_600_000, 3_500_000};
        for (int i = 0; i < 5; i++) {
            survey(dsl, g, m.get(i), 0, "2024-01-10", "2024-01-12", base[i], 4, i < 2, 3);
            survey(dsl, g, m.get(i), 1, "2024-06-10", "2024-06-25", now[i], 4, i < 4, i < 2 ? 5 : 3);
        }
        return g;
    }

    @Test
    void aQuarterAsOfItsFullKnowledge(DSLContext dsl) {
        GroupId g = groupWithAQuarterOfRecords(dsl);
        GroupPeriodSnapshot s = new IndicatorComputation(dsl, BooksFigures.unavailable())
                .compute(g, Q2, new AsOf(LocalDate.of(2024, 8, 31)));

        assertThat(s.activeMembers()).isEqualTo(5);
        assertThat(s.surveyedHouseholds()).isEqualTo(5);
        // 5 held ÷ 6 scheduled
        assertThat(s.value(Indicators.MEETING_REGULARITY).measured()).contains(new BigDecimal("0.833333"));
        // present 6+4+5+5+5 = 25 of active 6+6+6+5+5 = 28 (the sixth family left on 15 May)
        assertThat(s.value(Indicators.ATTENDANCE).measured()).contains(new BigDecimal("0.892857"));
        assertThat(s.value(Indicators.MEMBER_RETENTION).measured()).contains(new BigDecimal("0.833333"));
        // changes +400k, +100k, −100k, +600k, +500k → median 400,000
        assertThat(s.value(Indicators.MEDIAN_INCOME_CHANGE).measured()).contains(new BigDecimal("400000"));
        // line Maret 2024 national total 582,932 × 4 = 2,331,728: 2.4M and 3.5M are above
        assertThat(s.value(Indicators.ABOVE_POVERTY_LINE).measured()).contains(new BigDecimal("0.400000"));
        assertThat(s.value(Indicators.JKN_COVERAGE).measured()).contains(new BigDecimal("0.800000"));
        assertThat(s.value(Indicators.BANK_ACCOUNT).measured()).contains(new BigDecimal("1.000000"));
        assertThat(s.value(Indicators.LEFT_LOWEST_DECILES).measured()).contains(new BigDecimal("0.400000"));
        assertThat(s.value(Indicators.SURVIVAL_12).measured()).contains(new BigDecimal("1.000000"));
        assertThat(s.value(Indicators.SURVIVAL_24)).isEqualTo(IndicatorValue.missing(MissingReason.NOT_YET_OBSERVABLE));
        assertThat(s.value(Indicators.DIGITAL_ADOPTION)).isEqualTo(IndicatorValue.missing(MissingReason.NO_DATA));
        assertThat(s.value(Indicators.PAR30)).isEqualTo(IndicatorValue.missing(MissingReason.BOOKS_UNAVAILABLE));
        assertThat(s.value(Indicators.ACTIVE_PARTNERSHIPS).measured()).contains(BigDecimal.ZERO);
    }

    @Test
    void asOfAnEarlierDateOnlyWhatHadBeenRecordedCounts(DSLContext dsl) {
        GroupId g = groupWithAQuarterOfRecords(dsl);
        GroupPeriodSnapshot s = new IndicatorComputation(dsl, BooksFigures.unavailable())
                .compute(g, Q2, new AsOf(LocalDate.of(2024, 6, 20)));
        // cut at 20 June: 4 meetings recorded by then (the 20 June one was entered in August); 6 scheduled
        assertThat(s.value(Indicators.MEETING_REGULARITY).measured()).contains(new BigDecimal("0.666667"));
        // the follow-up entered on 25 June is not known yet: latest is the baseline, no change to measure
        assertThat(s.value(Indicators.MEDIAN_INCOME_CHANGE)).isEqualTo(IndicatorValue.missing(MissingReason.NO_DATA));
        assertThat(s.value(Indicators.BANK_ACCOUNT).measured()).contains(new BigDecimal("0.000000"));
        assertThat(s.value(Indicators.JKN_COVERAGE).measured()).contains(new BigDecimal("0.400000"));
    }

    @Test
    void booksFiguresComeThroughThePort(DSLContext dsl) {
        GroupId g = groupWithAQuarterOfRecords(dsl);
        BooksFigures books = (group, period, asOf) -> BooksPeriodFigures.builder(group, period, asOf)
                .known(BooksFigure.LOANS_OUTSTANDING_END, 10_000_000).known(BooksFigure.LOANS_OVER_30_DAYS_END, 800_000)
                .known(BooksFigure.IKS_BALANCE_END, 1_500_000).known(BooksFigure.EMERGENCY_FUND_END, 0).build();
        GroupPeriodSnapshot s = new IndicatorComputation(dsl, books).compute(g, Q2, new AsOf(LocalDate.of(2024, 8, 31)));
        assertThat(s.value(Indicators.PAR30).measured()).contains(new BigDecimal("0.080000"));
        // 1,500,000 ÷ (5 × 582,932) = 0.51
        assertThat(s.value(Indicators.BUFFER_MONTHS).measured()).contains(new BigDecimal("0.51"));

        new IndicatorSnapshots(dsl).save(s);
        assertThat(new IndicatorSnapshots(dsl).find(g, Q2, new AsOf(LocalDate.of(2024, 9, 1))).orElseThrow()
                .value(Indicators.PAR30).measured()).contains(new BigDecimal("0.080000"));
    }

    @Test
    void povertyLinesPreferTheMostSpecificLineOfTheLatestSurvey(DSLContext dsl) {
        PovertyLines lines = new PovertyLines(dsl);
        assertThat(lines.lineFor("51.04.01.2001", LocalDate.of(2023, 6, 30))).contains(525_050L);
        assertThat(lines.lineFor("51.04.03.1003", LocalDate.of(2023, 6, 30))).contains(569_299L);
        assertThat(lines.lineFor("51.04.03.1003", LocalDate.of(2024, 12, 31))).contains(595_242L);
        assertThat(lines.lineFor("35.14.01.2001", LocalDate.of(2024, 12, 31))).contains(547_751L);
        assertThat(lines.lineFor("51.04.01.2001", LocalDate.of(2021, 1, 31))).isEmpty();
    }
}
