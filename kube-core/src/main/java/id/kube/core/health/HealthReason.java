package id.kube.core.health;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import id.kube.core.group.GroupStage;
import id.kube.core.health.StageAssessment.Condition;

/**
 * Why a group is flagged or held back, as a code with arguments, so a screen can say it in Bahasa Indonesia or
 * English ({@link #text(Locale)}), and a stored score keeps it ({@link #encode()} / {@link #decode(String)}).
 *
 * @param target the stage the group is held back from (null for a flag)
 * @param args   the code's arguments as plain text (numbers already formatted; a dimension or condition by name)
 */
public record HealthReason(Kind kind, @Nullable GroupStage target, Code code, List<String> args) {

    public enum Kind {
        /** Something in the score needs attention. */
        FLAG,
        /** A condition of a higher stage is not met. */
        HELD_BACK
    }

    /** Reason codes with their Indonesian and English wording ({0}, {1}, … are the arguments). */
    public enum Code {
        NO_SCORE("Skor tidak dihitung: data hanya mencakup {0} dari 100 poin",
                "No score: the data cover only {0} of 100 points"),
        GRADE_D("Nilai D: skor {0} di bawah 60", "Grade D: score {0} is below 60"),
        /** args: dimension, points earned, points possible. */
        WEAK_DIMENSION("{0} lemah: {1} dari {2} poin", "{0} weak: {1} of {2} points"),
        /** args: condition, required minimum. */
        FACT_MISSING("Data {0} belum ada (syarat tahap {2}: minimal {1})",
                "No data yet: {0} (stage {2} needs at least {1})"),
        /** args: condition, actual, required minimum. */
        FACT_BELOW("Baru {1} {0}; tahap {3} memerlukan minimal {2}",
                "Only {1} {0}; stage {3} needs at least {2}"),
        CAPITAL_UNKNOWN("Pertumbuhan modal belum dapat dinilai: data ekuitas 12 bulan belum ada",
                "Capital growth cannot be judged yet: no equity figures for twelve months"),
        CAPITAL_NOT_GROWING("Modal tidak tumbuh: ekuitas tidak naik dalam 12 bulan atau di bawah dana stimulan",
                "Capital is not growing: equity did not rise over twelve months or is below the stimulus"),
        /** args: required minimum. */
        SCORE_MISSING("Skor kesehatan belum dapat dihitung (data tidak cukup); tahap {1} memerlukan skor minimal {0}",
                "The health score cannot be computed yet (not enough data); stage {1} needs a score of at least {0}"),
        /** args: score, required minimum. */
        SCORE_BELOW("Skor kesehatan {0}; tahap {2} memerlukan minimal {1}",
                "Health score {0}; stage {2} needs at least {1}");

        private final String id;
        private final String en;

        Code(String id, String en) {
            this.id = id;
            this.en = en;
        }
    }

    public HealthReason {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
        for (String a : args) {
            if (a.contains("|") || a.contains("\n")) {
                throw new IllegalArgumentException("reason argument may not contain '|' or a line break: " + a);
            }
        }
        if ((kind == Kind.HELD_BACK) != (target != null)) {
            throw new IllegalArgumentException("a held-back reason names its target stage, a flag does not");
        }
    }

    public static HealthReason flag(Code code, String... args) {
        return new HealthReason(Kind.FLAG, null, code, Arrays.asList(args));
    }

    public static HealthReason heldBack(GroupStage target, Code code, String... args) {
        return new HealthReason(Kind.HELD_BACK, target, code, Arrays.asList(args));
    }

    /** The reason in English when the locale's language is "en", otherwise in Bahasa Indonesia. */
    public String text(Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        List<Object> shown = new ArrayList<>();
        for (String a : args) {
            shown.add(word(a, en));
        }
        if (target != null) {
            shown.add(stageName(target, en));
        }
        MessageFormat f = new MessageFormat((en ? code.en : code.id).replace("'", "''"), Locale.ROOT);
        return f.format(shown.toArray());
    }

    private static String word(String arg, boolean en) {
        for (HealthDimension d : HealthDimension.values()) {
            if (d.name().equals(arg)) {
                return en ? d.nameEn() : d.nameId();
            }
        }
        for (Condition c : Condition.values()) {
            if (c.name().equals(arg)) {
                return en ? c.nameEn() : c.nameId();
            }
        }
        return arg;
    }

    private static String stageName(GroupStage stage, boolean en) {
        String id = stage.label().toLowerCase(Locale.ROOT);
        if (!en) {
            return id;
        }
        return switch (stage) {
            case TUMBUH -> "tumbuh (emerging)";
            case BERKEMBANG -> "berkembang (developing)";
            case MAJU -> "maju (advanced)";
        };
    }

    /** One line: {@code KIND|TARGET|CODE|arg|arg...} (TARGET empty for a flag). */
    public String encode() {
        StringBuilder sb = new StringBuilder(kind.name()).append('|').append(target == null ? "" : target.name())
                .append('|').append(code.name());
        args.forEach(a -> sb.append('|').append(a));
        return sb.toString();
    }

    public static HealthReason decode(String line) {
        String[] p = line.split("\\|", -1);
        if (p.length < 3) {
            throw new IllegalArgumentException("not a reason line: " + line);
        }
        return new HealthReason(Kind.valueOf(p[0]), p[1].isEmpty() ? null : GroupStage.valueOf(p[1]),
                Code.valueOf(p[2]), Arrays.asList(p).subList(3, p.length));
    }
}
