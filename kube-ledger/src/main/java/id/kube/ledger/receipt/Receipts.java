package id.kube.ledger.receipt;

import static id.kube.ledger.persistence.jooq.Tables.ENTRY;
import static id.kube.ledger.persistence.jooq.Tables.LEG;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

import id.kube.core.group.GroupId;
import id.kube.core.member.MemberId;
import id.kube.ledger.account.AccountId;
import id.kube.ledger.account.AccountRole;
import id.kube.ledger.journal.Books;

/**
 * Makes the kuitansi of a posted journal entry. The amount is the entry's net movement of the group's cash
 * and bank accounts: money in is a receipt ("telah terima dari"), money out a payment ("dibayarkan kepada").
 * Names are not the ledger's to know: the caller gives the group's name and a lookup of member names (from
 * kube-core), or the name of an outside party when the entry names no member.
 */
public final class Receipts {

    /** The accounts whose movement is money changing hands. */
    private static final Set<AccountRole> MONEY = EnumSet.of(AccountRole.CASH, AccountRole.BANK);

    /** Member names as the caller knows them (e.g. kube-core's member repository). */
    @FunctionalInterface
    public interface MemberNames {
        String nameOf(MemberId member);
    }

    private final DSLContext dsl;

    public Receipts(DataSource dataSource) {
        this(DSL.using(dataSource, SQLDialect.POSTGRES));
    }

    public Receipts(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The kuitansi of entry {@code entryNo} of the group.
     *
     * @param otherParty who paid or was paid when the entry names no member (a buyer, a supplier); ignored
     *                   when the entry names a member, whose name {@code memberNames} gives
     */
    public Kuitansi kuitansi(GroupId groupId, long entryNo, String groupName, MemberNames memberNames, @Nullable String otherParty) {
        UUID g = groupId.value();
        Record entry = dsl.select(ENTRY.VALUE_DATE, ENTRY.DESCRIPTION, ENTRY.MEMBER_ID, ENTRY.POSTED_BY).from(ENTRY)
                .where(ENTRY.GROUP_ID.eq(g), ENTRY.ENTRY_NO.eq(entryNo)).fetchOne();
        if (entry == null) {
            throw new ReceiptException(ReceiptException.Reason.UNKNOWN_ENTRY,
                    "Jurnal nomor " + entryNo + " tidak ditemukan di buku kelompok ini");
        }
        Map<AccountRole, AccountId> roles = Books.roles(dsl, groupId);
        Set<String> moneyCodes = MONEY.stream().map(roles::get).filter(java.util.Objects::nonNull).map(AccountId::code)
                .collect(Collectors.toSet());
        long net = 0;
        for (Record leg : dsl.select(LEG.ACCOUNT_CODE, LEG.AMOUNT).from(LEG)
                .where(LEG.GROUP_ID.eq(g), LEG.ENTRY_NO.eq(entryNo)).fetch()) {
            if (moneyCodes.contains(leg.get(LEG.ACCOUNT_CODE))) {
                net = Math.addExact(net, leg.get(LEG.AMOUNT));
            }
        }
        if (net == 0) {
            throw new ReceiptException(ReceiptException.Reason.NOT_A_CASH_ENTRY, "Jurnal nomor " + entryNo
                    + " tidak mengubah kas atau bank; kuitansi hanya dibuat untuk uang yang diterima atau dibayarkan");
        }
        UUID member = entry.get(ENTRY.MEMBER_ID);
        String counterparty = member != null ? memberNames.nameOf(new MemberId(member)) : otherParty;
        if (counterparty == null || counterparty.isBlank()) {
            throw new ReceiptException(ReceiptException.Reason.COUNTERPARTY_REQUIRED, net > 0
                    ? "Isi nama penyetor: jurnal nomor " + entryNo + " tidak mencatat anggota yang membayar"
                    : "Isi nama penerima: jurnal nomor " + entryNo + " tidak mencatat anggota yang dibayar");
        }
        java.time.LocalDate date = entry.get(ENTRY.VALUE_DATE);
        return Kuitansi.of(Kuitansi.numberOf(entryNo, date), groupId, groupName, entryNo, date,
                net > 0 ? Kuitansi.Direction.RECEIVED : Kuitansi.Direction.PAID, counterparty.strip(), entry.get(ENTRY.DESCRIPTION),
                Math.abs(net), entry.get(ENTRY.POSTED_BY));
    }
}
