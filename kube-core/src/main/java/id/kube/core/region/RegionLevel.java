package id.kube.core.region;

/** The four levels of Indonesian administrative regions, with their Indonesian names. */
public enum RegionLevel {
    PROVINCE("Provinsi"),
    REGENCY("Kabupaten/Kota"),
    DISTRICT("Kecamatan"),
    VILLAGE("Desa/Kelurahan");

    private final String label;

    RegionLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
