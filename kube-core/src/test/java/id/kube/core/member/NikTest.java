package id.kube.core.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kube.core.region.RegionCode;

class NikTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            510405120385000,   harus 16 angka
            51040512038500031, harus 16 angka
            51040512O3850003,  harus 16 angka
            0104051203850003,  kode provinsi
            5100051203850003,  kode kabupaten/kota
            5170051203850003,  kode kabupaten/kota
            5104001203850003,  kecamatan
            5104050013850003,  tanggal lahir
            5104053203850003,  tanggal lahir
            5104054003850003,  tanggal lahir
            5104057203850003,  tanggal lahir
            5104051213850003,  tanggal lahir
            5104053002850003,  tanggal lahir
            5104057002850003,  tanggal lahir
            5104051203850000,  nomor urut
            """)
    void malformedNikIsRefusedWithTheReasonInIndonesian(String text, String expected) {
        assertThatThrownBy(() -> Nik.of(text))
                .isInstanceOf(MemberRuleException.class)
                .hasMessageContaining(expected)
                .extracting(e -> ((MemberRuleException) e).reason())
                .isEqualTo(MemberRuleException.Reason.NIK_MALFORMED);
    }

    @ParameterizedTest(name = "{0} is {1} born {2}-{3}-{4}")
    @CsvSource(textBlock = """
            5104051203850003, MALE,   12, 3, 85, 51.04.05
            5104055203850003, FEMALE, 12, 3, 85, 51.04.05
            5272014101990001, FEMALE,  1, 1, 99, 52.72.01
            1902037112000123, FEMALE, 31, 12, 0, 19.02.03
            3514242902040007, MALE,   29, 2,  4, 35.14.24
            """)
    void theNikEncodesDistrictSexAndBirthDate(String text, Sex sex, int day, int month, int year, String district) {
        Nik nik = Nik.of(text);
        assertThat(nik.sex()).isEqualTo(sex);
        assertThat(nik.birthDay()).isEqualTo(day);
        assertThat(nik.birthMonth()).isEqualTo(month);
        assertThat(nik.birthYearOfCentury()).isEqualTo(year);
        assertThat(nik.districtOfRegistration()).isEqualTo(RegionCode.of(district));
    }

    @Test
    void theNikIsShownMaskedAndNeverPrintedInClear() {
        Nik nik = Nik.of("5104051203850003");
        assertThat(nik.masked()).isEqualTo("5104xxxxxxxx0003");
        assertThat(nik.toString()).isEqualTo("5104xxxxxxxx0003");
        assertThat(List.of(nik).toString()).doesNotContain("051203");
    }

    @Test
    void surroundingSpacesAreIgnored() {
        assertThat(Nik.of(" 5104051203850003 ").value()).isEqualTo("5104051203850003");
    }

    @Test
    void familyCardNumberMustHaveSixteenDigits() {
        assertThatThrownBy(() -> FamilyCardNumber.of("510405120385"))
                .isInstanceOf(MemberRuleException.class)
                .extracting(e -> ((MemberRuleException) e).reason())
                .isEqualTo(MemberRuleException.Reason.FAMILY_CARD_MALFORMED);
        assertThat(FamilyCardNumber.of("5104050101090042").toString()).isEqualTo("5104xxxxxxxx0042");
    }

    @Test
    void aLeapDayBirthIsAccepted() {
        assertThat(Nik.of("5104056902000001").birthDay()).isEqualTo(29);
        assertThat(LocalDate.of(2000, 2, 29).getDayOfMonth()).isEqualTo(29);
    }
}
