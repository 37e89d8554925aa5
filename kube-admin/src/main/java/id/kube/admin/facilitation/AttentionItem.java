package id.kube.admin.facilitation;

import java.util.List;

import id.kube.core.group.GroupId;

/** A group on the attention list with its reasons (never empty). */
public record AttentionItem(GroupId group, String name, List<AttentionReason> reasons) {

    public AttentionItem {
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a group on the attention list has a reason");
        }
    }
}
