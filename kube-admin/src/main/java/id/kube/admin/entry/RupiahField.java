package id.kube.admin.entry;

import java.util.OptionalLong;

import com.vaadin.flow.component.textfield.TextField;

import id.kube.ledger.receipt.Terbilang;

/**
 * A rupiah amount field: typed the Indonesian way ({@code 1250000}, {@code 1.250.000}, {@code Rp1.250.000}),
 * shown back as {@code Rp1.250.000} with the amount in words under it; a wrong amount is refused next to the
 * field in the user's language, never rounded ({@link RupiahInput}).
 */
public class RupiahField extends TextField {

    public RupiahField(String label, String id) {
        super(label);
        setId(id);
        setPlaceholder("Rp1.250.000");
        setAllowedCharPattern("[0-9.,Rrp ]");
        setWidthFull();
        addValueChangeListener(change -> {
            if (getValue().isBlank()) {
                setInvalid(false);
                setHelperText(null);
                return;
            }
            amount();
        });
    }

    /** The amount, or nothing after marking the field invalid with the reason. */
    public OptionalLong amount() {
        try {
            long parsed = RupiahInput.parse(getValue());
            setInvalid(false);
            String formatted = RupiahInput.format(parsed);
            if (!formatted.equals(getValue())) {
                setValue(formatted);
            }
            setHelperText(Terbilang.rupiah(parsed));
            return OptionalLong.of(parsed);
        } catch (RupiahInput.InvalidAmountException e) {
            setErrorMessage(getTranslation("entry.amount.error." + e.reason().name(), RupiahInput.format(RupiahInput.MAX)));
            setInvalid(true);
            setHelperText(null);
            return OptionalLong.empty();
        }
    }

    /** The amount if the field holds a valid one, without marking anything (for live previews). */
    public OptionalLong peek() {
        try {
            return OptionalLong.of(RupiahInput.parse(getValue()));
        } catch (RupiahInput.InvalidAmountException e) {
            return OptionalLong.empty();
        }
    }

    public void showAmount(long amount) {
        setValue(RupiahInput.format(amount));
    }
}
