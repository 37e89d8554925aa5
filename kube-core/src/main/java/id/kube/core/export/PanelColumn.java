package id.kube.core.export;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import id.kube.core.indicator.IndicatorDefinition;

/** One column of a research export, as the codebook documents it. */
public record PanelColumn(String name, String type, String definition, String unit, int version,
                          @Nullable IndicatorDefinition indicator) {
    public PanelColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(unit, "unit");
    }

    static PanelColumn of(String name, String type, String definition) {
        return new PanelColumn(name, type, definition, "", 1, null);
    }

    static PanelColumn of(IndicatorDefinition d) {
        return new PanelColumn(d.id(), d.unit().columnType(), d.nameEn() + ": " + d.numerator()
                + ("—".equals(d.denominator()) ? "" : " ÷ " + d.denominator()) + " [" + d.period() + "]",
                d.unit().labelEn(), d.version(), d);
    }

    boolean numeric() {
        return type.startsWith("decimal") || type.equals("integer");
    }
}
