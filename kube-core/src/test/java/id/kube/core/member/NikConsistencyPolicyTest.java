package id.kube.core.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kube.core.region.RegionCode;

class NikConsistencyPolicyTest {

    private final NikConsistencyPolicy policy = new NikConsistencyPolicy(
            Set.of(RegionCode.of("51.04.05"), RegionCode.of("52.01.02"))::contains);

    @ParameterizedTest(name = "NIK {0} vs born {1}")
    @CsvSource(textBlock = """
            5104051203850003, 1985-03-13
            5104051203850003, 1985-04-12
            5104051203850003, 1986-03-12
            5104051203850003, 1885-03-13
            """)
    void aNikWhoseBirthDateDisagreesWithTheGivenBirthDateIsAnError(String nik, LocalDate birthDate) {
        assertThatThrownBy(() -> policy.check(Nik.of(nik), Sex.MALE, birthDate))
                .isInstanceOf(MemberRuleException.class)
                .hasMessageContaining("Tanggal lahir pada NIK 5104xxxxxxxx0003 (12-03-85)")
                .extracting(e -> ((MemberRuleException) e).reason())
                .isEqualTo(MemberRuleException.Reason.NIK_BIRTH_DATE_MISMATCH);
    }

    @Test
    void aWomansNikHasFortyAddedToTheDay() {
        assertThat(policy.check(Nik.of("5104055203850003"), Sex.FEMALE, LocalDate.of(1985, 3, 12))).isEmpty();
    }

    @Test
    void aNikWhoseSexDisagreesWithTheGivenSexIsAnError() {
        assertThatThrownBy(() -> policy.check(Nik.of("5104055203850003"), Sex.MALE, LocalDate.of(1985, 3, 12)))
                .isInstanceOf(MemberRuleException.class)
                .hasMessageContaining("NIK perempuan")
                .extracting(e -> ((MemberRuleException) e).reason())
                .isEqualTo(MemberRuleException.Reason.NIK_SEX_MISMATCH);
        assertThatThrownBy(() -> policy.check(Nik.of("5104051203850003"), Sex.FEMALE, LocalDate.of(1985, 3, 12)))
                .extracting(e -> ((MemberRuleException) e).reason())
                .isEqualTo(MemberRuleException.Reason.NIK_SEX_MISMATCH);
    }

    @Test
    void anUnknownDistrictPrefixIsOnlyAWarning() {
        List<NikWarning> warnings = policy.check(Nik.of("5104991203850003"), Sex.MALE, LocalDate.of(1985, 3, 12));
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(NikWarning.Code.UNKNOWN_DISTRICT);
            assertThat(w.message()).contains("51.04.99");
        });
    }

    @Test
    void everyDayOfTheYearRoundTripsForBothSexes() {
        // property-style: every birth date of a leap year and a common year, both sexes, agrees with itself
        for (LocalDate d = LocalDate.of(1996, 1, 1); d.isBefore(LocalDate.of(1998, 1, 1)); d = d.plusDays(1)) {
            for (Sex sex : Sex.values()) {
                int day = d.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0);
                Nik nik = Nik.of(String.format("510405%02d%02d%02d0001", day, d.getMonthValue(), d.getYear() % 100));
                assertThat(policy.check(nik, sex, d)).isEmpty();
                LocalDate other = d.plusDays(1);
                assertThatThrownBy(() -> policy.check(nik, sex, other)).isInstanceOf(MemberRuleException.class);
            }
        }
    }
}
