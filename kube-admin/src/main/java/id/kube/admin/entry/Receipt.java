package id.kube.admin.entry;

import java.time.LocalDate;

import id.kube.ledger.receipt.Terbilang;

/** A kuitansi: what was received from whom, in figures and in words, under which journal entry number. */
public record Receipt(long entryNo, String groupName, String memberName, String purpose, long amount,
                      LocalDate valueDate, String receivedBy, boolean replayed) {

    public String amountInFigures() {
        return RupiahInput.format(amount);
    }

    public String amountInWords() {
        return Terbilang.rupiah(amount);
    }
}
