package id.kube.core.region;

import java.util.Objects;

/** The decree that issued a set of region codes; the one with the highest sequence is in force. */
public record RegionDecree(String id, String title, int issuedYear, int sequence) {

    public RegionDecree {
        Objects.requireNonNull(id, "decree id");
        Objects.requireNonNull(title, "decree title");
    }
}
