package id.kube.core.region;

import java.util.List;
import java.util.Optional;

/** Read port over the region reference data (loaded by migration, never written by the application). */
public interface RegionDirectory {

    /** The decree in force (highest sequence). */
    RegionDecree currentDecree();

    List<RegionDecree> decrees();

    /** The region under the decree in force. */
    Optional<Region> find(RegionCode code);

    Optional<Region> find(RegionCode code, String decreeId);

    /** Whether any decree ever issued this code (a NIK keeps the district code of its first registration). */
    boolean everIssued(RegionCode code);

    /** Direct children under the decree in force, ordered by code. */
    List<Region> children(RegionCode parent);

    List<Region> provinces();

    /** Province first, the region itself last; empty when the code is unknown under the decree in force. */
    List<Region> lineage(RegionCode code);

    /** The parent region (province of a regency, regency of a district, district of a village). */
    default Optional<Region> parent(RegionCode code) {
        return code.parent().flatMap(this::find);
    }

    /** The region or a refusal naming the code; the level must match. */
    default Region require(RegionCode code, RegionLevel level) {
        code.requireLevel(level);
        return find(code).orElseThrow(() -> new InvalidRegionCodeException(
                InvalidRegionCodeException.Reason.UNKNOWN,
                level.label() + " dengan kode " + code + " tidak ada dalam " + currentDecree().id()));
    }
}
