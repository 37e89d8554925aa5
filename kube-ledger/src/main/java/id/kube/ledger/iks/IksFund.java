package id.kube.ledger.iks;

import static id.kube.ledger.persistence.jooq.Tables.IKS_DISBURSEMENT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import javax.money.MonetaryAmount;
import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

import id.kube.core.group.GroupId;
import id.kube.core.member.MemberId;
import id.kube.core.money.Rupiah;
import id.kube.ledger.LedgerException;
import id.kube.ledger.RupiahAmounts;
import id.kube.ledger.Transactions;
import id.kube.ledger.account.AccountId;
import id.kube.ledger.account.AccountRole;
import id.kube.ledger.journal.Books;
import id.kube.ledger.journal.EntryKind;
import id.kube.ledger.journal.Journal;
import id.kube.ledger.journal.Leg;
import id.kube.ledger.journal.NewEntry;
import id.kube.ledger.journal.PostedEntry;

/**
 * The IKS solidarity fund: contributions by the group's rule and disbursements for a stated social purpose.
 * The fund account can never go below zero (database-enforced), so a disbursement larger than the fund is refused.
 */
public final class IksFund {

    private final DSLContext dsl;
    private final Journal journal;

    public IksFund(DataSource dataSource, Clock clock) {
        this(DSL.using(dataSource, SQLDialect.POSTGRES), clock);
    }

    public IksFund(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.journal = new Journal(dsl, clock);
    }

    /**
     * A meeting's fixed contributions: one entry per member present (cash in, IKS fund up), posted as one linked
     * batch. Keys are {@code idempotencyKey + "/" + member}.
     */
    public List<PostedEntry> contributeAtMeeting(GroupId groupId, LocalDate meetingDate, IksRule.FixedPerMemberPerMeeting rule,
                                                 List<MemberId> present, String postedBy, String idempotencyKey) {
        LedgerException.require(!present.isEmpty(), LedgerException.Reason.INVALID_INPUT, "Tidak ada anggota yang hadir");
        LedgerException.require(new LinkedHashSet<>(present).size() == present.size(), LedgerException.Reason.INVALID_INPUT,
                "Seorang anggota tercatat hadir dua kali");
        Map<AccountRole, AccountId> roles = Books.roles(dsl, groupId);
        List<NewEntry> batch = new ArrayList<>();
        for (MemberId member : present) {
            batch.add(new NewEntry(groupId, idempotencyKey + "/" + member, EntryKind.IKS_CONTRIBUTION, meetingDate,
                    "Iuran IKS rapat " + meetingDate, member, postedBy,
                    List.of(Leg.debit(roles.get(AccountRole.CASH), rule.amount()), Leg.credit(roles.get(AccountRole.IKS_FUND), rule.amount())), null));
        }
        return journal.post(batch);
    }

    /**
     * Sets aside {@code rule.percent()} of a surplus for IKS: the amount, rounded down to the rupiah, moves from
     * retained surplus to the IKS fund. Returns the entry, or nothing if the share rounds to zero.
     */
    public @Nullable PostedEntry contributeFromSurplus(GroupId groupId, LocalDate date, IksRule.PercentOfSurplus rule, MonetaryAmount surplus,
                                                       String postedBy, String idempotencyKey) {
        long whole = RupiahAmounts.positive("Surplus", surplus);
        long share = BigDecimal.valueOf(whole).multiply(rule.percent()).movePointLeft(2).setScale(0, RoundingMode.FLOOR).longValueExact();
        if (share == 0) {
            return null;
        }
        Map<AccountRole, AccountId> roles = Books.roles(dsl, groupId);
        return journal.post(new NewEntry(groupId, idempotencyKey, EntryKind.IKS_CONTRIBUTION, date,
                "Bagian IKS " + rule.percent().stripTrailingZeros().toPlainString() + "% dari surplus " + Rupiah.format(whole), null, postedBy,
                List.of(Leg.debit(roles.get(AccountRole.RETAINED_SURPLUS), share), Leg.credit(roles.get(AccountRole.IKS_FUND), share)), null));
    }

    /** Pays from the IKS fund for a stated social purpose, optionally to a member. */
    public PostedEntry disburse(GroupId groupId, LocalDate date, IksPurpose purpose, String detail, @Nullable MemberId beneficiary,
                                MonetaryAmount amount, String postedBy, String idempotencyKey) {
        long whole = RupiahAmounts.positive("Bantuan IKS", amount);
        LedgerException.require(purpose != null, LedgerException.Reason.INVALID_INPUT, "Tujuan penggunaan dana IKS wajib dipilih");
        LedgerException.require(detail != null && !detail.isBlank() && detail.length() <= 300, LedgerException.Reason.INVALID_INPUT,
                "Keterangan penggunaan dana IKS wajib diisi (paling banyak 300 karakter)");
        return Transactions.run(dsl, cfg -> {
            DSLContext tx = DSL.using(cfg);
            Map<AccountRole, AccountId> roles = Books.roles(tx, groupId);
            PostedEntry posted = journal.postIn(tx, List.of(new NewEntry(groupId, idempotencyKey, EntryKind.IKS_DISBURSEMENT, date,
                    "Bantuan IKS (" + purpose.label() + "): " + detail, beneficiary, postedBy,
                    List.of(Leg.debit(roles.get(AccountRole.IKS_FUND), whole), Leg.credit(roles.get(AccountRole.CASH), whole)), null))).getFirst();
            if (!posted.replayed()) {
                tx.insertInto(IKS_DISBURSEMENT, IKS_DISBURSEMENT.GROUP_ID, IKS_DISBURSEMENT.ENTRY_NO, IKS_DISBURSEMENT.PURPOSE,
                                IKS_DISBURSEMENT.DETAIL, IKS_DISBURSEMENT.BENEFICIARY_ID)
                        .values(groupId.value(), posted.entryNo(), purpose.name(), detail, beneficiary == null ? null : beneficiary.value())
                        .execute();
            }
            return posted;
        });
    }
}
