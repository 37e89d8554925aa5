package id.kube.core.member;

import java.util.Objects;

import id.kube.core.region.InvalidRegionCodeException;
import id.kube.core.region.RegionCode;
import id.kube.core.region.RegionLevel;

/** Where a family lives: street/hamlet line, RT and RW (kept as three digits, {@code 003}) and the village. */
public record Address(String line, String rt, String rw, RegionCode village) {

    public Address {
        Objects.requireNonNull(line, "address line");
        Objects.requireNonNull(village, "village");
        line = line.strip();
        if (line.isEmpty() || line.length() > 300) {
            throw invalid("Alamat harus diisi (paling banyak 300 huruf)");
        }
        rt = threeDigits(rt, "RT");
        rw = threeDigits(rw, "RW");
        try {
            village.requireLevel(RegionLevel.VILLAGE);
        } catch (InvalidRegionCodeException e) {
            throw invalid("Alamat harus sampai desa/kelurahan: " + e.getMessage());
        }
    }

    private static String threeDigits(String value, String what) {
        Objects.requireNonNull(value, what);
        String v = value.strip();
        if (!v.matches("[0-9]{1,3}") || Integer.parseInt(v) == 0) {
            throw invalid(what + " harus angka 1–999, bukan '" + value + "'");
        }
        return String.format("%03d", Integer.parseInt(v));
    }

    private static MemberRuleException invalid(String message) {
        return new MemberRuleException(MemberRuleException.Reason.PERSON_DATA_INVALID, message);
    }
}
