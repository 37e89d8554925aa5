package id.kube.core.group;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import id.kube.core.region.RegionCode;
import id.kube.core.region.RegionLevel;

/** What a group is registered with, and what its profile update may change. */
public record GroupProfile(
        String name,
        @Nullable String registrationNumber,
        RegionCode village,
        LocalDate formedOn,
        @Nullable BankAccount bankAccount,
        @Nullable StimulusGrant stimulus,
        Set<BusinessType> businessTypes) {

    public GroupProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(village, "village");
        Objects.requireNonNull(formedOn, "formed on");
        name = name.strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > 200) {
            throw new GroupRuleException(GroupRuleException.Reason.PROFILE_INVALID,
                    "Nama KUBE harus diisi (paling banyak 200 huruf)");
        }
        if (registrationNumber != null) {
            registrationNumber = registrationNumber.strip();
            if (registrationNumber.isEmpty()) {
                registrationNumber = null;
            } else if (registrationNumber.length() > 60) {
                throw new GroupRuleException(GroupRuleException.Reason.PROFILE_INVALID,
                        "Nomor registrasi KUBE paling banyak 60 huruf");
            }
        }
        if (village.level() != RegionLevel.VILLAGE) {
            throw new GroupRuleException(GroupRuleException.Reason.PROFILE_INVALID,
                    "Wilayah KUBE harus desa/kelurahan, bukan " + village.level().label() + " " + village);
        }
        if (stimulus != null && stimulus.receivedOn().isBefore(formedOn)) {
            throw new GroupRuleException(GroupRuleException.Reason.DATE_BEFORE_FORMATION,
                    "Bantuan stimulan tidak mungkin diterima sebelum KUBE dibentuk");
        }
        businessTypes = Set.copyOf(businessTypes);
    }
}
