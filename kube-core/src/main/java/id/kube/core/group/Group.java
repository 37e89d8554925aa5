package id.kube.core.group;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import id.kube.core.region.RegionCode;

/** A KUBE group as it stands now; its histories are read through {@link GroupRepository}. */
public record Group(
        GroupId id,
        String name,
        @Nullable String registrationNumber,
        RegionCode village,
        String regionDecreeId,
        LocalDate formedOn,
        @Nullable BankAccount bankAccount,
        @Nullable StimulusGrant stimulus,
        Set<BusinessType> businessTypes,
        GroupStatus status,
        LocalDate statusSince,
        GroupStage stage) {

    public Group {
        businessTypes = Set.copyOf(businessTypes);
    }

    /** The district whose villages the members must live in. */
    public RegionCode district() {
        return village.district();
    }
}
