package id.kube.admin.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kube.admin.entry.RupiahInput.InvalidAmountException;
import id.kube.core.money.Rupiah;

class RupiahInputTest {

    @ParameterizedTest(name = "\"{0}\" = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1250000          | 1250000
            1.250.000        | 1250000
            Rp1.250.000      | 1250000
            Rp 1.250.000     | 1250000
            rp1.250.000      | 1250000
            '  1.250.000  '  | 1250000
            1.250.000,00     | 1250000
            1.250.000,0      | 1250000
            500              | 500
            1.000            | 1000
            999.999.999.999  | 999999999999
            """)
    void amountsTypedTheIndonesianWayAreRead(String typed, long expected) {
        assertThat(RupiahInput.parse(typed)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                  | EMPTY
            Rp                  | EMPTY
            0                   | NOT_POSITIVE
            -5.000              | NOT_POSITIVE
            1.250,50            | FRACTION
            1.250.000,05        | FRACTION
            12.50.000           | NOT_A_NUMBER
            1,250,000           | NOT_A_NUMBER
            1.2500              | NOT_A_NUMBER
            satu juta           | NOT_A_NUMBER
            1e6                 | NOT_A_NUMBER
            1.000.000.000.000   | TOO_LARGE
            99999999999999999999 | NOT_A_NUMBER
            """)
    void badInputIsRefusedWithAReasonNeverRounded(String typed, InvalidAmountException.Reason reason) {
        assertThatThrownBy(() -> RupiahInput.parse(typed))
                .isInstanceOfSatisfying(InvalidAmountException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void refusalsSpeakIndonesian() {
        assertThatThrownBy(() -> RupiahInput.parse("1.250,50")).hasMessage("Jumlah harus dalam rupiah utuh, tanpa sen");
        assertThatThrownBy(() -> RupiahInput.parse("")).hasMessage("Jumlah wajib diisi");
    }

    @Test
    void formatWritesRupiahWithDotsAndAgreesWithKubeCore() {
        assertThat(RupiahInput.format(1_250_000)).isEqualTo("Rp1.250.000");
        assertThat(RupiahInput.format(500)).isEqualTo("Rp500");
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            long amount = 1 + Math.floorMod(random.nextLong(), RupiahInput.MAX);
            String written = RupiahInput.format(amount);
            assertThat(written).isEqualTo(Rupiah.format(amount));
            assertThat(RupiahInput.parse(written)).as(written).isEqualTo(amount);
        }
    }
}
