package id.kube.seeds.template;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The tables of the KUBE import template, in load order (status history last: a group is activated,
 * suspended or closed only after its members, meetings and books are in). Each is one CSV file ({@code kelompok.csv}, ...) or one
 * sheet of the same name in an XLSX workbook. Column names are lower-case Indonesian; the first line of a file
 * (or sheet) holds them, in any order.
 */
public enum Sheet {

    PENDAMPING("pendamping", "Pendamping (facilitator) KUBE", List.of(
            Column.required("kode_pendamping", "Kode unik pendamping, mis. PDP-5104-01"),
            Column.required("nama", "Nama lengkap pendamping"),
            Column.required("kode_kabupaten", "Kode Kemendagri kabupaten/kota tempat bertugas, mis. 51.04"),
            Column.optional("telepon", "Nomor HP, mis. 081234567890"))),

    KELOMPOK("kelompok", "Kelompok Usaha Bersama", List.of(
            Column.required("kode_kelompok", "Nomor registrasi kelompok (kunci unik), mis. KUBE-5104-001"),
            Column.required("nama_kelompok", "Nama kelompok"),
            Column.required("kode_desa", "Kode Kemendagri desa/kelurahan sekretariat, mis. 51.04.01.2005"),
            Column.required("tanggal_bentuk", "Tanggal pembentukan, format YYYY-MM-DD"),
            Column.optional("bank", "Nama bank rekening kelompok"),
            Column.optional("no_rekening", "Nomor rekening kelompok"),
            Column.required("bantuan_stimulus", "Jumlah bantuan stimulus dalam rupiah utuh, tanpa titik"),
            Column.required("tanggal_bantuan", "Tanggal bantuan diterima, YYYY-MM-DD"),
            Column.required("skema_bantuan", "Skema/tahun anggaran bantuan, mis. KUBE-APBN-2023"),
            Column.required("simpanan_pokok", "Simpanan pokok per anggota (rupiah, sekali)"),
            Column.required("iuran_wajib", "Simpanan wajib per anggota per pertemuan (rupiah)"),
            Column.required("iuran_iks", "Iuran IKS per anggota per pertemuan (rupiah)"),
            Column.required("jasa_pinjaman_persen", "Jasa pinjaman per bulan dalam persen, mis. 1.0"),
            Column.required("maks_angsuran", "Jumlah angsuran terbanyak yang diizinkan aturan kelompok"),
            Column.required("shu_iks_persen", "Bagian SHU untuk IKS (persen)"),
            Column.required("shu_anggota_persen", "Bagian SHU untuk anggota (persen); sisanya cadangan"),
            Column.required("kode_pendamping", "Pendamping yang ditugaskan (lihat pendamping)"))),

    USAHA("usaha", "Kegiatan usaha kelompok", List.of(
            Column.required("kode_kelompok", "Kelompok"),
            Column.required("jenis_usaha", "PERDAGANGAN, OLAHAN_PANGAN, KERAJINAN, PETERNAKAN, PERTANIAN, "
                    + "PERIKANAN, JASA_JAHIT, JASA atau E_WARONG"),
            Column.required("uraian", "Uraian usaha, mis. kerupuk ikan"),
            Column.required("tanggal_mulai", "Tanggal mulai, YYYY-MM-DD"),
            Column.required("status", "BERJALAN, BERHENTI"))),

    ANGGOTA("anggota", "Anggota kelompok", List.of(
            Column.required("kode_kelompok", "Kelompok"),
            Column.required("nik", "NIK 16 digit"),
            Column.required("no_kk", "Nomor Kartu Keluarga 16 digit"),
            Column.required("nama", "Nama lengkap"),
            Column.required("jenis_kelamin", "L atau P"),
            Column.required("tanggal_lahir", "YYYY-MM-DD; harus sesuai dengan NIK"),
            Column.required("peran", "KETUA, SEKRETARIS, BENDAHARA atau ANGGOTA"),
            Column.required("alamat", "Alamat (dusun/banjar/jalan)"),
            Column.required("rt", "RT, 3 digit"),
            Column.required("rw", "RW, 3 digit"),
            Column.required("kode_desa", "Kode desa/kelurahan tempat tinggal"),
            Column.optional("telepon", "Nomor HP"),
            Column.required("kepala_keluarga", "Y jika kepala keluarga/pencari nafkah utama, T jika bukan"),
            Column.optional("desil_dtsen", "Desil kesejahteraan DTSEN 1-10, kosong jika tidak diketahui"),
            Column.required("tanggal_masuk", "Tanggal menjadi anggota"),
            Column.optional("tanggal_keluar", "Tanggal keluar, kosong jika masih aktif"))),

    PERTEMUAN("pertemuan", "Pertemuan kelompok", List.of(
            Column.required("id_pertemuan", "Kode unik pertemuan"),
            Column.required("kode_kelompok", "Kelompok"),
            Column.required("tanggal", "Tanggal pertemuan"),
            Column.required("jenis", "RUTIN, RAPAT_ANGGOTA_TAHUNAN atau KHUSUS"),
            Column.optional("keputusan", "Keputusan pertemuan"))),

    KEHADIRAN("kehadiran", "Daftar hadir pertemuan", List.of(
            Column.required("id_pertemuan", "Pertemuan"),
            Column.required("nik", "NIK anggota"),
            Column.required("hadir", "Y atau T"))),

    KUNJUNGAN("kunjungan", "Kunjungan pendamping", List.of(
            Column.required("id_kunjungan", "Kode unik kunjungan"),
            Column.required("kode_kelompok", "Kelompok"),
            Column.required("tanggal", "Tanggal kunjungan"),
            Column.required("kode_pendamping", "Pendamping"),
            Column.required("temuan", "Temuan"),
            Column.optional("tindak_lanjut", "Tindak lanjut"),
            Column.optional("kunjungan_berikut", "Rencana kunjungan berikut, YYYY-MM-DD"))),

    SURVEI("survei", "Survei rumah tangga anggota", List.of(
            Column.required("id_survei", "Kode unik survei"),
            Column.required("kode_kelompok", "Kelompok"),
            Column.required("nik", "NIK anggota"),
            Column.required("tanggal", "Tanggal survei"),
            Column.required("gelombang", "BASELINE, LANJUTAN_1, LANJUTAN_2, ..."),
            Column.required("pencacah", "Kode pendamping yang mencacah"),
            Column.required("pendapatan_bulanan", "Pendapatan rumah tangga per bulan (rupiah)"),
            Column.required("pendapatan_kube", "Bagian pendapatan dari usaha KUBE (rupiah)"),
            Column.required("tabungan", "Tabungan rumah tangga (rupiah)"),
            Column.required("jkn", "Punya JKN/KIS: Y/T"),
            Column.required("kip", "Anak sekolah menerima KIP: Y/T"),
            Column.required("pkh", "Penerima PKH: Y/T"),
            Column.required("listrik", "Listrik PLN: Y/T"),
            Column.required("air_bersih", "Akses air bersih: Y/T"),
            Column.required("sanitasi", "Jamban sehat: Y/T"),
            Column.required("keluar_dtsen", "Keluar dari DTSEN (graduasi): Y/T"),
            Column.required("jumlah_art", "Jumlah anggota rumah tangga, 1-30"),
            Column.required("sumber_pendapatan", "Sumber pendapatan utama, dipisah koma: KUBE, PERTANIAN, NELAYAN, BURUH, "
                    + "DAGANG, GAJI, BANTUAN, KIRIMAN, LAINNYA"),
            Column.required("anak_usia_sekolah", "Banyaknya anak usia sekolah (7-18 tahun)"),
            Column.required("anak_bersekolah", "Dari mereka, yang bersekolah"),
            Column.required("akta_lahir", "Semua anggota rumah tangga punya akta lahir: Y/T"),
            Column.required("dokumen_lengkap", "KTP dan KK lengkap dan sesuai: Y/T"),
            Column.required("rekening_bank", "Punya rekening bank: Y/T"),
            Column.required("ketahanan_pangan", "TAHAN, RAWAN_RINGAN, RAWAN_SEDANG atau RAWAN_BERAT"),
            Column.optional("desil_dtsen", "Desil DTSEN 1-10 saat survei; kosong jika tidak diketahui atau sudah keluar"))),

    PINJAMAN("pinjaman", "Pinjaman dana bergulir", List.of(
            Column.required("id_pinjaman", "Kode unik pinjaman"),
            Column.required("kode_kelompok", "Kelompok"),
            Column.required("nik", "NIK peminjam"),
            Column.required("tanggal_cair", "Tanggal pencairan"),
            Column.required("pokok", "Pokok pinjaman (rupiah)"),
            Column.required("jasa_persen", "Jasa per bulan (persen)"),
            Column.required("metode_jasa", "FLAT (dari pokok awal) atau MENURUN (dari sisa pokok)"),
            Column.required("frekuensi", "MINGGUAN, DUA_MINGGUAN atau BULANAN"),
            Column.required("jumlah_angsuran", "Banyaknya angsuran"),
            Column.required("masa_tenggang", "Masa tenggang dalam periode angsuran (0 jika tidak ada)"),
            Column.optional("id_pinjaman_asal", "Untuk restrukturisasi: pinjaman yang digantikan"),
            Column.optional("keterangan", "Keterangan"))),

    TRANSAKSI("transaksi", "Transaksi buku kas (satu baris per kaki jurnal)", List.of(
            Column.required("id_transaksi", "Kode unik transaksi (kunci idempotensi); baris-baris dengan kode "
                    + "yang sama adalah satu jurnal dan harus seimbang"),
            Column.required("kode_kelompok", "Kelompok"),
            Column.required("tanggal", "Tanggal nilai"),
            Column.required("jenis", "Jenis transaksi, mis. SETORAN_PERTEMUAN, PENJUALAN, ANGSURAN"),
            Column.required("akun", "Kode akun, mis. KAS, BANK, PIUTANG_PINJAMAN"),
            Column.required("debit", "Jumlah debit (rupiah utuh) atau 0"),
            Column.required("kredit", "Jumlah kredit (rupiah utuh) atau 0"),
            Column.optional("nik", "Anggota yang bersangkutan"),
            Column.optional("id_pinjaman", "Pinjaman yang bersangkutan"),
            Column.required("keterangan", "Uraian transaksi"))),

    STATUS_KELOMPOK("status_kelompok", "Riwayat status dan tahap kelompok", List.of(
            Column.required("kode_kelompok", "Kelompok"),
            Column.required("tanggal", "Tanggal perubahan, YYYY-MM-DD"),
            Column.required("status", "PEMBENTUKAN, AKTIF, DIBEKUKAN, LULUS atau BUBAR"),
            Column.required("tahap", "TUMBUH, BERKEMBANG atau MAJU"),
            Column.required("alasan", "Alasan perubahan")));

    private final String fileBase;
    private final String title;
    private final List<Column> columns;

    Sheet(String fileBase, String title, List<Column> columns) {
        this.fileBase = fileBase;
        this.title = title;
        this.columns = columns;
    }

    /** Name of the CSV file ({@code kelompok.csv}) and of the XLSX sheet ({@code kelompok}). */
    public String fileName() {
        return fileBase + ".csv";
    }

    public String sheetName() {
        return fileBase;
    }

    public String title() {
        return title;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<String> header() {
        return columns.stream().map(Column::name).toList();
    }

    public static Optional<Sheet> byName(String name) {
        String base = name.toLowerCase(java.util.Locale.ROOT).replaceFirst("\\.csv$", "");
        return Stream.of(values()).filter(s -> s.fileBase.equals(base)).findFirst();
    }

    /** A column of a template table. */
    public record Column(String name, boolean required, String description) {
        static Column required(String name, String description) {
            return new Column(name, true, description);
        }

        static Column optional(String name, String description) {
            return new Column(name, false, description);
        }
    }
}
