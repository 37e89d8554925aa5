package id.kube.admin.dashboard;

import id.kube.core.region.RegionCode;

/** A drill-down to a region the signed-in user may not see (e.g. an edited URL). */
public class RegionOutsideScopeException extends RuntimeException {

    private final String username;

    public RegionOutsideScopeException(String username, RegionCode region) {
        super("Pengguna " + username + " tidak berhak melihat wilayah " + region.value());
        this.username = username;
    }

    public String username() {
        return username;
    }
}
