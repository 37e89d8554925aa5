package id.kube.ledger.receipt;

import java.time.LocalDate;
import java.util.Objects;

import javax.money.MonetaryAmount;

import id.kube.core.group.GroupId;
import id.kube.core.money.Rupiah;

/**
 * A receipt for one posted cash entry, ready to render or print: its number, the group, the value date, who
 * paid the group ({@link Direction#RECEIVED}, "Telah terima dari") or whom the group paid
 * ({@link Direction#PAID}, "Dibayarkan kepada"), what for, the amount in figures ({@code Rp1.250.000}) and in
 * words ("satu juta dua ratus lima puluh ribu rupiah"), and the treasurer who posted it. The figures and words
 * always agree with {@link #amount()}: the constructor refuses anything else.
 */
public record Kuitansi(
        String number,
        GroupId groupId,
        String groupName,
        long entryNo,
        LocalDate date,
        Direction direction,
        String counterparty,
        String purpose,
        long amount,
        String amountFormatted,
        String amountInWords,
        String treasurer) {

    /** Which way the money went, with the heading a printed kuitansi uses. */
    public enum Direction {
        RECEIVED("Telah terima dari", "Received from"),
        PAID("Dibayarkan kepada", "Paid to");

        private final String labelId;
        private final String labelEn;

        Direction(String labelId, String labelEn) {
            this.labelId = labelId;
            this.labelEn = labelEn;
        }

        public String labelId() {
            return labelId;
        }

        public String labelEn() {
            return labelEn;
        }
    }

    public Kuitansi {
        Objects.requireNonNull(groupId, "group");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(direction, "direction");
        required(number, "Nomor kuitansi");
        required(groupName, "Nama kelompok");
        required(counterparty, "Nama penyetor/penerima");
        required(purpose, "Keperluan");
        required(treasurer, "Nama bendahara");
        if (entryNo <= 0) {
            throw new ReceiptException(ReceiptException.Reason.INVALID_RECEIPT, "Nomor jurnal kuitansi harus positif, bukan " + entryNo);
        }
        if (amount <= 0) {
            throw new ReceiptException(ReceiptException.Reason.INVALID_RECEIPT,
                    "Jumlah pada kuitansi harus lebih dari nol, bukan " + Rupiah.format(amount));
        }
        if (!Rupiah.format(amount).equals(amountFormatted) || !Terbilang.rupiah(amount).equals(amountInWords)) {
            throw new ReceiptException(ReceiptException.Reason.INVALID_RECEIPT,
                    "Angka dan terbilang kuitansi harus sama dengan jumlahnya " + Rupiah.format(amount));
        }
    }

    /** A kuitansi whose figures and words are derived from the amount. */
    public static Kuitansi of(String number, GroupId groupId, String groupName, long entryNo, LocalDate date, Direction direction,
                              String counterparty, String purpose, long amount, String treasurer) {
        if (amount <= 0) {
            throw new ReceiptException(ReceiptException.Reason.INVALID_RECEIPT,
                    "Jumlah pada kuitansi harus lebih dari nol, bukan " + Rupiah.format(amount));
        }
        return new Kuitansi(number, groupId, groupName, entryNo, date, direction, counterparty, purpose, amount,
                Rupiah.format(amount), Terbilang.rupiah(amount), treasurer);
    }

    /** The receipt number of an entry: {@code KW/000123/2026} (entry number in the group's journal, year of the value date). */
    public static String numberOf(long entryNo, LocalDate date) {
        return String.format("KW/%06d/%d", entryNo, date.getYear());
    }

    public MonetaryAmount money() {
        return Rupiah.of(amount);
    }

    /** The amount in words with a capital first letter, as written on the "Terbilang" line. */
    public String amountInWordsCapitalized() {
        return Character.toUpperCase(amountInWords.charAt(0)) + amountInWords.substring(1);
    }

    private static void required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new ReceiptException(ReceiptException.Reason.INVALID_RECEIPT, what + " wajib diisi");
        }
    }
}
