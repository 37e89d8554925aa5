package id.kube.admin.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import id.kube.core.group.GroupId;
import id.kube.core.member.MemberId;
import id.kube.core.money.Rupiah;
import id.kube.ledger.account.AccountRole;
import id.kube.ledger.iks.IksFund;
import id.kube.ledger.iks.IksPurpose;
import id.kube.ledger.journal.PostedEntry;

/**
 * Spending from the group's social solidarity fund (IKS) through kube-ledger's {@link IksFund}: a stated social
 * purpose and what it was for, optionally the member helped, never more than the fund holds (nor the cash).
 * Contributions to the fund are {@link CashPostings.Kind#IKS_CONTRIBUTION}.
 */
@Service
public class IksPostings {

    /** What the treasurer asked to pay out of the IKS fund. */
    public record IksDisbursement(GroupId group, IksPurpose purpose, String detail, @Nullable MemberId beneficiary,
                                  @Nullable String recipient, long amount, LocalDate valueDate, String idempotencyKey) {
        public IksDisbursement {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(valueDate, "date");
            if (purpose == null) {
                throw new EntryRefusal("purpose", "entry.iks.purpose.required", "Pilih tujuan penggunaan dana IKS");
            }
            if (detail == null || detail.isBlank()) {
                throw new EntryRefusal("note", "entry.iks.detail.required", "Tuliskan untuk apa bantuan ini diberikan");
            }
            if (detail.strip().length() > 300) {
                throw new EntryRefusal("note", "entry.note.tooLong", "Keterangan paling banyak 300 huruf");
            }
            detail = detail.strip();
            recipient = recipient == null || recipient.isBlank() ? null : recipient.strip();
            if (amount <= 0 || amount > RupiahInput.MAX) {
                throw new EntryRefusal("amount", "entry.error.amountRange",
                        "Jumlah harus antara Rp1 dan " + RupiahInput.format(RupiahInput.MAX));
            }
        }
    }

    private final TreasurerBooks books;

    public IksPostings(TreasurerBooks books) {
        this.books = books;
    }

    /** What the IKS fund holds now. */
    public long fundBalance(GroupId group) {
        books.requireTreasurerOf(group);
        return books.balance(group, AccountRole.IKS_FUND);
    }

    public PostedReceipt disburse(IksDisbursement request) {
        GroupId group = request.group();
        String treasurer = books.requireTreasurerOf(group);
        boolean retry = books.alreadyPosted(group, request.idempotencyKey());
        books.requireNotFuture(request.valueDate());
        if (request.beneficiary() != null) {
            books.requireActiveMember(group, request.beneficiary(), "member");
        } else if (request.recipient() == null) {
            throw new EntryRefusal("party", "entry.iks.recipient.required", "Pilih anggota atau tulis nama penerima bantuan");
        }
        books.ensureOpen(group);
        if (!retry) {
            books.requireFunds(group, AccountRole.IKS_FUND, request.amount(), "amount");
            books.requireFunds(group, AccountRole.CASH, request.amount(), "amount");
        }
        PostedEntry posted = new IksFund(books.dsl(), books.clock()).disburse(group, request.valueDate(), request.purpose(),
                request.detail(), request.beneficiary(), Rupiah.of(request.amount()), treasurer, request.idempotencyKey());
        return new PostedReceipt(posted.entryNo(), posted.replayed(), books.kuitansi(group, posted.entryNo(), request.recipient()),
                List.of(new PostedReceipt.Detail("entry.iks.purpose", request.purpose().label()),
                        new PostedReceipt.Detail("entry.iks.fundAfter", Rupiah.format(books.balance(group, AccountRole.IKS_FUND)))));
    }
}
