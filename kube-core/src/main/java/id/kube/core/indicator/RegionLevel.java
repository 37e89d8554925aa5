package id.kube.core.indicator;

import java.util.regex.Pattern;

/**
 * Levels of the Kemendagri region code ({@code 51}, {@code 51.04}, {@code 51.04.01}, {@code 51.04.01.2001}) an
 * indicator can be aggregated to, plus the whole country. Coarsening a village code to a level keeps its first
 * segments, which is also how exports coarsen villages to districts.
 */
public enum RegionLevel {
    NATIONAL(0, "nasional", "national"),
    PROVINCE(1, "provinsi", "province"),
    REGENCY(2, "kabupaten/kota", "regency/city"),
    DISTRICT(3, "kecamatan", "district"),
    VILLAGE(4, "desa/kelurahan", "village");

    private static final Pattern CODE = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");
    public static final String NATIONAL_CODE = "ID";

    private final int segments;
    private final String nameId;
    private final String nameEn;

    RegionLevel(int segments, String nameId, String nameEn) {
        this.segments = segments;
        this.nameId = nameId;
        this.nameEn = nameEn;
    }

    public String nameId() {
        return nameId;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The code of the region at this level that contains the given region. */
    public String coarsen(String regionCode) {
        if (!CODE.matcher(regionCode).matches()) {
            throw new IndicatorException(IndicatorException.Reason.INVALID_REGION_CODE,
                    "Kode wilayah tidak sah: '" + regionCode + "' (contoh: 51.04.01.2001)");
        }
        if (this == NATIONAL) {
            return NATIONAL_CODE;
        }
        String[] parts = regionCode.split("\\.");
        if (parts.length < segments) {
            throw new IndicatorException(IndicatorException.Reason.INVALID_REGION_CODE,
                    "Kode wilayah '" + regionCode + "' lebih kasar dari tingkat " + nameId);
        }
        return String.join(".", java.util.Arrays.copyOf(parts, segments));
    }
}
