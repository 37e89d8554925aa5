package id.kube.core.member;

import java.time.MonthDay;
import java.util.Objects;

import id.kube.core.region.RegionCode;

/**
 * A Nomor Induk Kependudukan: 16 digits; 1–6 the district (kecamatan) of first registration, 7–12 the birth
 * date as DDMMYY with 40 added to the day for women, 13–16 a serial from 0001. Structure only is checked
 * here; {@link NikConsistencyPolicy} checks it against the person's data. {@link #toString()} is masked so
 * that a NIK never lands in a log in clear.
 */
public record Nik(String value) {

    public Nik {
        Objects.requireNonNull(value, "NIK");
        value = value.strip();
        String problem = problem(value);
        if (problem != null) {
            throw new MemberRuleException(MemberRuleException.Reason.NIK_MALFORMED,
                    "NIK tidak sah: " + problem);
        }
    }

    public static Nik of(String value) {
        return new Nik(value);
    }

    private static String problem(String v) {
        if (!v.matches("[0-9]{16}")) {
            return "harus 16 angka";
        }
        if (v.charAt(0) == '0') {
            return "kode provinsi (angka 1–2) tidak boleh diawali 0";
        }
        if (v.startsWith("00", 2) || v.startsWith("70", 2) || v.startsWith("00", 4)) {
            return "kode kabupaten/kota (angka 3–4: 01–69 atau 71–99) atau kecamatan (angka 5–6) tidak sah";
        }
        int day = Integer.parseInt(v.substring(6, 8));
        int month = Integer.parseInt(v.substring(8, 10));
        int realDay = day > 40 ? day - 40 : day;
        if (month < 1 || month > 12 || realDay < 1 || (day > 31 && day < 41) || day > 71
                || realDay > MonthDay.of(month, 1).getMonth().maxLength()) {
            return "tanggal lahir (angka 7–12, DDMMYY, tanggal +40 untuk perempuan) tidak mungkin";
        }
        if (v.endsWith("0000")) {
            return "nomor urut (angka 13–16) harus mulai dari 0001";
        }
        return null;
    }

    /** The district of first registration ({@code 51.04.01} for {@code 510401...}). */
    public RegionCode districtOfRegistration() {
        return RegionCode.fromDigits(value.substring(0, 6));
    }

    public Sex sex() {
        return Integer.parseInt(value.substring(6, 8)) > 40 ? Sex.FEMALE : Sex.MALE;
    }

    public int birthDay() {
        int day = Integer.parseInt(value.substring(6, 8));
        return day > 40 ? day - 40 : day;
    }

    public int birthMonth() {
        return Integer.parseInt(value.substring(8, 10));
    }

    /** Two-digit year of birth; the century is not in the NIK. */
    public int birthYearOfCentury() {
        return Integer.parseInt(value.substring(10, 12));
    }

    /** {@code 5104xxxxxxxx0003}: province and regency, then the serial; the display form for most roles. */
    public String masked() {
        return value.substring(0, 4) + "xxxxxxxx" + value.substring(12);
    }

    @Override
    public String toString() {
        return masked();
    }
}
