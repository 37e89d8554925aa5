package id.kube.ledger.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;

import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kube.ledger.LedgerException;

class ScheduleTest {

    @ParameterizedTest(name = "{0} {1} {2}% {3} x{4} grace {5}")
    @CsvSource(textBlock = """
            # principal, method,    rate, frequency,   n,  grace, start,      first due,  first,  last,   total fee
              1000000,   FLAT,      2,    MONTHLY,     10, 0,     2026-01-15, 2026-02-15, 120000, 120000, 200000
              1000000,   FLAT,      1.5,  WEEKLY,      12, 2,     2026-01-05, 2026-01-26, 86794,  86804,  41538
              1000000,   DECLINING, 2,    MONTHLY,     4,  0,     2026-01-31, 2026-02-28, 270000, 255000, 50000
              100001,    DECLINING, 3,    FORTNIGHTLY, 3,  1,     2026-03-01, 2026-03-29, 34717,  33796,  2768
              500000,    FLAT,      0,    MONTHLY,     3,  0,     2026-01-01, 2026-02-01, 166666, 166668, 0
            """)
    void revolvingLoanScheduleSumsToPrincipalPlusFeeToTheRupiah(long principal, FeeMethod method, BigDecimal rate, Frequency frequency,
                                                               int n, int grace, LocalDate start, LocalDate firstDue, long first,
                                                               long last, long totalFee) {
        Schedule s = Schedule.of(new LoanTerms(principal, method, rate, frequency, n, grace, start));
        assertThat(s.installments()).hasSize(n);
        assertThat(s.installments().getFirst().dueOn()).isEqualTo(firstDue);
        assertThat(s.installments().getFirst().totalDue()).isEqualTo(first);
        assertThat(s.installments().getLast().totalDue()).isEqualTo(last);
        assertThat(s.totalFee()).isEqualTo(totalFee);
        assertThat(s.totalPrincipal()).isEqualTo(principal);
        assertThat(s.total()).isEqualTo(principal + totalFee);
    }

    @Test
    void anyTermsGiveASchedulePayingExactlyThePrincipalWithNonNegativeParts() {
        Random random = new Random(20260315L);
        for (int i = 0; i < 2_000; i++) {
            long principal = 1 + random.nextInt(50_000_000);
            LoanTerms terms = new LoanTerms(principal, FeeMethod.values()[random.nextInt(2)],
                    BigDecimal.valueOf(random.nextInt(1000), 2), Frequency.values()[random.nextInt(3)],
                    1 + random.nextInt(60), random.nextInt(5), LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365)));
            Schedule s = Schedule.of(terms);
            assertThat(s.totalPrincipal()).isEqualTo(principal);
            assertThat(s.installments()).allSatisfy(inst -> {
                assertThat(inst.principalDue()).isNotNegative();
                assertThat(inst.feeDue()).isNotNegative();
            });
            assertThat(s.installments()).isSortedAccordingTo((a, b) -> a.dueOn().compareTo(b.dueOn()));
        }
    }

    @Test
    void badTermsAreRefusedWithAReason() {
        assertThatThrownBy(() -> new LoanTerms(0, FeeMethod.FLAT, BigDecimal.ONE, Frequency.MONTHLY, 10, 0, LocalDate.now()))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.reason()).isEqualTo(LedgerException.Reason.INVALID_LOAN_TERMS));
        assertThatThrownBy(() -> new LoanTerms(1000, FeeMethod.FLAT, new BigDecimal("11"), Frequency.MONTHLY, 10, 0, LocalDate.now()))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.reason()).isEqualTo(LedgerException.Reason.INVALID_LOAN_TERMS));
        assertThatThrownBy(() -> LoanTerms.of(Money.of(new BigDecimal("1000.5"), "IDR"), FeeMethod.FLAT, BigDecimal.ONE, Frequency.MONTHLY, 10, 0, LocalDate.now()))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.reason()).isEqualTo(LedgerException.Reason.FRACTIONAL_RUPIAH));
    }
}
