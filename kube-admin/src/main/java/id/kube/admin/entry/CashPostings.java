package id.kube.admin.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import id.kube.core.group.GroupId;
import id.kube.core.member.Member;
import id.kube.core.member.MemberId;
import id.kube.ledger.account.AccountRole;
import id.kube.ledger.journal.EntryKind;
import id.kube.ledger.journal.Journal;
import id.kube.ledger.journal.Leg;
import id.kube.ledger.journal.NewEntry;
import id.kube.ledger.journal.PostedEntry;

/**
 * Cash received or paid in one journal entry of the group's books: a member's mandatory contribution, a sale, a
 * purchase of stock, an operating expense, a member's IKS contribution. The entry's idempotency key is the form's
 * (fixed when the form opened), so a double click or a retry posts once; the group must be the signed-in
 * treasurer's; spending is refused, before anything is written, when the cash is not there.
 */
@Service
public class CashPostings {

    /** The kinds of cash entry, with the accounts they debit and credit. */
    public enum Kind {
        CONTRIBUTION(EntryKind.CONTRIBUTION, AccountRole.CASH, AccountRole.MANDATORY_CONTRIBUTIONS, true, "Iuran wajib"),
        SALE(EntryKind.SALE, AccountRole.CASH, AccountRole.SALES, false, "Penjualan"),
        PURCHASE(EntryKind.PURCHASE, AccountRole.PURCHASES, AccountRole.CASH, false, "Pembelian"),
        EXPENSE(EntryKind.EXPENSE, AccountRole.OPERATING_EXPENSES, AccountRole.CASH, false, "Beban operasional"),
        IKS_CONTRIBUTION(EntryKind.IKS_CONTRIBUTION, AccountRole.CASH, AccountRole.IKS_FUND, true, "Iuran IKS");

        private final EntryKind entryKind;
        private final AccountRole debit;
        private final AccountRole credit;
        private final boolean memberRequired;
        private final String label;

        Kind(EntryKind entryKind, AccountRole debit, AccountRole credit, boolean memberRequired, String label) {
            this.entryKind = entryKind;
            this.debit = debit;
            this.credit = credit;
            this.memberRequired = memberRequired;
            this.label = label;
        }

        public AccountRole debit() {
            return debit;
        }

        public AccountRole credit() {
            return credit;
        }

        public boolean memberRequired() {
            return memberRequired;
        }

        /** Money leaves the group's cash. */
        public boolean spends() {
            return credit == AccountRole.CASH;
        }

        /** The Bahasa Indonesia name the journal description starts with. */
        public String label() {
            return label;
        }
    }

    /**
     * What the treasurer asked to post: a member (contributions) or an outside party (buyer, supplier), what it was
     * for, the whole-rupiah amount and the value date, and the form's idempotency key.
     */
    public record CashEntry(Kind kind, GroupId group, @Nullable MemberId member, @Nullable String party,
                            @Nullable String note, long amount, LocalDate valueDate, String idempotencyKey) {
        public CashEntry {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(valueDate, "date");
            Objects.requireNonNull(idempotencyKey, "idempotency key");
            if (amount <= 0 || amount > RupiahInput.MAX) {
                throw new EntryRefusal("amount", "entry.error.amountRange",
                        "Jumlah harus antara Rp1 dan " + RupiahInput.format(RupiahInput.MAX));
            }
            party = party == null || party.isBlank() ? null : party.strip();
            note = note == null || note.isBlank() ? null : note.strip();
        }
    }

    private final TreasurerBooks books;

    public CashPostings(TreasurerBooks books) {
        this.books = books;
    }

    public PostedReceipt post(CashEntry entry) {
        String treasurer = books.requireTreasurerOf(entry.group());
        boolean retry = books.alreadyPosted(entry.group(), entry.idempotencyKey());
        books.requireNotFuture(entry.valueDate());
        Member member = null;
        if (entry.kind().memberRequired()) {
            if (entry.member() == null) {
                throw new EntryRefusal("member", "entry.member.required", "Pilih anggota");
            }
            member = books.requireActiveMember(entry.group(), entry.member(), "member");
        } else if (entry.party() == null) {
            throw new EntryRefusal("party", "entry.party.required", "Nama pembeli/pemasok wajib diisi");
        }
        if (!entry.kind().memberRequired() && entry.note() == null) {
            throw new EntryRefusal("note", "entry.note.required", "Tuliskan untuk apa (barang/jasa)");
        }
        if (entry.party() != null && entry.party().length() > 120) {
            throw new EntryRefusal("party", "entry.party.tooLong", "Nama paling banyak 120 huruf");
        }
        if (entry.note() != null && entry.note().length() > 300) {
            throw new EntryRefusal("note", "entry.note.tooLong", "Keterangan paling banyak 300 huruf");
        }
        books.ensureOpen(entry.group());
        if (entry.kind().spends() && !retry) {
            books.requireFunds(entry.group(), AccountRole.CASH, entry.amount(), "amount");
        }
        String description = entry.kind().label() + " " + (member != null ? member.fullName()
                : entry.note() + " (" + entry.party() + ")");
        if (member != null && entry.note() != null) {
            description += ": " + entry.note();
        }
        var ledgerBooks = books.books();
        PostedEntry posted = new Journal(books.dsl(), books.clock()).post(new NewEntry(entry.group(),
                entry.idempotencyKey(), entry.kind().entryKind, entry.valueDate(),
                description.length() > 500 ? description.substring(0, 500) : description,
                member == null ? null : member.id(), treasurer,
                List.of(Leg.debit(ledgerBooks.accountFor(entry.group(), entry.kind().debit()), entry.amount()),
                        Leg.credit(ledgerBooks.accountFor(entry.group(), entry.kind().credit()), entry.amount())),
                null));
        return new PostedReceipt(posted.entryNo(), posted.replayed(),
                books.kuitansi(entry.group(), posted.entryNo(), entry.party()), List.of());
    }
}
