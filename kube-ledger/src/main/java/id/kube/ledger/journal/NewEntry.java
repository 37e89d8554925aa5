package id.kube.ledger.journal;

import id.kube.ledger.account.*;
import id.kube.ledger.account.Side;
import id.kube.ledger.LedgerException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import id.kube.core.group.GroupId;
import id.kube.core.member.MemberId;
import id.kube.core.money.Rupiah;
import id.kube.ledger.account.AccountId;

/**
 * A journal entry to post: 2..n legs of one group that balance exactly, a value date, a description, the
 * member concerned (if any), who posts it, and the client's idempotency key (the same key with the same
 * content returns the first result; with other content it is refused).
 */
public record NewEntry(
        GroupId groupId,
        String idempotencyKey,
        EntryKind kind,
        LocalDate valueDate,
        String description,
        @Nullable MemberId memberId,
        String postedBy,
        List<Leg> legs,
        @Nullable Long reversesEntryNo) {

    public static final int MAX_LEGS = 1000;

    public NewEntry {
        Objects.requireNonNull(groupId, "group");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(valueDate, "value date");
        text(idempotencyKey, 100, "Kunci idempoten");
        text(description, 500, "Keterangan");
        text(postedBy, 100, "Nama pencatat");
        Objects.requireNonNull(legs, "legs");
        legs = List.copyOf(legs);
        if (legs.size() < 2) {
            throw LedgerException.of(LedgerException.Reason.TOO_FEW_LEGS,
                    "Jurnal harus memiliki paling sedikit dua baris (debit dan kredit), bukan " + legs.size());
        }
        if (legs.size() > MAX_LEGS) {
            throw LedgerException.of(LedgerException.Reason.INVALID_INPUT, "Jurnal terlalu panjang: paling banyak " + MAX_LEGS + " baris");
        }
        long debits = 0;
        long credits = 0;
        for (Leg leg : legs) {
            if (!leg.account().groupId().equals(groupId)) {
                throw LedgerException.of(LedgerException.Reason.FOREIGN_GROUP_ACCOUNT,
                        "Akun " + leg.account().code() + " milik kelompok lain; jurnal hanya boleh memakai akun kelompok ini");
            }
            if (leg.side() == Side.DEBIT) {
                debits = Math.addExact(debits, leg.amount());
            } else {
                credits = Math.addExact(credits, leg.amount());
            }
        }
        if (debits != credits) {
            throw LedgerException.of(LedgerException.Reason.UNBALANCED,
                    "Jurnal tidak seimbang: debit " + Rupiah.format(debits) + ", kredit " + Rupiah.format(credits)
                            + " (selisih " + Rupiah.format(debits - credits) + ")");
        }
        if (reversesEntryNo != null && reversesEntryNo <= 0) {
            throw LedgerException.of(LedgerException.Reason.UNKNOWN_ENTRY, "Nomor jurnal yang dibalik tidak dikenal: " + reversesEntryNo);
        }
    }

    private static void text(@Nullable String value, int max, String what) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw LedgerException.of(LedgerException.Reason.INVALID_INPUT, what + " wajib diisi, paling banyak " + max + " karakter");
        }
    }

    public static Builder builder(GroupId groupId, String idempotencyKey) {
        return new Builder(groupId, idempotencyKey);
    }

    /** Net debit-positive movement per account code (accounts repeated in several legs are summed). */
    Map<String, Long> netByAccount() {
        Map<String, Long> net = new HashMap<>();
        for (Leg leg : legs) {
            net.merge(leg.account().code(), leg.signedAmount(), Long::sum);
        }
        return net;
    }

    /** Fluent construction for callers that add legs one by one. */
    public static final class Builder {
        private final GroupId groupId;
        private final String idempotencyKey;
        private EntryKind kind = EntryKind.GENERAL;
        private @Nullable LocalDate valueDate;
        private String description = "";
        private @Nullable MemberId memberId;
        private String postedBy = "";
        private final List<Leg> legs = new ArrayList<>();

        private Builder(GroupId groupId, String idempotencyKey) {
            this.groupId = groupId;
            this.idempotencyKey = idempotencyKey;
        }

        public Builder kind(EntryKind kind) { this.kind = kind; return this; }
        public Builder valueDate(LocalDate date) { this.valueDate = date; return this; }
        public Builder description(String text) { this.description = text; return this; }
        public Builder member(@Nullable MemberId member) { this.memberId = member; return this; }
        public Builder postedBy(String user) { this.postedBy = user; return this; }
        public Builder debit(String code, long wholeRupiah) { legs.add(Leg.debit(AccountId.of(groupId, code), wholeRupiah)); return this; }
        public Builder credit(String code, long wholeRupiah) { legs.add(Leg.credit(AccountId.of(groupId, code), wholeRupiah)); return this; }
        public Builder debit(String code, javax.money.MonetaryAmount amount) { legs.add(Leg.debit(AccountId.of(groupId, code), amount)); return this; }
        public Builder credit(String code, javax.money.MonetaryAmount amount) { legs.add(Leg.credit(AccountId.of(groupId, code), amount)); return this; }
        public Builder leg(Leg leg) { legs.add(leg); return this; }

        public NewEntry build() {
            return new NewEntry(groupId, idempotencyKey, kind, Objects.requireNonNull(valueDate, "value date"), description,
                    memberId, postedBy, legs, null);
        }
    }
}
