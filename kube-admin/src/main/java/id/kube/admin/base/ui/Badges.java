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
        String colour = theme.contains("success") ? "var(--lumo-success-text-color, #166534)"
                : theme.contains("error") ? "var(--lumo-error-text-color, #b91c1c)"
                : theme.contains("contrast") ? "var(--lumo-secondary-text-color, #475569)" : "var(--lumo-primary-text-color, #1d4ed8)";
        String background = theme.contains("success") ? "var(--lumo-success-color-10pct, #dcfce7)"
                : theme.contains("error") ? "var(--lumo-error-color-10pct, #fee2e2)"
                : theme.contains("contrast") ? "var(--lumo-contrast-10pct, #e2e8f0)" : "var(--lumo-primary-color-10pct, #dbeafe)";
        span.getStyle().set("color", colour).set("background", background).set("border-radius", "0.5em")
                .set("padding", "0.1em 0.5em").set("font-size", "0.875em").set("font-weight", "500")
                .set("white-space", "nowrap");
        return span;
    }
}
