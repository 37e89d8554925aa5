package id.kube.core.group;

import java.util.List;

import id.kube.core.region.RegionCode;

/** Read model for lists and dashboards: one query, no aggregate loading. */
public interface GroupOverview {

    /** Groups whose village lies in {@code region} (province, regency, district or village), by name. */
    List<GroupSummary> within(RegionCode region);
}
