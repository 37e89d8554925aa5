package id.kube.admin.group;

import org.jspecify.annotations.Nullable;

import id.kube.core.health.Grade;

import id.kube.core.group.BusinessType;
import id.kube.core.group.GroupStage;
import id.kube.core.group.GroupStatus;
import id.kube.core.region.RegionCode;

/** What the groups grid is narrowed to; every part is optional. */
public record GroupFilter(@Nullable String search, @Nullable RegionCode region, @Nullable GroupStatus status,
                          @Nullable GroupStage stage, @Nullable BusinessType businessType, @Nullable Grade health) {

    public GroupFilter(@Nullable String search, @Nullable RegionCode region, @Nullable GroupStatus status,
                       @Nullable GroupStage stage, @Nullable BusinessType businessType) {
        this(search, region, status, stage, businessType, null);
    }

    public static GroupFilter none() {
        return new GroupFilter(null, null, null, null, null);
    }

    public GroupFilter {
        search = search == null || search.isBlank() ? null : search.strip();
    }
}
