package id.kube.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RupiahTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            1250000, Rp1.250.000
            0,       Rp0
            999,     Rp999
            -5000,   -Rp5.000
            """)
    void formatsTheIndonesianWay(long amount, String expected) {
        assertThat(Rupiah.format(Rupiah.of(amount))).isEqualTo(expected);
    }

    @Test
    void refusesFractionsOfARupiahInsteadOfRounding() {
        assertThatThrownBy(() -> Rupiah.toLong(Money.of(new java.math.BigDecimal("1000.50"), "IDR")))
                .isInstanceOf(RupiahAmountException.class)
                .hasMessageContaining("rupiah utuh")
                .extracting(e -> ((RupiahAmountException) e).reason())
                .isEqualTo(RupiahAmountException.Reason.FRACTIONAL_RUPIAH);
    }

    @Test
    void refusesAnotherCurrency() {
        assertThatThrownBy(() -> Rupiah.toLong(Money.of(10, "USD")))
                .isInstanceOf(RupiahAmountException.class)
                .hasMessageContaining("USD");
    }

    @Test
    void roundTripsWholeRupiah() {
        assertThat(Rupiah.toLong(Rupiah.of(1_250_000))).isEqualTo(1_250_000L);
    }
}
