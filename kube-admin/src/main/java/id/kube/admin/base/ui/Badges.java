package id.kube.admin.base.ui;

import com.vaadin.flow.component.html.Span;

/**
 * A small status label ("Terpenuhi", "Hadir", "Belum selesai"): Lumo's badge theme names plus the colours set on
 * the element itself, so the label reads as a status whether or not the badge styles are loaded.
 */
public final class Badges {

    private Badges() {
    }

    /** Marks the span with a theme such as {@code "badge success"}, {@code "badge error"} or {@code "badge"}. */
    public static Span mark(Span span, String theme) {
        span.getElement().getThemeList().add(theme);
        String colour = theme.contains("success") ? "var(--lumo-success-text-color)"
                : theme.contains("error") ? "var(--lumo-error-text-color)"
                : theme.contains("contrast") ? "var(--lumo-secondary-text-color)" : "var(--lumo-primary-text-color)";
        String background = theme.contains("success") ? "var(--lumo-success-color-10pct)"
                : theme.contains("error") ? "var(--lumo-error-color-10pct)"
                : theme.contains("contrast") ? "var(--lumo-contrast-10pct)" : "var(--lumo-primary-color-10pct)";
        span.getStyle().set("color", colour).set("background", background).set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "0.1em 0.5em").set("font-size", "var(--lumo-font-size-s)").set("font-weight", "500")
                .set("white-space", "nowrap");
        return span;
    }
}
