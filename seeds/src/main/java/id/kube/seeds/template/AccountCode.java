package id.kube.seeds.template;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * The account codes a transaction leg of the template may name: the KUBE chart of accounts (issue 3) in the
 * words a treasurer uses. {@link #normalBalance()} says on which side the account grows.
 */
public enum AccountCode {
    KAS(Kind.ASET, "Kas"),
    BANK(Kind.ASET, "Bank"),
    PIUTANG_PINJAMAN(Kind.ASET, "Piutang pinjaman anggota (dana bergulir)"),
    PERSEDIAAN(Kind.ASET, "Persediaan barang dan bahan"),
    SIMPANAN_SUKARELA(Kind.KEWAJIBAN, "Simpanan sukarela anggota"),
    MODAL_HIBAH(Kind.EKUITAS, "Modal bantuan stimulus"),
    SIMPANAN_POKOK(Kind.EKUITAS, "Simpanan pokok anggota"),
    SIMPANAN_WAJIB(Kind.EKUITAS, "Simpanan wajib anggota"),
    DANA_IKS(Kind.EKUITAS, "Dana Iuran Kesetiakawanan Sosial"),
    SHU_DITAHAN(Kind.EKUITAS, "SHU ditahan / cadangan"),
    DISTRIBUSI_SHU(Kind.EKUITAS, "SHU yang dibagikan (mengurangi ekuitas)"),
    PENJUALAN(Kind.PENDAPATAN, "Penjualan"),
    PENDAPATAN_JASA(Kind.PENDAPATAN, "Pendapatan jasa pinjaman"),
    PENDAPATAN_LAIN(Kind.PENDAPATAN, "Pendapatan lain-lain"),
    PEMBELIAN(Kind.BEBAN, "Pembelian bahan dan barang dagangan"),
    BIAYA_OPERASIONAL(Kind.BEBAN, "Biaya operasional"),
    BEBAN_PENGHAPUSAN(Kind.BEBAN, "Beban penghapusan pinjaman macet");

    public enum Kind { ASET, KEWAJIBAN, EKUITAS, PENDAPATAN, BEBAN }

    public enum Side { DEBIT, KREDIT }

    private final Kind kind;
    private final String label;

    AccountCode(Kind kind, String label) {
        this.kind = kind;
        this.label = label;
    }

    public Kind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    public Side normalBalance() {
        return switch (kind) {
            case ASET, BEBAN -> Side.DEBIT;
            case KEWAJIBAN, EKUITAS, PENDAPATAN -> this == DISTRIBUSI_SHU ? Side.DEBIT : Side.KREDIT;
        };
    }

    public static Optional<AccountCode> parse(String code) {
        return Stream.of(values()).filter(a -> a.name().equals(code.trim().toUpperCase(java.util.Locale.ROOT)))
                .findFirst();
    }
}
