package id.kube.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kube.core.indicator.IndicatorFormulas.DecileMove;
import id.kube.core.indicator.IndicatorFormulas.HouseholdAgainstLine;
import id.kube.core.indicator.IndicatorFormulas.IncomePair;
import id.kube.core.indicator.IndicatorValue.Measured;
import id.kube.core.indicator.IndicatorValue.Missing;

class IndicatorFormulasTest {

    /** "MISSING:REASON" or the exact decimal expected. */
    static void assertValue(IndicatorValue actual, String expected) {
        if (expected.startsWith("MISSING:")) {
            assertThat(actual).isInstanceOf(Missing.class);
            assertThat(((Missing) actual).reason()).isEqualTo(MissingReason.valueOf(expected.substring(8)));
        } else {
            assertThat(actual).isInstanceOf(Measured.class);
            assertThat(((Measured) actual).value()).isEqualByComparingTo(expected);
            assertThat(((Measured) actual).value().toPlainString()).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0} held of {1} scheduled → {2}")
    @CsvSource(textBlock = """
            4, 4, 1.000000
            3, 4, 0.750000
            0, 4, 0.000000
            6, 4, 1.000000
            2, 3, 0.666667
            1, 0, MISSING:ZERO_DENOMINATOR
            """)
    void meetingRegularityIsHeldOverScheduledCappedAtOne(long held, long scheduled, String expected) {
        assertValue(IndicatorFormulas.meetingRegularity(held, scheduled, 10), expected);
    }

    @ParameterizedTest(name = "{0} present of {1} member-meetings → {2}")
    @CsvSource(textBlock = """
            40, 40, 1.000000
            30, 40, 0.750000
            1, 3, 0.333333
            0, 0, MISSING:ZERO_DENOMINATOR
            """)
    void attendanceIsPresentOverActiveMembersTimesMeetings(long present, long memberMeetings, String expected) {
        assertValue(IndicatorFormulas.attendance(present, memberMeetings, 10), expected);
    }

    @Test
    void attendanceAboveTheMembersPossibleIsRefused() {
        assertThatThrownBy(() -> IndicatorFormulas.attendance(41, 40, 10))
                .isInstanceOf(IndicatorException.class)
                .hasMessageContaining("melebihi penyebut")
                .extracting(e -> ((IndicatorException) e).reason())
                .isEqualTo(IndicatorException.Reason.NUMERATOR_EXCEEDS_DENOMINATOR);
    }

    @Test
    void negativeCountsAreRefusedInBahasaIndonesia() {
        assertThatThrownBy(() -> IndicatorFormulas.meetingRegularity(-1, 4, 10))
                .isInstanceOf(IndicatorException.class)
                .hasMessageContaining("tidak boleh negatif")
                .extracting(e -> ((IndicatorException) e).reason())
                .isEqualTo(IndicatorException.Reason.NEGATIVE_INPUT);
    }

    @ParameterizedTest(name = "IKS paid by {0} of {1} → {2}")
    @CsvSource(textBlock = """
            10, 10, 1.000000
            7, 10, 0.700000
            0, 0, MISSING:ZERO_DENOMINATOR
            """)
    void iksParticipation(long paid, long active, String expected) {
        assertValue(IndicatorFormulas.iksParticipation(paid, active), expected);
    }

    @ParameterizedTest(name = "IKS out {0} / in {1} → {2}")
    @CsvSource(textBlock = """
            250000, 1000000, 0.250000
            0, 1000000, 0.000000
            1500000, 1000000, 1.500000
            0, 0, MISSING:ZERO_DENOMINATOR
            """)
    void iksMutualAidIsPaidOutOverCollected(long out, long in, String expected) {
        assertValue(IndicatorFormulas.iksMutualAid(out, in, 10), expected);
    }

    @ParameterizedTest(name = "{0} of {1} stayed → {2}")
    @CsvSource(textBlock = """
            10, 10, 1.000000
            9, 10, 0.900000
            0, 0, MISSING:ZERO_DENOMINATOR
            """)
    void memberRetention(long stayed, long atStart, String expected) {
        assertValue(IndicatorFormulas.memberRetention(stayed, atStart), expected);
    }

    @ParameterizedTest(name = "contributions {0} of {1} → {2}")
    @CsvSource(textBlock = """
            500000, 500000, 1.000000
            450000, 500000, 0.900000
            600000, 500000, 1.000000
            0, 0, MISSING:ZERO_DENOMINATOR
            """)
    void contributionComplianceIsPaidOverDueCappedAtOne(long paid, long due, String expected) {
        assertValue(IndicatorFormulas.contributionCompliance(paid, due, 10), expected);
    }

    @ParameterizedTest(name = "baselines {0} / now {1} → {2}")
    @CsvSource(textBlock = """
            '1000000 2000000 1500000', '1200000 2100000 1400000', 100000
            '1000000 2000000', '1200000 2100000', 150000
            '1000000 2000000', '1000001 2000000', 0
            '1000000 2000000', '1000003 2000000', 2
            '1000000 x', '900000 5000000', -100000
            'x x', '900000 5000000', MISSING:NO_BASELINE
            '', '', MISSING:NO_DATA
            """)
    void medianIncomeChangeIsTheMedianOfEachHouseholdsChange(String baselines, String nows, String expected) {
        List<IncomePair> pairs = new ArrayList<>();
        String[] b = baselines.isBlank() ? new String[0] : baselines.split(" ");
        String[] n = nows.isBlank() ? new String[0] : nows.split(" ");
        for (int i = 0; i < b.length; i++) {
            pairs.add(new IncomePair("x".equals(b[i]) ? null : Long.valueOf(b[i]), Long.parseLong(n[i])));
        }
        assertValue(IndicatorFormulas.medianIncomeChange(pairs), expected);
    }

    @ParameterizedTest(name = "income {0}, size {1}, line {2} → {3}")
    @CsvSource(textBlock = """
            2000000, 4, 500000, 1.000000
            1999999, 4, 500000, 0.000000
            2000000, 5, 500000, 0.000000
            2000000, 4, , MISSING:NO_POVERTY_LINE
            """)
    void abovePovertyLineComparesIncomePerCapitaWithTheLine(long income, int size, Long line, String expected) {
        assertValue(IndicatorFormulas.abovePovertyLine(List.of(new HouseholdAgainstLine(income, size, line))),
                expected);
    }

    @Test
    void abovePovertyLineIsTheShareOfHouseholds() {
        var households = List.of(new HouseholdAgainstLine(3_000_000, 4, 600_000L),
                new HouseholdAgainstLine(1_000_000, 4, 600_000L), new HouseholdAgainstLine(2_400_000, 4, 600_000L));
        assertValue(IndicatorFormulas.abovePovertyLine(households), "0.666667");
        assertThat(IndicatorFormulas.abovePovertyLine(households).families()).isEqualTo(3);
        assertValue(IndicatorFormulas.abovePovertyLine(List.of()), "MISSING:NO_DATA");
    }

    @ParameterizedTest(name = "SHU {0} over {1} members → {2}")
    @CsvSource(textBlock = """
            1000000, 10, 100000
            1000005, 10, 100000
            1000015, 10, 100002
            0, 10, 0
            1000000, 0, MISSING:ZERO_DENOMINATOR
            """)
    void shuPerMemberInWholeRupiahHalfEven(long shu, long members, String expected) {
        assertValue(IndicatorFormulas.shuPerMember(shu, members), expected);
    }

    @ParameterizedTest(name = "KUBE income {0} of {1} → {2}")
    @CsvSource(textBlock = """
            500000, 2000000, 0.250000
            0, 0, MISSING:ZERO_DENOMINATOR
            """)
    void kubeIncomeShare(long kube, long total, String expected) {
        assertValue(IndicatorFormulas.kubeIncomeShare(kube, total, 8), expected);
    }

    @ParameterizedTest(name = "equity {0}, stimulus {1} → {2}")
    @CsvSource(textBlock = """
            20000000, 20000000, 1.000000
            30000000, 20000000, 1.500000
            10000000, 20000000, 0.500000
            -2000000, 20000000, -0.100000
            5000000, 0, MISSING:ZERO_DENOMINATOR
            """)
    void capitalMultipleIsEquityOverStimulus(long equity, long stimulus, String expected) {
        assertValue(IndicatorFormulas.capitalMultiple(equity, stimulus, 10), expected);
    }

    @ParameterizedTest(name = "own {0} of equity {1} → {2}")
    @CsvSource(textBlock = """
            5000000, 25000000, 0.200000
            0, 20000000, 0.000000
            -1000000, 20000000, 0.000000
            5000000, 0, MISSING:ZERO_DENOMINATOR
            5000000, -100, MISSING:ZERO_DENOMINATOR
            """)
    void selfFundedShareOfCapital(long own, long equity, String expected) {
        assertValue(IndicatorFormulas.selfFundedShare(own, equity, 10), expected);
    }

    @ParameterizedTest(name = "{0} months with revenue of {1} → {2}")
    @CsvSource(textBlock = """
            12, 12, 1.000000
            9, 12, 0.750000
            0, 0, MISSING:ZERO_DENOMINATOR
            """)
    void activeMonthsShare(long active, long since, String expected) {
        assertValue(IndicatorFormulas.activeMonths(active, since, 10), expected);
    }

    @ParameterizedTest(name = "revenue {0}, expenses {1} → {2}")
    @CsvSource(textBlock = """
            10000000, 8000000, 0.200000
            10000000, 12000000, -0.200000
            3000000, 2000000, 0.333333
            0, 500000, MISSING:ZERO_DENOMINATOR
            """)
    void profitMarginIsProfitOverRevenue(long revenue, long expenses, String expected) {
        assertValue(IndicatorFormulas.profitMargin(revenue, expenses, 10), expected);
    }

    @ParameterizedTest(name = "over 30 days {0} of {1} → {2}")
    @CsvSource(textBlock = """
            0, 10000000, 0.000000
            500000, 10000000, 0.050000
            2000000, 10000000, 0.200000
            0, 0, MISSING:ZERO_DENOMINATOR
            """)
    void par30IsOutstandingOver30DaysOverOutstanding(long over, long outstanding, String expected) {
        assertValue(IndicatorFormulas.par30(over, outstanding, 10), expected);
    }

    @ParameterizedTest(name = "repaid {0} of due {1} → {2}")
    @CsvSource(textBlock = """
            950000, 1000000, 0.950000
            1200000, 1000000, 1.000000
            0, 1000000, 0.000000
            0, 0, MISSING:ZERO_DENOMINATOR
            """)
    void repaymentRateIsRepaidOverDueCappedAtOne(long repaid, long due, String expected) {
        assertValue(IndicatorFormulas.repaymentRate(repaid, due, 10), expected);
    }

    @ParameterizedTest(name = "online {0}, digital payments {1} → {2}")
    @CsvSource(textBlock = """
            true, true, 1.000000
            true, false, 0.500000
            false, true, 0.500000
            false, false, 0.000000
            """)
    void digitalAdoptionCountsTheTwoPractices(boolean online, boolean qris, String expected) {
        assertValue(IndicatorFormulas.digitalAdoption(online, qris, 10), expected);
    }

    @ParameterizedTest(name = "{0} months closed on time of {1} → {2}")
    @CsvSource(textBlock = """
            3, 3, 1.000000
            2, 3, 0.666667
            0, 12, 0.000000
            """)
    void booksOnTime(long onTime, long months, String expected) {
        assertValue(IndicatorFormulas.booksOnTime(onTime, months, 10), expected);
    }

    @ParameterizedTest(name = "{0} cash counts agreeing of {1} → {2}")
    @CsvSource(textBlock = """
            4, 4, 1.000000
            3, 4, 0.750000
            0, 0, MISSING:ZERO_DENOMINATOR
            """)
    void cashCountAgreement(long agreeing, long counts, String expected) {
        assertValue(IndicatorFormulas.cashCountAgreement(agreeing, counts, 10), expected);
    }

    @ParameterizedTest(name = "{0}: {1} of {2} households → {3}")
    @CsvSource(textBlock = """
            jkn_coverage, 8, 10, 0.800000
            school_enrolment, 5, 6, 0.833333
            birth_certificates, 10, 10, 1.000000
            bank_account, 3, 10, 0.300000
            bank_account, 0, 0, MISSING:NO_DATA
            """)
    void accessIndicatorsAreSharesOfSurveyedHouseholds(String id, long yes, long surveyed, String expected) {
        assertValue(IndicatorFormulas.householdShare(Indicators.byId(id), yes, surveyed), expected);
    }

    @Test
    void aHouseholdShareOfANonSurveyIndicatorIsRefused() {
        assertThatThrownBy(() -> IndicatorFormulas.householdShare(Indicators.PAR30, 1, 2))
                .isInstanceOf(IndicatorException.class).hasMessageContaining("bukan indikator survei");
    }

    @ParameterizedTest(name = "referrals {0} of {1} → {2}")
    @CsvSource(textBlock = """
            3, 4, 0.750000
            0, 0, MISSING:ZERO_DENOMINATOR
            """)
    void referralsCompleted(long done, long made, String expected) {
        assertValue(IndicatorFormulas.referralsCompleted(done, made, 10), expected);
    }

    @ParameterizedTest(name = "support {0} over stimulus {1} → {2}")
    @CsvSource(textBlock = """
            5000000, 20000000, 0.250000
            0, 20000000, 0.000000
            30000000, 20000000, 1.500000
            1000000, 0, MISSING:ZERO_DENOMINATOR
            """)
    void externalSupportOverStimulus(long support, long stimulus, String expected) {
        assertValue(IndicatorFormulas.externalSupport(support, stimulus, 10), expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(textBlock = """
            active_partnerships, 3, 3
            non_member_participation, 0, 0
            """)
    void countsAreCounts(String id, long count, String expected) {
        assertValue(IndicatorFormulas.count(Indicators.byId(id), count, 10), expected);
    }

    @ParameterizedTest(name = "{0} helped within 30 days of {1} hit → {2}")
    @CsvSource(textBlock = """
            3, 4, 0.750000
            0, 0, MISSING:ZERO_DENOMINATOR
            """)
    void shockResponse(long helped, long hit, String expected) {
        assertValue(IndicatorFormulas.shockResponse(helped, hit, 10), expected);
    }

    @ParameterizedTest(name = "IKS {0} + emergency {1} over {2} members × line {3} → {4}")
    @CsvSource(textBlock = """
            3000000, 2000000, 10, 500000, 1.00
            1000000, 0, 10, 600000, 0.17
            0, 0, 10, 500000, 0.00
            1000000, 0, 10, , MISSING:NO_POVERTY_LINE
            1000000, 0, 0, 500000, MISSING:ZERO_DENOMINATOR
            """)
    void bufferMonths(long iks, long emergency, long members, Long line, String expected) {
        assertValue(IndicatorFormulas.bufferMonths(iks, emergency, members, line), expected);
    }

    @ParameterizedTest(name = "formed {1}, dissolved {2}, seen {3}: survived {0} months → {4}")
    @CsvSource(textBlock = """
            12, 2023-01-15, , 2024-01-15, 1.000000
            12, 2023-01-15, , 2024-01-14, MISSING:NOT_YET_OBSERVABLE
            12, 2023-01-15, 2023-10-01, 2023-12-31, 0.000000
            12, 2023-01-15, 2024-03-01, 2025-01-01, 1.000000
            24, 2023-01-15, 2024-03-01, 2025-02-01, 0.000000
            36, 2020-01-01, , 2025-01-01, 1.000000
            12, 2023-01-15, 2023-10-01, 2023-09-30, MISSING:NOT_YET_OBSERVABLE
            """)
    void groupSurvivalAtTheMark(int months, LocalDate formed, LocalDate dissolved, LocalDate cutOff, String expected) {
        assertValue(IndicatorFormulas.survival(months, formed, dissolved, cutOff, 10), expected);
    }

    @ParameterizedTest(name = "BCP {0} → {1}")
    @CsvSource(textBlock = """
            'true true true true', 1.000000
            'true false true false', 0.500000
            'false false false true', 0.250000
            'false false false false', 0.000000
            """)
    void bcpScoreIsItemsInPlaceOverFour(String items, String expected) {
        String[] parts = items.split(" ");
        boolean[] b = new boolean[parts.length];
        for (int i = 0; i < parts.length; i++) {
            b[i] = Boolean.parseBoolean(parts[i]);
        }
        assertValue(IndicatorFormulas.bcpScore(10, b), expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            '1>5 2>3 3>off 9>9', 0.666667
            '1>1 2>2', 0.000000
            '4>5', 1.000000
            '7>9 8>2', MISSING:ZERO_DENOMINATOR
            'x>3', MISSING:NO_BASELINE
            """)
    void householdsThatLeftTheLowestDeciles(String moves, String expected) {
        List<DecileMove> list = Arrays.stream(moves.split(" ")).map(m -> {
            String[] p = m.split(">");
            Integer base = "x".equals(p[0]) ? null : Integer.valueOf(p[0]);
            boolean off = "off".equals(p[1]);
            return new DecileMove(base, off ? null : Integer.valueOf(p[1]), off);
        }).toList();
        assertValue(IndicatorFormulas.leftLowestDeciles(list), expected);
    }

    @Test
    void measuredValuesCarryNumeratorAndDenominatorForPooling() {
        Measured m = (Measured) IndicatorFormulas.par30(500_000, 10_000_000, 9);
        assertThat(m.numerator()).isEqualByComparingTo("500000");
        assertThat(m.denominator()).isEqualByComparingTo("10000000");
        assertThat(m.families()).isEqualTo(9);
    }

    @Test
    void ratiosStayExactOverManyRandomInputs() {
        var random = new java.util.Random(20261123L);
        for (int i = 0; i < 5_000; i++) {
            long den = 1 + random.nextInt(1_000_000);
            long num = random.nextLong(den + 1);
            Measured m = (Measured) IndicatorFormulas.par30(num, den, 5);
            BigDecimal exact = BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), java.math.MathContext.DECIMAL128);
            assertThat(m.value().subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.0000005"));
            assertThat(m.value()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
        }
    }
}
