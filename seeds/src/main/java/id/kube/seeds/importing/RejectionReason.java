package id.kube.seeds.importing;

/** Why a row was rejected; each reason has the short Indonesian label the report shows beside its message. */
public enum RejectionReason {
    TEMPLAT_TIDAK_SESUAI("Templat tidak sesuai"),
    WAJIB_DIISI("Kolom wajib kosong"),
    FORMAT_SALAH("Format salah"),
    NILAI_TIDAK_DIKENAL("Nilai tidak dikenal"),
    TANGGAL_MASA_DEPAN("Tanggal di masa depan"),
    JUMLAH_TIDAK_VALID("Jumlah tidak valid"),
    NIK_TIDAK_VALID("NIK tidak valid"),
    NIK_TIDAK_SESUAI("NIK tidak sesuai data anggota"),
    KK_TIDAK_VALID("Nomor KK tidak valid"),
    WILAYAH_TIDAK_DIKENAL("Kode wilayah tidak dikenal"),
    KELOMPOK_TIDAK_DIKENAL("Kelompok tidak dikenal"),
    ANGGOTA_TIDAK_DIKENAL("Anggota tidak dikenal"),
    PENDAMPING_TIDAK_DIKENAL("Pendamping tidak dikenal"),
    PERTEMUAN_TIDAK_DIKENAL("Pertemuan tidak dikenal"),
    PINJAMAN_TIDAK_DIKENAL("Pinjaman tidak dikenal"),
    AKUN_TIDAK_DIKENAL("Akun tidak dikenal"),
    ANGGOTA_GANDA_KELOMPOK_LAIN("Anggota terdaftar di kelompok lain"),
    KK_GANDA("Satu keluarga (KK) dua kali dalam kelompok"),
    KODE_GANDA("Kode ganda dengan isi berbeda"),
    TIDAK_SEIMBANG("Jurnal tidak seimbang"),
    TRANSAKSI_TIDAK_KONSISTEN("Baris transaksi tidak konsisten"),
    BERGANTUNG_PADA_BARIS_DITOLAK("Bergantung pada baris yang ditolak"),
    DITOLAK_SISTEM("Ditolak oleh aturan sistem");

    private final String label;

    RejectionReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
