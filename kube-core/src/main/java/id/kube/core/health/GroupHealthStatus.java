package id.kube.core.health;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import id.kube.core.group.GroupId;
import id.kube.core.group.GroupStage;
import id.kube.core.indicator.Period;

/**
 * A group's stored health assessment for a period as of a date: score (null when the data were too thin),
 * grade, the stage the rule gave, the configuration version used, and every reason the group is flagged or
 * held back.
 */
public record GroupHealthStatus(GroupId group, Period period, LocalDate asOf, String configVersion,
                                @Nullable BigDecimal score, @Nullable Grade grade, BigDecimal coveredPoints,
                                GroupStage stage, List<HealthReason> reasons) {

    public GroupHealthStatus {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(configVersion, "configVersion");
        Objects.requireNonNull(stage, "stage");
        reasons = List.copyOf(reasons);
    }

    public List<HealthReason> flags() {
        return reasons.stream().filter(r -> r.kind() == HealthReason.Kind.FLAG).toList();
    }

    public List<HealthReason> heldBack() {
        return reasons.stream().filter(r -> r.kind() == HealthReason.Kind.HELD_BACK).toList();
    }

    /** Flagged: no score, grade D or a weak dimension. */
    public boolean flagged() {
        return !flags().isEmpty();
    }

    /** Every reason worded for the locale (English for "en", Bahasa Indonesia otherwise), flags first. */
    public List<String> texts(Locale locale) {
        return reasons.stream().map(r -> r.text(locale)).toList();
    }
}
