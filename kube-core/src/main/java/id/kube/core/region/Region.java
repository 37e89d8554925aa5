package id.kube.core.region;

import java.util.Objects;
import java.util.Optional;

/** A region as named by one decree. */
public record Region(RegionCode code, String decreeId, String name) {

    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(decreeId, "decree");
        Objects.requireNonNull(name, "name");
    }

    public RegionLevel level() {
        return code.level();
    }

    public Optional<RegionCode> parentCode() {
        return code.parent();
    }
}
