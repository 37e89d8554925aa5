package id.kube.seeds.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityNumbersTest {

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource(textBlock = """
            # nik,             birth date, sex, expected reason (NONE = valid)
            5104014404948002, 1994-04-04, P, NONE
            5104011607748001, 1974-07-16, L, NONE
            5104011607748001, 1974-07-16, P, NIK_TIDAK_SESUAI
            5104014404948002, 1994-04-04, L, NIK_TIDAK_SESUAI
            5104011607748001, 1974-07-17, L, NIK_TIDAK_SESUAI
            5104011607758001, 1974-07-16, L, NIK_TIDAK_SESUAI
            510401160774800,  1974-07-16, L, NIK_TIDAK_VALID
            51040116077480011, 1974-07-16, L, NIK_TIDAK_VALID
            5104011607740000, 1974-07-16, L, NIK_TIDAK_VALID
            5104013207748001, 1974-07-16, L, NIK_TIDAK_VALID
            5104011613748001, 1974-07-16, L, NIK_TIDAK_VALID
            0004011607748001, 1974-07-16, L, NIK_TIDAK_VALID
            5104007107748001, 1974-07-31, P, NIK_TIDAK_VALID
            510401310274800A, 1974-02-28, L, NIK_TIDAK_VALID
            5104013102748001, 1974-02-28, L, NIK_TIDAK_VALID
            """)
    void nikAgreesWithTheBirthDateAndSexOfTheRow(String nik, LocalDate birth, char sex, String expected) {
        var problem = IdentityNumbers.checkNik(nik, birth, sex);
        assertThat(problem.map(p -> p.reason().name()).orElse("NONE")).isEqualTo(expected);
    }

    @Test
    void messagesNeverShowTheWholeNik() {
        var problem = IdentityNumbers.checkNik("5104011607748001", LocalDate.of(1974, 7, 17), 'L');
        assertThat(problem).isPresent();
        assertThat(problem.get().message()).contains("5104xxxxxxxx8001").doesNotContain("5104011607748001");
    }

    @Test
    void familyCardMustBeSixteenDigitsAndNotAFiller() {
        assertThat(IdentityNumbers.checkFamilyCard("5104010806128002")).isEmpty();
        assertThat(IdentityNumbers.checkFamilyCard("510401080612800")).isPresent();
        assertThat(IdentityNumbers.checkFamilyCard("1111111111111111")).isPresent();
    }
}
