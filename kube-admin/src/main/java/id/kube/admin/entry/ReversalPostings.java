package id.kube.admin.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;

import id.kube.core.group.GroupId;
import id.kube.ledger.journal.EntryKind;
import id.kube.ledger.journal.Journal;
import id.kube.ledger.journal.PostedEntry;
import id.kube.ledger.receipt.ReceiptException;
import id.kube.ledger.report.JournalReader;

/**
 * Correction by reversal: the books are never edited; a wrong entry is cancelled by its mirror image (kube-ledger's
 * {@link Journal#reverse}), dated in an open period, with the reason written into the journal. Entries of the loan
 * book (disbursements, repayments) are corrected through the loan book, not here, so their schedules stay true.
 */
@Service
public class ReversalPostings {

    /** Entry kinds a treasurer may reverse here (loan and year-end entries belong to their own books). */
    private static final List<String> REVERSIBLE = List.of(EntryKind.CONTRIBUTION.name(), EntryKind.SALE.name(),
            EntryKind.PURCHASE.name(), EntryKind.EXPENSE.name(), EntryKind.IKS_CONTRIBUTION.name(), EntryKind.GENERAL.name());

    /** A correction: which entry, why, dated when, the form's key. */
    public record Correction(GroupId group, long entryNo, String reason, LocalDate valueDate, String idempotencyKey) {
        public Correction {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(valueDate, "date");
            if (reason == null || reason.strip().length() < 5) {
                throw new EntryRefusal("reason", "entry.reversal.reason.required",
                        "Tuliskan alasan koreksi (paling sedikit 5 huruf)");
            }
            if (reason.strip().length() > 300) {
                throw new EntryRefusal("reason", "entry.note.tooLong", "Keterangan paling banyak 300 huruf");
            }
            reason = reason.strip();
        }
    }

    private final TreasurerBooks books;

    public ReversalPostings(TreasurerBooks books) {
        this.books = books;
    }

    /** The latest entries that may still be reversed (not a reversal, not reversed, of a reversible kind). */
    public List<JournalReader.Entry> reversible(GroupId group, LocalDate from, LocalDate to) {
        books.requireTreasurerOf(group);
        if (!books.books().isOpen(group)) {
            return List.of();
        }
        return new JournalReader(books.dsl()).entries(group, from, to, 200).stream()
                .filter(e -> !e.isReversal() && !e.reversed() && REVERSIBLE.contains(e.kind()))
                .toList();
    }

    public PostedReceipt reverse(Correction correction) {
        GroupId group = correction.group();
        String treasurer = books.requireTreasurerOf(group);
        boolean retry = books.alreadyPosted(group, correction.idempotencyKey());
        books.requireNotFuture(correction.valueDate());
        JournalReader reader = new JournalReader(books.dsl());
        JournalReader.Entry original = books.books().isOpen(group) ? reader.entry(group, correction.entryNo()).orElse(null) : null;
        if (original == null) {
            throw new EntryRefusal("entry", "entry.reversal.unknown", "Jurnal ini tidak ada di buku kelompok");
        }
        if (!retry) {
            if (original.isReversal() || !REVERSIBLE.contains(original.kind())) {
                throw new EntryRefusal("entry", "entry.reversal.notReversible",
                        "Jurnal ini tidak dapat dikoreksi di sini (pinjaman dikoreksi lewat buku pinjaman)");
            }
            if (original.reversed()) {
                throw new EntryRefusal("entry", "entry.reversal.already",
                        "Jurnal no. " + original.entryNo() + " sudah dikoreksi oleh jurnal no. " + original.reversedByEntryNo(),
                        original.entryNo(), original.reversedByEntryNo());
            }
            if (correction.valueDate().isBefore(original.valueDate())) {
                throw new EntryRefusal("date", "entry.reversal.beforeOriginal",
                        "Tanggal koreksi tidak boleh sebelum tanggal jurnal yang dikoreksi");
            }
        }
        PostedEntry posted = new Journal(books.dsl(), books.clock()).reverse(group, correction.entryNo(), correction.valueDate(),
                correction.reason(), treasurer, correction.idempotencyKey());
        id.kube.ledger.receipt.Kuitansi kuitansi;
        try {
            kuitansi = books.kuitansi(group, posted.entryNo(), "Koreksi jurnal no. " + original.entryNo());
        } catch (ReceiptException notCash) {
            kuitansi = null;
        }
        return new PostedReceipt(posted.entryNo(), posted.replayed(), kuitansi, List.of(
                new PostedReceipt.Detail("entry.reversal.of", "#" + original.entryNo() + " " + original.description()),
                new PostedReceipt.Detail("entry.reversal.reason", correction.reason())));
    }
}
