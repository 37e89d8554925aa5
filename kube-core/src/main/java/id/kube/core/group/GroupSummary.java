package id.kube.core.group;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import id.kube.core.region.RegionCode;

/** One line of a group list or dashboard: the group with where it is and how many active members it has. */
public record GroupSummary(GroupId id, String name, @Nullable String registrationNumber, RegionCode village,
        String villageName, String districtName, String regencyName, GroupStatus status, GroupStage stage,
        LocalDate formedOn, int activeMembers) {
}
