package id.kube.admin.dashboard;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import id.kube.core.region.InvalidRegionCodeException;
import id.kube.core.region.RegionCode;
import id.kube.core.region.RegionLevel;

/**
 * The drill-down national → province → regency/city → district → group. A place is national (no code) or a
 * region down to a district; the URL carries its code ({@code ?wilayah=51.04}) so that a view can be bookmarked,
 * and {@link DashboardQuery} refuses a place outside the user's scope whatever the URL says.
 */
public final class DrillDown {

    /** The URL query parameter that carries the place. */
    public static final String PARAMETER = "wilayah";

    private DrillDown() {
    }

    /** National (code null) or a province, regency/city or district, with its name. */
    public record Place(@Nullable RegionCode code, String name) {

        public Place {
            if (code != null && code.level() == RegionLevel.VILLAGE) {
                throw new IllegalArgumentException("the drill-down stops at districts: " + code);
            }
        }

        public boolean national() {
            return code == null;
        }

        /** The length of the village-code prefix one level down (2, 5, 8), or 0 at a district (groups next). */
        int childPrefixLength() {
            if (code == null) {
                return 2;
            }
            return switch (code.level()) {
                case PROVINCE -> 5;
                case REGENCY -> 8;
                case DISTRICT, VILLAGE -> 0;
            };
        }
    }

    /** The place a URL parameter names, if it is a well-formed province, regency or district code. */
    public static Optional<RegionCode> parse(@Nullable String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return Optional.empty();
        }
        try {
            RegionCode code = RegionCode.of(parameter.strip());
            return code.level() == RegionLevel.VILLAGE ? Optional.empty() : Optional.of(code);
        } catch (InvalidRegionCodeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
