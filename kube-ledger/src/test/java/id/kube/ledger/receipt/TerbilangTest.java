package id.kube.ledger.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Random;

import javax.money.Monetary;

import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kube.core.money.Rupiah;
import id.kube.core.money.RupiahAmountException;

class TerbilangTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0                    | nol rupiah
            1                    | satu rupiah
            9                    | sembilan rupiah
            10                   | sepuluh rupiah
            11                   | sebelas rupiah
            12                   | dua belas rupiah
            19                   | sembilan belas rupiah
            20                   | dua puluh rupiah
            21                   | dua puluh satu rupiah
            99                   | sembilan puluh sembilan rupiah
            100                  | seratus rupiah
            101                  | seratus satu rupiah
            111                  | seratus sebelas rupiah
            200                  | dua ratus rupiah
            999                  | sembilan ratus sembilan puluh sembilan rupiah
            1000                 | seribu rupiah
            1001                 | seribu satu rupiah
            1100                 | seribu seratus rupiah
            1111                 | seribu seratus sebelas rupiah
            2000                 | dua ribu rupiah
            10000                | sepuluh ribu rupiah
            11000                | sebelas ribu rupiah
            100000               | seratus ribu rupiah
            101000               | seratus satu ribu rupiah
            111111               | seratus sebelas ribu seratus sebelas rupiah
            1000000              | satu juta rupiah
            1001001              | satu juta seribu satu rupiah
            1250000              | satu juta dua ratus lima puluh ribu rupiah
            11000000             | sebelas juta rupiah
            100000000            | seratus juta rupiah
            1000000000           | satu miliar rupiah
            2000000011           | dua miliar sebelas rupiah
            1000001000           | satu miliar seribu rupiah
            1000000000000        | satu triliun rupiah
            5000000000100        | lima triliun seratus rupiah
            1000000000000000     | satu kuadriliun rupiah
            9223372036854775807  | sembilan kuintiliun dua ratus dua puluh tiga kuadriliun tiga ratus tujuh puluh dua triliun tiga puluh enam miliar delapan ratus lima puluh empat juta tujuh ratus tujuh puluh lima ribu delapan ratus tujuh rupiah
            -1                   | minus satu rupiah
            -1000                | minus seribu rupiah
            -1250000             | minus satu juta dua ratus lima puluh ribu rupiah
            -9223372036854775808 | minus sembilan kuintiliun dua ratus dua puluh tiga kuadriliun tiga ratus tujuh puluh dua triliun tiga puluh enam miliar delapan ratus lima puluh empat juta tujuh ratus tujuh puluh lima ribu delapan ratus delapan rupiah
            """)
    void wholeRupiahAreSpelledAsOnAKuitansi(long amount, String words) {
        assertThat(Terbilang.rupiah(amount)).isEqualTo(words);
    }

    @Test
    void aMonetaryAmountIsSpelledWhenItIsWholeRupiah() {
        assertThat(Terbilang.rupiah(Rupiah.of(1_250_000))).isEqualTo("satu juta dua ratus lima puluh ribu rupiah");
        assertThatThrownBy(() -> Terbilang.rupiah(Money.of(new BigDecimal("10.50"), Rupiah.IDR)))
                .isInstanceOf(RupiahAmountException.class);
        assertThatThrownBy(() -> Terbilang.rupiah(Money.of(10, Monetary.getCurrency("USD"))))
                .isInstanceOf(RupiahAmountException.class);
    }

    /** Reading the words back gives the number again, for random amounts of every size and sign. */
    @Test
    void wordsReadBackToTheSameNumber() {
        Random random = new Random(20_260_315L);
        for (int i = 0; i < 20_000; i++) {
            long n = switch (i % 4) {
                case 0 -> random.nextInt(100_000);
                case 1 -> random.nextLong(1_000_000_000_000L);
                case 2 -> random.nextLong();
                default -> (long) Math.pow(10, random.nextInt(19)) * (1 + random.nextInt(9)) + random.nextInt(1_001);
            };
            String words = Terbilang.words(n);
            assertThat(words).doesNotContain("  ").doesNotStartWith(" ").doesNotEndWith(" ")
                    .doesNotContain("satu ratus").doesNotContain("satu puluh").doesNotContain("satu belas");
            assertThat(readBack(words)).as(words).isEqualTo(n);
        }
    }

    private static final Map<String, Long> UNITS = Map.ofEntries(Map.entry("satu", 1L), Map.entry("dua", 2L), Map.entry("tiga", 3L),
            Map.entry("empat", 4L), Map.entry("lima", 5L), Map.entry("enam", 6L), Map.entry("tujuh", 7L), Map.entry("delapan", 8L),
            Map.entry("sembilan", 9L), Map.entry("sepuluh", 10L), Map.entry("sebelas", 11L), Map.entry("seratus", 100L),
            Map.entry("seribu", 1000L));
    private static final Map<String, Long> SCALES = Map.of("ribu", 1_000L, "juta", 1_000_000L, "miliar", 1_000_000_000L,
            "triliun", 1_000_000_000_000L, "kuadriliun", 1_000_000_000_000_000L, "kuintiliun", 1_000_000_000_000_000_000L);

    /** An independent reader of Indonesian number words (negative accumulation so Long.MIN_VALUE fits). */
    private static long readBack(String words) {
        String[] tokens = words.split(" ");
        boolean negative = tokens[0].equals("minus");
        long total = 0; // accumulated negatively
        long group = 0; // value below one thousand being built
        long small = 0; // current digit or teen
        for (int i = negative ? 1 : 0; i < tokens.length; i++) {
            String t = tokens[i];
            switch (t) {
                case "nol" -> { }
                case "belas" -> small += 10;
                case "puluh" -> small *= 10;
                case "ratus" -> { group += small * 100; small = 0; }
                case "seratus" -> group += 100;
                case "seribu" -> total -= 1000;
                default -> {
                    Long scale = SCALES.get(t);
                    if (scale != null) {
                        group += small;
                        small = 0;
                        total -= group * scale;
                        group = 0;
                    } else if (small >= 20 && small % 10 == 0) {
                        small += UNITS.get(t); // "dua puluh" + "satu"
                    } else {
                        group += small;
                        small = UNITS.get(t);
                    }
                }
            }
        }
        total -= group + small;
        return negative ? total : -total;
    }
}
