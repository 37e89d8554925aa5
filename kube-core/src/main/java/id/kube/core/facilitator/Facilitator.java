package id.kube.core.facilitator;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** A facilitator (pendamping) who accompanies groups. */
public record Facilitator(FacilitatorId id, String fullName, @Nullable String phone) {

    public Facilitator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fullName, "name");
        fullName = fullName.strip();
        if (fullName.isEmpty() || fullName.length() > 200) {
            throw new FacilitatorRuleException(FacilitatorRuleException.Reason.NAME_REQUIRED,
                    "Nama pendamping harus diisi (paling banyak 200 huruf)");
        }
        if (phone != null) {
            phone = phone.strip().replaceAll("[\\s-]", "");
            if (phone.isEmpty()) {
                phone = null;
            } else if (!phone.matches("\\+?[0-9]{8,15}")) {
                throw new FacilitatorRuleException(FacilitatorRuleException.Reason.PHONE_INVALID,
                        "Nomor telepon pendamping tidak sah: 8–15 angka, boleh diawali +");
            }
        }
    }
}
