package id.kube.core.indicator;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One indicator's value for one group (or region) and period: measured, with the numerator, denominator and
 * number of families behind it, or missing with a reason. Never a zero standing in for "unknown".
 */
public sealed interface IndicatorValue permits IndicatorValue.Measured, IndicatorValue.Missing {

    /** Number of families (member households) the value rests on; 0 when missing. */
    int families();

    default Optional<BigDecimal> measured() {
        return switch (this) {
            case Measured m -> Optional.of(m.value());
            case Missing ignored -> Optional.empty();
        };
    }

    static Missing missing(MissingReason reason) {
        return new Missing(reason, reason.labelId());
    }

    /**
     * @param numerator   the counted part where the indicator is a ratio (null otherwise)
     * @param denominator the base where the indicator is a ratio (null otherwise)
     */
    record Measured(BigDecimal value, @Nullable BigDecimal numerator, @Nullable BigDecimal denominator,
                    int families) implements IndicatorValue {
        public Measured {
            Objects.requireNonNull(value, "value");
            if (families < 0) {
                throw new IllegalArgumentException("families must not be negative: " + families);
            }
            if ((numerator == null) != (denominator == null)) {
                throw new IllegalArgumentException("numerator and denominator come together");
            }
        }

        public static Measured of(BigDecimal value, int families) {
            return new Measured(value, null, null, families);
        }
    }

    record Missing(MissingReason reason, String detail) implements IndicatorValue {
        public Missing {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public int families() {
            return 0;
        }
    }
}
