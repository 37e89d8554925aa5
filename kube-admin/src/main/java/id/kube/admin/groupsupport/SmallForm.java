package id.kube.admin.groupsupport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

import id.kube.admin.entry.RupiahField;
import id.kube.admin.security.GroupAccessDeniedException;
import id.kube.core.rule.RuleViolation;

/**
 * The one small form every kind of support record uses: fields in a responsive layout, one save button, and the
 * refusals placed next to the field they concern. A field registers the words kube-core's messages use for it
 * ("Nama mitra", "kejadian"): a refusal whose text names them lands on that field, in Bahasa Indonesia as
 * kube-core wrote it (or, for a named reason such as a member not in the group, in the user's language); a
 * refusal that names no field shows under the form. Nothing is written until kube-core accepts the whole record,
 * and kube-core writes each record in one transaction, so a refused form leaves nothing half-saved.
 */
final class SmallForm extends Div {

    private record Slot(HasValidation field, List<String> keywords, boolean members) {
    }

    /** A required field left empty; placed on that field. */
    static final class MissingValue extends RuntimeException {
        private final transient HasValidation field;

        MissingValue(HasValidation field) {
            super(null, null, false, false);
            this.field = field;
        }
    }

    private final FormLayout layout = new FormLayout();
    private final List<Slot> slots = new ArrayList<>();
    private final List<HasValue<?, ?>> values = new ArrayList<>();
    private final Paragraph error = new Paragraph();
    private final Paragraph saved = new Paragraph();
    private final String id;

    SmallForm(String id) {
        this.id = id;
        setId(id);
        addClassName("support-form");
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        error.setId(id + "-error");
        error.addClassName("kube-error");
        error.setVisible(false);
        saved.setId(id + "-saved");
        saved.getStyle().set("color", "var(--lumo-success-text-color, #166534)");
        saved.setVisible(false);
        add(layout);
    }

    /** A field whose refusals are recognised by any of the given words (case-insensitive). */
    <F extends Component & HasValue<?, ?> & HasValidation> F field(String fieldId, F field, String... keywords) {
        field.setId(id + "-" + fieldId);
        slots.add(new Slot(field, List.of(keywords), false));
        values.add(field);
        layout.add(field);
        return field;
    }

    /** The field naming members: a "not a member of the group" refusal lands on it. */
    <F extends Component & HasValue<?, ?> & HasValidation> F members(String fieldId, F field) {
        field.setId(id + "-" + fieldId);
        slots.add(new Slot(field, List.of("anggota"), true));
        values.add(field);
        layout.add(field);
        return field;
    }

    /** A field that cannot be refused on its own (a check box). */
    <F extends Component & HasValue<?, ?>> F plain(String fieldId, F field) {
        field.setId(id + "-" + fieldId);
        values.add(field);
        layout.add(field);
        return field;
    }

    /** Spans the field over the whole row (long texts). */
    void wide(Component field) {
        layout.setColspan(field, 2);
    }

    /** The field's value; an empty field is refused with "wajib diisi" next to it. */
    <T> T required(HasValue<?, T> field) {
        if (field.isEmpty()) {
            throw new MissingValue((HasValidation) field);
        }
        return field.getValue();
    }

    /** A rupiah amount; a blank or unreadable one is refused next to the field. */
    long amount(RupiahField field) {
        if (field.isEmpty()) {
            throw new MissingValue(field);
        }
        OptionalLong amount = field.amount();
        if (amount.isEmpty()) {
            throw new MissingValue(field);
        }
        return amount.getAsLong();
    }

    /**
     * The save button: runs the action (which builds the record and hands it to kube-core); on success clears the
     * fields, shows the returned confirmation and calls {@code after}; on a refusal marks the field it concerns.
     */
    void onSave(String label, Supplier<String> action, Runnable after) {
        Button save = new Button(label, VaadinIcon.CHECK.create());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId(id + "-save");
        save.setDisableOnClick(true);
        Map<HasValue<?, ?>, Object> defaults = new HashMap<>();
        values.forEach(field -> defaults.put(field, field.getValue()));
        save.addClickListener(click -> {
            try {
                clearErrors();
                String done = action.get();
                values.forEach(field -> reset(field, defaults.get(field)));
                saved.setText(done);
                saved.setVisible(true);
                after.run();
            } catch (MissingValue missing) {
                mark(missing.field, getTranslation("groupsupport.required"));
            } catch (RuleViolation refusal) {
                place(refusal);
            } catch (GroupAccessDeniedException denied) {
                showError(getTranslation("group.denied"));
            } finally {
                save.setEnabled(true);
            }
        });
        Div actions = new Div(save);
        actions.addClassName("kube-toolbar");
        add(error, actions, saved);
    }

    @SuppressWarnings("unchecked")
    private static void reset(HasValue<?, ?> field, Object value) {
        ((HasValue<?, Object>) field).setValue(value == null ? field.getEmptyValue() : value);
    }

    private void place(RuleViolation refusal) {
        String reason = refusal.reason().name();
        // a reason's text in the user's language; an empty text (Bahasa Indonesia) means kube-core's own message,
        // which names the dates and values concerned
        String named = getTranslation("groupsupport.error." + reason, refusal.getMessage());
        String text = named.isBlank() || named.startsWith("!") ? refusal.getMessage() : named;
        if (reason.equals("MEMBER_NOT_IN_GROUP")) {
            for (Slot slot : slots) {
                if (slot.members()) {
                    mark(slot.field(), text);
                    return;
                }
            }
        }
        String message = refusal.getMessage() == null ? "" : refusal.getMessage().toLowerCase(Locale.ROOT);
        for (Slot slot : slots) {
            for (String keyword : slot.keywords()) {
                if (message.contains(keyword.toLowerCase(Locale.ROOT))) {
                    mark(slot.field(), text);
                    return;
                }
            }
        }
        showError(text);
    }

    private void mark(HasValidation field, String text) {
        field.setErrorMessage(text);
        field.setInvalid(true);
    }

    private void showError(String text) {
        error.setText(text);
        error.setVisible(true);
    }

    private void clearErrors() {
        slots.forEach(slot -> slot.field().setInvalid(false));
        error.setVisible(false);
        saved.setVisible(false);
    }
}
