package id.kube.seeds.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Checks of the NIK (Nomor Induk Kependudukan) and the family card number (No. KK) as the import sees them.
 * NIK: 16 digits — 1–6 the district of first registration, 7–12 the birth date DDMMYY with day + 40 for women,
 * 13–16 a serial from 0001. The birth date and sex the row states must agree with it. Messages show numbers
 * masked ({@code 5104xxxxxxxx0003}): an import report is not a place for personal data (UU PDP).
 */
public final class IdentityNumbers {

    private IdentityNumbers() {
    }

    /** A problem found in a NIK: the reason and the user's message. */
    public record Problem(RejectionReason reason, String message) {
    }

    public static Optional<Problem> checkNik(String nik, LocalDate birthDate, char sex) {
        if (!nik.matches("\\d{16}")) {
            return problem(RejectionReason.NIK_TIDAK_VALID, "NIK harus 16 angka, tertulis "
                    + nik.length() + " karakter" + (nik.matches("\\d*") ? "" : " dengan huruf/tanda baca") + ". Di Excel, format kolom NIK sebagai Teks agar digit terakhir tidak hilang.");
        }
        if (nik.startsWith("00") || nik.substring(2, 4).equals("00") || nik.substring(4, 6).equals("00")) {
            return problem(RejectionReason.NIK_TIDAK_VALID, "NIK " + masked(nik) + ": enam digit pertama harus kode kecamatan "
                    + "(provinsi, kabupaten/kota dan kecamatan tidak boleh 00).");
        }
        int day = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        int year2 = Integer.parseInt(nik.substring(10, 12));
        if (nik.endsWith("0000")) {
            return problem(RejectionReason.NIK_TIDAK_VALID, "NIK " + masked(nik) + ": nomor urut (4 digit terakhir) dimulai dari 0001.");
        }
        boolean woman = day > 40;
        int realDay = woman ? day - 40 : day;
        if (realDay < 1 || realDay > 31 || month < 1 || month > 12) {
            return problem(RejectionReason.NIK_TIDAK_VALID, "NIK " + masked(nik) + ": digit 7–12 bukan tanggal lahir DDMMYY "
                    + "(tanggal 01–31, atau 41–71 untuk perempuan; bulan 01–12).");
        }
        int year = birthDate.getYear() % 100 == year2 ? birthDate.getYear() : 1900 + year2;
        try {
            LocalDate.of(year, month, realDay);
        } catch (DateTimeException e) {
            return problem(RejectionReason.NIK_TIDAK_VALID, "NIK " + masked(nik) + ": tanggal lahir di dalamnya tidak ada di kalender.");
        }
        if (woman != (sex == 'P')) {
            return problem(RejectionReason.NIK_TIDAK_SESUAI, "NIK " + masked(nik) + " menunjukkan jenis kelamin "
                    + (woman ? "perempuan (tanggal + 40)" : "laki-laki") + ", tetapi jenis_kelamin tertulis " + sex + ".");
        }
        if (realDay != birthDate.getDayOfMonth() || month != birthDate.getMonthValue()
                || year2 != birthDate.getYear() % 100) {
            return problem(RejectionReason.NIK_TIDAK_SESUAI, "NIK " + masked(nik) + " berisi tanggal lahir %02d-%02d-%02d, "
                    .formatted(realDay, month, year2) + "tetapi tanggal_lahir tertulis " + birthDate + ".");
        }
        return Optional.empty();
    }

    public static Optional<Problem> checkFamilyCard(String kk) {
        if (!kk.matches("\\d{16}")) {
            return problem(RejectionReason.KK_TIDAK_VALID, "Nomor KK harus 16 angka, tertulis " + kk.length() + " karakter.");
        }
        if (kk.startsWith("00") || kk.chars().distinct().count() == 1) {
            return problem(RejectionReason.KK_TIDAK_VALID, "Nomor KK " + masked(kk) + " tidak berupa nomor KK yang sah.");
        }
        return Optional.empty();
    }

    /** {@code 5104xxxxxxxx0003}: how a NIK appears in reports and messages for roles that need not see it. */
    public static String masked(String nik) {
        return nik.length() == 16 ? nik.substring(0, 4) + "xxxxxxxx" + nik.substring(12) : "xxxxxxxxxxxxxxxx";
    }

    private static Optional<Problem> problem(RejectionReason reason, String message) {
        return Optional.of(new Problem(reason, message));
    }
}
