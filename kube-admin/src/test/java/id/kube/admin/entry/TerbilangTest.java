package id.kube.admin.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerbilangTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0                   | nol
            1                   | satu
            10                  | sepuluh
            11                  | sebelas
            12                  | dua belas
            19                  | sembilan belas
            20                  | dua puluh
            21                  | dua puluh satu
            100                 | seratus
            101                 | seratus satu
            110                 | seratus sepuluh
            115                 | seratus lima belas
            999                 | sembilan ratus sembilan puluh sembilan
            1000                | seribu
            1001                | seribu satu
            1100                | seribu seratus
            2000                | dua ribu
            11000               | sebelas ribu
            100000              | seratus ribu
            101000              | seratus satu ribu
            1000000             | satu juta
            1250000             | satu juta dua ratus lima puluh ribu
            1001001             | satu juta seribu satu
            25000000            | dua puluh lima juta
            1000000000          | satu miliar
            2000001000          | dua miliar seribu
            1000000000000       | satu triliun
            999999999999999     | sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan
            """)
    void amountsReadAsAKuitansiWritesThem(long amount, String words) {
        assertThat(Terbilang.words(amount)).isEqualTo(words);
    }

    @Test
    void aKuitansiAmountEndsInRupiah() {
        assertThat(Terbilang.rupiah(1_250_000)).isEqualTo("satu juta dua ratus lima puluh ribu rupiah");
    }

    @Test
    void aLoneThousandHundredTenOrTeenIsAlwaysSeAndWordsAreNeverPadded() {
        Random random = new Random(20251123);
        for (int i = 0; i < 20_000; i++) {
            long amount = Math.floorMod(random.nextLong(), Terbilang.MAX + 1);
            String words = Terbilang.words(amount);
            assertThat(words).as("%d", amount).isNotBlank().doesNotContain("  ").isEqualTo(words.strip())
                    .doesNotStartWith("satu ribu").doesNotContain("juta satu ribu")
                    .doesNotContain("miliar satu ribu").doesNotContain("triliun satu ribu")
                    .doesNotContain("satu ratus").doesNotContain("satu puluh").doesNotContain("satu belas");
        }
    }

    @Test
    void amountsOutsideTheRangeAreRefused() {
        assertThatThrownBy(() -> Terbilang.words(-1)).hasMessageContaining("di luar batas");
        assertThatThrownBy(() -> Terbilang.words(Terbilang.MAX + 1)).hasMessageContaining("di luar batas");
    }
}
