package id.kube.admin.users;

import org.jspecify.annotations.Nullable;

import id.kube.core.group.GroupId;

/** A group to pick in the administration forms. */
public record GroupChoice(GroupId id, String name, @Nullable String registrationNumber, String villageCode) {

    public String label() {
        return registrationNumber == null ? name : name + " (" + registrationNumber + ")";
    }
}
