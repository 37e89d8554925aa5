package id.kube.core.export;

import java.time.LocalDate;
import java.time.Period;

/** Ten-year age bands for exports (birth dates never leave): {@code <25}, {@code 25-34}, … {@code 65+}. */
public final class AgeBand {

    private AgeBand() {
    }

    public static String of(LocalDate birthDate, LocalDate on) {
        int age = Period.between(birthDate, on).getYears();
        if (age < 25) {
            return "<25";
        }
        if (age >= 65) {
            return "65+";
        }
        int low = (age - 25) / 10 * 10 + 25;
        return low + "-" + (low + 9);
    }
}
