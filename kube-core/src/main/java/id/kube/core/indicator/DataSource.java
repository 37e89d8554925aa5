package id.kube.core.indicator;

/** Where an indicator's raw data comes from. */
public enum DataSource {
    MEETINGS("Notulen dan daftar hadir pertemuan", "Meeting minutes and attendance"),
    MEMBERSHIP("Daftar anggota (tanggal masuk/keluar)", "Member register (joined/left dates)"),
    BOOKS("Pembukuan kelompok (kube-ledger)", "Group books (kube-ledger)"),
    HOUSEHOLD_SURVEY("Survei rumah tangga anggota (baseline dan lanjutan)", "Member household survey (baseline and follow-ups)"),
    POVERTY_LINE("Garis kemiskinan BPS (kota/desa, per periode)", "BPS poverty line (urban/rural, per period)"),
    SUPPORT("Catatan dukungan dan pendampingan", "Support and facilitation records"),
    GROUP_EVENTS("Catatan kemitraan, kontribusi, guncangan dan BCP", "Partnership, contribution, shock and BCP records"),
    GROUP_REGISTER("Register kelompok (status dan tanggal)", "Group register (status and dates)");

    private final String nameId;
    private final String nameEn;

    DataSource(String nameId, String nameEn) {
        this.nameId = nameId;
        this.nameEn = nameEn;
    }

    public String nameId() {
        return nameId;
    }

    public String nameEn() {
        return nameEn;
    }
}
