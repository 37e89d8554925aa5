package id.kube.core.member;

import java.util.Objects;

/** Nomor Kartu Keluarga (No. KK): 16 digits identifying a family. Personal data: {@link #toString()} is masked. */
public record FamilyCardNumber(String value) {

    public FamilyCardNumber {
        Objects.requireNonNull(value, "No. KK");
        value = value.strip();
        if (!value.matches("[1-9][0-9]{15}")) {
            throw new MemberRuleException(MemberRuleException.Reason.FAMILY_CARD_MALFORMED,
                    "Nomor KK tidak sah: harus 16 angka dan tidak diawali 0");
        }
    }

    public static FamilyCardNumber of(String value) {
        return new FamilyCardNumber(value);
    }

    public String masked() {
        return value.substring(0, 4) + "xxxxxxxx" + value.substring(12);
    }

    @Override
    public String toString() {
        return masked();
    }
}
