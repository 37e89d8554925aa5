package id.kube.seeds.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.kube.seeds.table.Row;
import id.kube.seeds.table.Table;
import id.kube.seeds.template.AccountCode;
import id.kube.seeds.template.Sheet;

/**
 * Field-level validation: turns the rows of one table into typed {@link ImportRecord}s, or into rejections that
 * say which column is wrong and how. References between rows (a member's group) are checked later, by the
 * {@link Importer}, because they may point into another table or into the database.
 */
final class RowParser {

    static final Set<String> GROUP_STATUSES = Set.of("PEMBENTUKAN", "AKTIF", "DIBEKUKAN", "LULUS", "BUBAR");
    static final Set<String> STAGES = Set.of("TUMBUH", "BERKEMBANG", "MAJU");
    static final Set<String> ACTIVITY_TYPES = Set.of("PERDAGANGAN", "OLAHAN_PANGAN", "KERAJINAN", "PETERNAKAN",
            "PERTANIAN", "PERIKANAN", "JASA_JAHIT", "JASA", "E_WARONG");
    static final Set<String> ACTIVITY_STATUSES = Set.of("BERJALAN", "BERHENTI");
    static final Set<String> ROLES = Set.of("KETUA", "SEKRETARIS", "BENDAHARA", "ANGGOTA");
    static final Set<String> MEETING_TYPES = Set.of("RUTIN", "RAPAT_ANGGOTA_TAHUNAN", "KHUSUS");
    static final Set<String> FEE_METHODS = Set.of("FLAT", "MENURUN");
    static final Set<String> FREQUENCIES = Set.of("MINGGUAN", "DUA_MINGGUAN", "BULANAN");
    static final Set<String> INCOME_SOURCES = Set.of("KUBE", "PERTANIAN", "NELAYAN", "BURUH", "DAGANG", "GAJI", "BANTUAN",
            "KIRIMAN", "LAINNYA");
    static final Set<String> FOOD_SECURITY = Set.of("TAHAN", "RAWAN_RINGAN", "RAWAN_SEDANG", "RAWAN_BERAT");

    record Parsed(List<ImportRecord> records, List<Rejection> rejections) {
    }

    private final LocalDate today;

    RowParser(Clock clock) {
        this.today = LocalDate.now(clock);
    }

    Parsed parse(Table table) {
        List<ImportRecord> records = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        switch (table.sheet()) {
            case KEHADIRAN -> parseAttendance(table, records, rejections);
            case TRANSAKSI -> parseJournals(table, records, rejections);
            default -> {
                for (Row row : table.rows()) {
                    Fields f = new Fields(table.sheet(), row);
                    ImportRecord record = single(table.sheet(), f);
                    if (f.problem != null) {
                        rejections.add(f.problem);
                    } else {
                        records.add(record);
                    }
                }
            }
        }
        return new Parsed(records, rejections);
    }

    private ImportRecord single(Sheet sheet, Fields f) {
        return switch (sheet) {
            case PENDAMPING -> new ImportRecord.Facilitator(f.line(), f.text("kode_pendamping"), f.text("nama"),
                    f.regencyCode("kode_kabupaten"), f.optional("telepon"));
            case KELOMPOK -> new ImportRecord.Group(f.line(), f.text("kode_kelompok"), f.text("nama_kelompok"),
                    f.villageCode("kode_desa"), f.pastDate("tanggal_bentuk"), f.optional("bank"),
                    f.optional("no_rekening"), f.rupiah("bantuan_stimulus"), f.pastDate("tanggal_bantuan"),
                    f.text("skema_bantuan"), f.rupiah("simpanan_pokok"), f.rupiah("iuran_wajib"),
                    f.rupiah("iuran_iks"), f.percent("jasa_pinjaman_persen"), f.integer("maks_angsuran", 1, 104),
                    f.integer("shu_iks_persen", 0, 100), f.integer("shu_anggota_persen", 0, 100),
                    f.text("kode_pendamping"));
            case STATUS_KELOMPOK -> new ImportRecord.GroupStatus(f.line(), f.text("kode_kelompok"),
                    f.pastDate("tanggal"), f.oneOf("status", GROUP_STATUSES), f.oneOf("tahap", STAGES),
                    f.text("alasan"));
            case USAHA -> new ImportRecord.Activity(f.line(), f.text("kode_kelompok"),
                    f.oneOf("jenis_usaha", ACTIVITY_TYPES), f.text("uraian"), f.pastDate("tanggal_mulai"),
                    f.oneOf("status", ACTIVITY_STATUSES));
            case ANGGOTA -> member(f);
            case PERTEMUAN -> new ImportRecord.Meeting(f.line(), f.text("id_pertemuan"), f.text("kode_kelompok"),
                    f.pastDate("tanggal"), f.oneOf("jenis", MEETING_TYPES), f.optional("keputusan"));
            case KUNJUNGAN -> new ImportRecord.Visit(f.line(), f.text("id_kunjungan"), f.text("kode_kelompok"),
                    f.pastDate("tanggal"), f.text("kode_pendamping"), f.text("temuan"), f.optional("tindak_lanjut"),
                    f.optionalDate("kunjungan_berikut"));
            case SURVEI -> survey(f);
            case PINJAMAN -> new ImportRecord.Loan(f.line(), f.text("id_pinjaman"), f.text("kode_kelompok"),
                    f.nik("nik"), f.pastDate("tanggal_cair"), f.positiveRupiah("pokok"), f.percent("jasa_persen"),
                    f.oneOf("metode_jasa", FEE_METHODS), f.oneOf("frekuensi", FREQUENCIES),
                    f.integer("jumlah_angsuran", 1, 104), f.integer("masa_tenggang", 0, 52),
                    f.optional("id_pinjaman_asal"), f.optional("keterangan"));
            case KEHADIRAN, TRANSAKSI -> throw new IllegalStateException("grouped sheet " + sheet);
        };
    }

    private ImportRecord survey(Fields f) {
        String wave = f.text("gelombang").toUpperCase(Locale.ROOT);
        if (!wave.isEmpty() && !wave.matches("BASELINE|LANJUTAN_([1-9]|[1-4][0-9]|50)")) {
            f.reject(RejectionReason.NILAI_TIDAK_DIKENAL, "Kolom gelombang harus BASELINE atau LANJUTAN_1 … LANJUTAN_50, tertulis '"
                    + wave + "'.");
        }
        long income = f.rupiah("pendapatan_bulanan");
        long fromKube = f.rupiah("pendapatan_kube");
        if (f.problem == null && fromKube > income) {
            f.reject(RejectionReason.JUMLAH_TIDAK_VALID, "pendapatan_kube " + fromKube + " melebihi pendapatan_bulanan " + income + ".");
        }
        List<String> sources = new ArrayList<>();
        for (String source : f.text("sumber_pendapatan").toUpperCase(Locale.ROOT).split("[,;]")) {
            String code = source.strip();
            if (code.isEmpty()) {
                continue;
            }
            if (!INCOME_SOURCES.contains(code)) {
                f.reject(RejectionReason.NILAI_TIDAK_DIKENAL, "Kolom sumber_pendapatan tidak mengenal '" + code + "'. Pilihan: "
                        + String.join(", ", INCOME_SOURCES.stream().sorted().toList()) + ".");
            } else if (!sources.contains(code)) {
                sources.add(code);
            }
        }
        int children = f.integer("anak_usia_sekolah", 0, 30);
        int inSchool = f.integer("anak_bersekolah", 0, 30);
        if (f.problem == null && inSchool > children) {
            f.reject(RejectionReason.JUMLAH_TIDAK_VALID, "anak_bersekolah " + inSchool + " melebihi anak_usia_sekolah " + children + ".");
        }
        boolean left = f.yesNo("keluar_dtsen");
        String decile = f.optional("desil_dtsen");
        Integer welfareDecile = decile.isEmpty() ? null : f.integer("desil_dtsen", 1, 10);
        if (f.problem == null && left && welfareDecile != null) {
            f.reject(RejectionReason.FORMAT_SALAH, "Rumah tangga yang keluar dari DTSEN tidak punya desil: kosongkan desil_dtsen.");
        }
        return new ImportRecord.Survey(f.line(), f.text("id_survei"), f.text("kode_kelompok"),
                f.nik("nik"), f.pastDate("tanggal"), wave, f.text("pencacah"), income, fromKube,
                f.rupiah("tabungan"), f.yesNo("jkn"), f.yesNo("kip"), f.yesNo("pkh"), f.yesNo("listrik"),
                f.yesNo("air_bersih"), f.yesNo("sanitasi"), left, f.integer("jumlah_art", 1, 30), List.copyOf(sources),
                children, inSchool, f.yesNo("akta_lahir"), f.yesNo("dokumen_lengkap"), f.yesNo("rekening_bank"),
                f.oneOf("ketahanan_pangan", FOOD_SECURITY), welfareDecile);
    }

    private ImportRecord member(Fields f) {
        String nik = f.nik("nik");
        String kk = f.text("no_kk");
        char sex = f.sex("jenis_kelamin");
        LocalDate birth = f.pastDate("tanggal_lahir");
        if (f.problem == null) {
            IdentityNumbers.checkNik(nik, birth, sex).ifPresent(p -> f.reject(p.reason(), p.message()));
            IdentityNumbers.checkFamilyCard(kk).ifPresent(p -> f.reject(p.reason(), p.message()));
        }
        String decile = f.optional("desil_dtsen");
        Integer welfareDecile = decile.isEmpty() ? null : f.integer("desil_dtsen", 1, 10);
        LocalDate joined = f.pastDate("tanggal_masuk");
        LocalDate left = f.optionalDate("tanggal_keluar");
        if (f.problem == null && left != null && left.isBefore(joined)) {
            f.reject(RejectionReason.FORMAT_SALAH, "tanggal_keluar " + left + " sebelum tanggal_masuk " + joined + ".");
        }
        return new ImportRecord.Member(f.line(), f.text("kode_kelompok"), nik, kk, f.text("nama"), sex, birth,
                f.oneOf("peran", ROLES), f.text("alamat"), f.digits("rt", 3), f.digits("rw", 3),
                f.villageCode("kode_desa"), f.optional("telepon"), f.yesNo("kepala_keluarga"), welfareDecile, joined,
                left);
    }

    private void parseAttendance(Table table, List<ImportRecord> records, List<Rejection> rejections) {
        Map<String, List<ImportRecord.Presence>> byMeeting = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        for (Row row : table.rows()) {
            Fields f = new Fields(table.sheet(), row);
            String meeting = f.text("id_pertemuan");
            String nik = f.nik("nik");
            boolean present = f.yesNo("hadir");
            if (f.problem != null) {
                rejections.add(f.problem);
                continue;
            }
            firstLine.putIfAbsent(meeting, row.line());
            byMeeting.computeIfAbsent(meeting, k -> new ArrayList<>())
                    .add(new ImportRecord.Presence(row.line(), nik, present));
        }
        byMeeting.forEach((meeting, presences) -> records.add(
                new ImportRecord.Attendance(firstLine.get(meeting), meeting, "", presences)));
    }

    private void parseJournals(Table table, List<ImportRecord> records, List<Rejection> rejections) {
        record Head(int line, String group, LocalDate date, String type, String description) {
        }
        Map<String, Head> heads = new LinkedHashMap<>();
        Map<String, List<ImportRecord.Leg>> legs = new LinkedHashMap<>();
        Map<String, Rejection> broken = new LinkedHashMap<>();
        for (Row row : table.rows()) {
            Fields f = new Fields(table.sheet(), row);
            String id = f.text("id_transaksi");
            Head head = new Head(row.line(), f.text("kode_kelompok"), f.pastDate("tanggal"),
                    f.text("jenis").toUpperCase(Locale.ROOT), f.text("keterangan"));
            AccountCode account = f.account("akun");
            long debit = f.rupiah("debit");
            long credit = f.rupiah("kredit");
            if (f.problem == null && (debit > 0) == (credit > 0)) {
                f.reject(RejectionReason.JUMLAH_TIDAK_VALID, "Setiap baris diisi debit ATAU kredit (lebih dari 0), "
                        + "tertulis debit " + debit + " dan kredit " + credit + ".");
            }
            String nik = f.optional("nik");
            if (!nik.isEmpty() && !nik.matches("\\d{16}")) {
                f.reject(RejectionReason.NIK_TIDAK_VALID, "Kolom nik harus 16 angka atau kosong.");
            }
            if (id.isEmpty()) {
                rejections.add(f.problem != null ? f.problem : new Rejection(table.sheet(), row.line(), "",
                        RejectionReason.WAJIB_DIISI, "Kolom id_transaksi wajib diisi."));
                continue;
            }
            if (f.problem != null) {
                broken.putIfAbsent(id, f.problem);
                continue;
            }
            Head first = heads.putIfAbsent(id, head);
            if (first != null && !(first.group.equals(head.group) && first.date.equals(head.date)
                    && first.type.equals(head.type) && first.description.equals(head.description))) {
                broken.putIfAbsent(id, new Rejection(table.sheet(), row.line(), id,
                        RejectionReason.TRANSAKSI_TIDAK_KONSISTEN, "Baris-baris transaksi " + id
                        + " harus sama pada kode_kelompok, tanggal, jenis dan keterangan (berbeda dengan baris "
                        + first.line + ")."));
            }
            legs.computeIfAbsent(id, k -> new ArrayList<>()).add(new ImportRecord.Leg(row.line(), account, debit,
                    credit, nik, f.optional("id_pinjaman")));
        }
        for (var entry : legs.entrySet()) {
            String id = entry.getKey();
            Head head = heads.get(id);
            if (broken.containsKey(id)) {
                continue;
            }
            ImportRecord.Journal journal = new ImportRecord.Journal(head.line, id, head.group, head.date, head.type,
                    head.description, entry.getValue());
            if (journal.legs().size() < 2) {
                broken.put(id, new Rejection(table.sheet(), head.line, id, RejectionReason.TIDAK_SEIMBANG,
                        "Transaksi " + id + " hanya punya satu baris; jurnal perlu sedikitnya satu debit dan satu kredit."));
            } else if (journal.debitTotal() != journal.creditTotal()) {
                broken.put(id, new Rejection(table.sheet(), head.line, id, RejectionReason.TIDAK_SEIMBANG,
                        "Transaksi " + id + " tidak seimbang: debit Rp" + journal.debitTotal() + " ≠ kredit Rp"
                                + journal.creditTotal() + " (selisih Rp"
                                + Math.abs(journal.debitTotal() - journal.creditTotal()) + ")."));
            } else {
                records.add(journal);
            }
        }
        // ids whose every row was broken never reached `legs`
        broken.values().forEach(rejections::add);
    }

    /** Reads the fields of one row; the first problem found is kept as the row's rejection. */
    private final class Fields {
        final Sheet sheet;
        final Row row;
        Rejection problem;

        Fields(Sheet sheet, Row row) {
            this.sheet = sheet;
            this.row = row;
        }

        int line() {
            return row.line();
        }

        void reject(RejectionReason reason, String message) {
            if (problem == null) {
                String key = row.get(sheet.columns().getFirst().name());
                problem = new Rejection(sheet, row.line(), sheet == Sheet.ANGGOTA || sheet == Sheet.KEHADIRAN
                        ? IdentityNumbers.masked(row.get("nik")) : key, reason, message);
            }
        }

        String text(String column) {
            String value = row.get(column);
            if (value.isEmpty()) {
                reject(RejectionReason.WAJIB_DIISI, "Kolom " + column + " wajib diisi.");
            }
            return value;
        }

        String optional(String column) {
            return row.get(column);
        }

        String nik(String column) {
            String value = text(column);
            if (!value.isEmpty() && !value.matches("\\d{16}")) {
                reject(RejectionReason.NIK_TIDAK_VALID, "Kolom " + column + " harus NIK 16 angka, tertulis "
                        + value.length() + " karakter. Di Excel, format kolom sebagai Teks.");
            }
            return value;
        }

        LocalDate date(String column) {
            String value = text(column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                reject(RejectionReason.FORMAT_SALAH, "Kolom " + column + " harus tanggal YYYY-MM-DD, tertulis '"
                        + value + "'.");
                return null;
            }
        }

        LocalDate pastDate(String column) {
            LocalDate date = date(column);
            if (date != null && date.isAfter(today)) {
                reject(RejectionReason.TANGGAL_MASA_DEPAN, "Kolom " + column + " berisi " + date
                        + ", sesudah hari ini (" + today + ").");
            }
            return date;
        }

        LocalDate optionalDate(String column) {
            return row.get(column).isEmpty() ? null : date(column);
        }

        long rupiah(String column) {
            String value = text(column);
            if (value.isEmpty()) {
                return 0;
            }
            if (!value.matches("\\d{1,15}")) {
                reject(RejectionReason.JUMLAH_TIDAK_VALID, "Kolom " + column + " harus rupiah utuh tanpa titik, koma "
                        + "atau sen (mis. 2500000), tertulis '" + value + "'.");
                return 0;
            }
            return Long.parseLong(value);
        }

        long positiveRupiah(String column) {
            long value = rupiah(column);
            if (problem == null && value <= 0) {
                reject(RejectionReason.JUMLAH_TIDAK_VALID, "Kolom " + column + " harus lebih dari 0.");
            }
            return value;
        }

        String percent(String column) {
            String value = text(column).replace(',', '.');
            if (!value.isEmpty() && !value.matches("\\d{1,2}(\\.\\d{1,2})?")) {
                reject(RejectionReason.FORMAT_SALAH, "Kolom " + column + " harus persen seperti 1.0 atau 0.5, tertulis '"
                        + value + "'.");
            }
            return value;
        }

        int integer(String column, int min, int max) {
            String value = text(column);
            if (!value.matches("\\d{1,4}") || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
                if (!value.isEmpty()) {
                    reject(RejectionReason.FORMAT_SALAH, "Kolom " + column + " harus bilangan bulat " + min + "–" + max
                            + ", tertulis '" + value + "'.");
                }
                return min;
            }
            return Integer.parseInt(value);
        }

        String oneOf(String column, Set<String> allowed) {
            String value = text(column).toUpperCase(Locale.ROOT);
            if (!value.isEmpty() && !allowed.contains(value)) {
                reject(RejectionReason.NILAI_TIDAK_DIKENAL, "Kolom " + column + " tidak mengenal '" + value
                        + "'. Pilihan: " + String.join(", ", allowed.stream().sorted().toList()) + ".");
            }
            return value;
        }

        boolean yesNo(String column) {
            String value = text(column).toUpperCase(Locale.ROOT);
            return switch (value) {
                case "Y", "YA" -> true;
                case "T", "TIDAK", "N" -> false;
                default -> {
                    if (!value.isEmpty()) {
                        reject(RejectionReason.NILAI_TIDAK_DIKENAL, "Kolom " + column + " harus Y atau T, tertulis '"
                                + value + "'.");
                    }
                    yield false;
                }
            };
        }

        char sex(String column) {
            String value = text(column).toUpperCase(Locale.ROOT);
            if (!value.equals("L") && !value.equals("P")) {
                if (!value.isEmpty()) {
                    reject(RejectionReason.NILAI_TIDAK_DIKENAL, "Kolom " + column + " harus L atau P, tertulis '"
                            + value + "'.");
                }
                return 'L';
            }
            return value.charAt(0);
        }

        String digits(String column, int length) {
            String value = text(column);
            if (!value.isEmpty() && !value.matches("\\d{1," + length + "}")) {
                reject(RejectionReason.FORMAT_SALAH, "Kolom " + column + " harus angka (paling banyak " + length
                        + " digit), tertulis '" + value + "'.");
                return value;
            }
            return value.isEmpty() ? value : "0".repeat(length - value.length()) + value;
        }

        String regencyCode(String column) {
            String value = text(column);
            if (!value.isEmpty() && !value.matches("\\d{2}\\.\\d{2}")) {
                reject(RejectionReason.WILAYAH_TIDAK_DIKENAL, "Kolom " + column
                        + " harus kode kabupaten/kota Kemendagri seperti 51.04, tertulis '" + value + "'.");
            }
            return value;
        }

        String villageCode(String column) {
            String value = text(column);
            if (!value.isEmpty() && !value.matches("\\d{2}\\.\\d{2}\\.\\d{2}\\.[12]\\d{3}")) {
                reject(RejectionReason.WILAYAH_TIDAK_DIKENAL, "Kolom " + column
                        + " harus kode desa/kelurahan Kemendagri seperti 51.04.01.2005, tertulis '" + value + "'.");
            }
            return value;
        }

        AccountCode account(String column) {
            String value = text(column);
            var account = AccountCode.parse(value);
            if (!value.isEmpty() && account.isEmpty()) {
                reject(RejectionReason.AKUN_TIDAK_DIKENAL, "Akun '" + value + "' tidak ada di bagan akun. Pilihan: "
                        + String.join(", ", java.util.stream.Stream.of(AccountCode.values()).map(Enum::name).toList())
                        + ".");
            }
            return account.orElse(AccountCode.KAS);
        }
    }
}
