package id.kube.admin.activity;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

import id.kube.admin.security.GroupAccess;
import id.kube.core.KubeCore;
import id.kube.core.activity.BusinessActivity;
import id.kube.core.group.GroupId;

/** A group's business activities (kube-core), for whoever may see the group: the group is checked first. */
@Service
public class ActivitiesReader {

    private final GroupAccess access;
    private final KubeCore core;

    public ActivitiesReader(GroupAccess access, KubeCore core) {
        this.access = access;
        this.core = core;
    }

    /** Running ones first, then by start date, newest first. */
    public List<BusinessActivity> activities(GroupId group) {
        access.requireVisible(group);
        return core.activities().ofGroup(group).stream()
                .sorted(Comparator.comparing(BusinessActivity::status)
                        .thenComparing(BusinessActivity::startedOn, Comparator.reverseOrder()))
                .toList();
    }
}
