package id.kube.core.group;

import java.time.Instant;

/** One version of a group's constitution; a change makes a new version, older ones stay readable. */
public record Constitution(GroupId groupId, int version, ConstitutionTerms terms, Instant recordedAt,
        String recordedBy) {
}
