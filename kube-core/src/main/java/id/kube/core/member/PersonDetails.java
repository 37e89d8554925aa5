package id.kube.core.member;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What is known of a person when they join a group. Checked for shape here; {@link NikConsistencyPolicy}
 * checks the NIK against sex and birth date.
 */
public record PersonDetails(
        Nik nik,
        FamilyCardNumber familyCard,
        String fullName,
        Sex sex,
        LocalDate birthDate,
        Address address,
        @Nullable String phone,
        boolean headOfHousehold,
        boolean mainEarner,
        @Nullable DtsenEntry dtsen) {

    public PersonDetails {
        Objects.requireNonNull(nik, "NIK");
        Objects.requireNonNull(familyCard, "No. KK");
        Objects.requireNonNull(fullName, "name");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(birthDate, "birth date");
        Objects.requireNonNull(address, "address");
        fullName = fullName.strip().replaceAll("\\s+", " ");
        if (fullName.isEmpty() || fullName.length() > 200) {
            throw invalid("Nama harus diisi (paling banyak 200 huruf)");
        }
        if (phone != null) {
            phone = phone.strip().replaceAll("[\\s-]", "");
            if (phone.isEmpty()) {
                phone = null;
            } else if (!phone.matches("\\+?[0-9]{8,15}")) {
                throw invalid("Nomor telepon tidak sah: 8–15 angka, boleh diawali +");
            }
        }
    }

    private static MemberRuleException invalid(String message) {
        return new MemberRuleException(MemberRuleException.Reason.PERSON_DATA_INVALID, message);
    }
}
