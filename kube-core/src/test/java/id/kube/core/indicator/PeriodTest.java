package id.kube.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

    @ParameterizedTest(name = "{0} containing {1} is {2} from {3} to {4}")
    @CsvSource(textBlock = """
            MONTH, 2025-02-17, 2025-02, 2025-02-01, 2025-02-28
            MONTH, 2024-02-29, 2024-02, 2024-02-01, 2024-02-29
            QUARTER, 2025-05-31, 2025-Q2, 2025-04-01, 2025-06-30
            QUARTER, 2025-12-31, 2025-Q4, 2025-10-01, 2025-12-31
            YEAR, 2025-07-04, 2025, 2025-01-01, 2025-12-31
            """)
    void periodsContainingADate(PeriodType type, LocalDate date, String label, LocalDate start, LocalDate end) {
        Period p = Period.containing(type, date);
        assertThat(p.label()).isEqualTo(label);
        assertThat(p.start()).isEqualTo(start);
        assertThat(p.end()).isEqualTo(end);
        assertThat(p.contains(date)).isTrue();
        assertThat(p.contains(end.plusDays(1))).isFalse();
        assertThat(Period.parse(label)).isEqualTo(p);
        assertThat(p.next().previous()).isEqualTo(p);
    }

    @Test
    void aPeriodMustStartOnItsBoundary() {
        assertThatThrownBy(() -> new Period(PeriodType.QUARTER, LocalDate.of(2025, 2, 1)))
                .isInstanceOf(IndicatorException.class).hasMessageContaining("harus dimulai pada awal triwulan");
        assertThatThrownBy(() -> Period.parse("2025-13")).isInstanceOf(IndicatorException.class)
                .hasMessageContaining("Periode tidak dikenal");
        assertThatThrownBy(() -> Period.quarter(2025, 5)).isInstanceOf(IndicatorException.class);
    }

    @ParameterizedTest(name = "as of {0}, period {1}: cut-off {2}, before {3}")
    @CsvSource(textBlock = """
            2025-06-30, 2025-Q2, 2025-06-30, false
            2025-05-10, 2025-Q2, 2025-05-10, false
            2026-01-01, 2025-Q2, 2025-06-30, false
            2025-03-31, 2025-Q2, 2025-03-31, true
            """)
    void asOfCutsThePeriodAtWhatWasKnown(LocalDate asOf, String period, LocalDate cutOff, boolean before) {
        AsOf a = new AsOf(asOf);
        assertThat(a.cutOff(Period.parse(period))).isEqualTo(cutOff);
        assertThat(a.before(Period.parse(period))).isEqualTo(before);
    }
}
