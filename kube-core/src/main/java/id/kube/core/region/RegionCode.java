package id.kube.core.region;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Kemendagri region code in its dotted form: province {@code 51}, regency/city {@code 51.04} (regency
 * 01–69, city 71–99), district {@code 51.04.01}, village {@code 51.04.01.2001} (first digit 1 = kelurahan,
 * 2 = desa). The same shape is checked by the {@code region_code_shape} constraint in the database.
 */
public record RegionCode(String value) implements Comparable<RegionCode> {

    private static final Pattern PROVINCE = Pattern.compile("[1-9][0-9]");
    private static final Pattern REGENCY = Pattern.compile("[1-9][0-9]\\.(0[1-9]|[1-6][0-9]|7[1-9]|[89][0-9])");
    private static final Pattern DISTRICT = Pattern.compile(REGENCY.pattern() + "\\.(0[1-9]|[1-9][0-9])");
    private static final Pattern VILLAGE = Pattern.compile(
            DISTRICT.pattern() + "\\.[12](00[1-9]|0[1-9][0-9]|[1-9][0-9]{2})");

    public RegionCode {
        Objects.requireNonNull(value, "region code");
        value = value.strip();
        if (!(PROVINCE.matcher(value).matches() || REGENCY.matcher(value).matches()
                || DISTRICT.matcher(value).matches() || VILLAGE.matcher(value).matches())) {
            throw new InvalidRegionCodeException(InvalidRegionCodeException.Reason.MALFORMED,
                    "Kode wilayah tidak sah: '" + value + "' (contoh: 51, 51.04, 51.04.01, 51.04.01.2001)");
        }
    }

    public static RegionCode of(String value) {
        return new RegionCode(value);
    }

    /** From the undotted digits as printed in a NIK or some registers: 2, 4, 6 or 10 digits. */
    public static RegionCode fromDigits(String digits) {
        String d = digits.strip();
        if (!d.matches("[0-9]+")) {
            return new RegionCode(d); // refused with the usual message
        }
        return switch (d.length()) {
            case 2 -> new RegionCode(d);
            case 4 -> new RegionCode(d.substring(0, 2) + "." + d.substring(2));
            case 6 -> new RegionCode(d.substring(0, 2) + "." + d.substring(2, 4) + "." + d.substring(4));
            case 10 -> new RegionCode(d.substring(0, 2) + "." + d.substring(2, 4) + "." + d.substring(4, 6) + "."
                    + d.substring(6));
            default -> new RegionCode(d);
        };
    }

    public RegionLevel level() {
        return switch (value.length()) {
            case 2 -> RegionLevel.PROVINCE;
            case 5 -> RegionLevel.REGENCY;
            case 8 -> RegionLevel.DISTRICT;
            default -> RegionLevel.VILLAGE;
        };
    }

    public Optional<RegionCode> parent() {
        return switch (level()) {
            case PROVINCE -> Optional.empty();
            case REGENCY -> Optional.of(new RegionCode(value.substring(0, 2)));
            case DISTRICT -> Optional.of(new RegionCode(value.substring(0, 5)));
            case VILLAGE -> Optional.of(new RegionCode(value.substring(0, 8)));
        };
    }

    public RegionCode province() {
        return new RegionCode(value.substring(0, 2));
    }

    /** The regency/city this code lies in (itself for a regency); refused for a province. */
    public RegionCode regency() {
        requireAtLeast(RegionLevel.REGENCY);
        return new RegionCode(value.substring(0, 5));
    }

    /** The district this code lies in (itself for a district); refused above district level. */
    public RegionCode district() {
        requireAtLeast(RegionLevel.DISTRICT);
        return new RegionCode(value.substring(0, 8));
    }

    /** True for a city (kota, 71–99), false for a regency (kabupaten, 01–69); refused for a province. */
    public boolean isCity() {
        requireAtLeast(RegionLevel.REGENCY);
        return value.charAt(3) >= '7';
    }

    /** True for a kelurahan (1xxx), false for a desa (2xxx); refused above village level. */
    public boolean isKelurahan() {
        requireAtLeast(RegionLevel.VILLAGE);
        return value.charAt(9) == '1';
    }

    public boolean contains(RegionCode other) {
        return other.value.startsWith(value) && (other.value.length() == value.length()
                || other.value.charAt(value.length()) == '.');
    }

    /** The code without dots, as in a NIK ({@code 510401}). */
    public String digits() {
        return value.replace(".", "");
    }

    public RegionCode requireLevel(RegionLevel expected) {
        if (level() != expected) {
            throw new InvalidRegionCodeException(InvalidRegionCodeException.Reason.WRONG_LEVEL,
                    "Kode wilayah " + value + " adalah " + level().label() + ", bukan " + expected.label());
        }
        return this;
    }

    private void requireAtLeast(RegionLevel level) {
        if (level().ordinal() < level.ordinal()) {
            throw new InvalidRegionCodeException(InvalidRegionCodeException.Reason.WRONG_LEVEL,
                    "Kode wilayah " + value + " adalah " + level().label() + ", bukan " + level.label());
        }
    }

    @Override
    public int compareTo(RegionCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
