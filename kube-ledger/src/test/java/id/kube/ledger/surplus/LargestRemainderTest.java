package id.kube.ledger.surplus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LargestRemainderTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            # total;   weights;       expected parts
              100;     1,1,1;         34,33,33
              10;      5,3,2;         5,3,2
              7;       1,1,1,1;       2,2,2,1
              1000001; 25,10,40,25;   250000,100000,400001,250000
              0;       3,4;           0,0
            """)
    void partsAreTheFloorsPlusOneRupiahForTheLargestRemainders(long total, String weights, String expected) {
        long[] w = Arrays.stream(weights.split(",")).mapToLong(Long::parseLong).toArray();
        long[] e = Arrays.stream(expected.split(",")).mapToLong(Long::parseLong).toArray();
        assertThat(LargestRemainder.allocate(total, w)).containsExactly(e);
    }

    @Test
    void thePartsAlwaysSumExactlyToTheWhole() {
        Random random = new Random(7L);
        for (int i = 0; i < 10_000; i++) {
            long total = random.nextLong(1_000_000_000_000L);
            long[] weights = random.longs(1 + random.nextInt(30), 0, 1_000_000).toArray();
            weights[0] += 1;
            long[] parts = LargestRemainder.allocate(total, weights);
            assertThat(Arrays.stream(parts).sum()).isEqualTo(total);
            long weightSum = Arrays.stream(weights).sum();
            for (int k = 0; k < parts.length; k++) {
                double quota = (double) total * weights[k] / weightSum;
                assertThat((double) parts[k]).isBetween(Math.floor(quota) - 1, Math.ceil(quota) + 1);
            }
        }
    }
}
