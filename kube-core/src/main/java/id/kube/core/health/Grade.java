package id.kube.core.health;

import java.math.BigDecimal;

/** Health grades: A ≥ 85, B 75–84, C 60–74, D &lt; 60 (on the score rounded to one decimal). */
public enum Grade {
    A(85), B(75), C(60), D(0);

    private final int minScore;

    Grade(int minScore) {
        this.minScore = minScore;
    }

    public int minScore() {
        return minScore;
    }

    public static Grade of(BigDecimal score) {
        for (Grade g : values()) {
            if (score.compareTo(BigDecimal.valueOf(g.minScore)) >= 0) {
                return g;
            }
        }
        return D;
    }
}
