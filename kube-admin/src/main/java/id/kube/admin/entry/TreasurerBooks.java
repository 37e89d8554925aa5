package id.kube.admin.entry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import id.kube.admin.dashboard.DashboardSummaries;
import id.kube.admin.security.CurrentUser;
import id.kube.admin.security.GroupAccess;
import id.kube.admin.security.GroupAccessDeniedException;
import id.kube.admin.security.KubeUser;
import id.kube.admin.security.Role;
import id.kube.core.KubeCore;
import id.kube.core.group.GroupId;
import id.kube.core.member.Member;
import id.kube.core.member.MemberId;
import id.kube.core.money.Rupiah;
import id.kube.ledger.LedgerException;
import id.kube.ledger.account.AccountRole;
import id.kube.ledger.account.BookSettings;
import id.kube.ledger.journal.Books;
import id.kube.ledger.receipt.Kuitansi;
import id.kube.ledger.receipt.Receipts;
import id.kube.ledger.report.AccountBalance;
import id.kube.ledger.report.JournalReader;
import id.kube.ledger.report.Reports;

/**
 * What every treasurer posting shares: the server-side check that the signed-in user is the treasurer of the
 * group (scope through {@link GroupAccess}, role TREASURER), the group's books opened with the standard chart on
 * first use, member and date checks, balances, and the kuitansi of a posted entry (kube-ledger's {@link Receipts}).
 */
@Service
public class TreasurerBooks {

    private static final LocalDate END_OF_TIME = LocalDate.of(9999, 12, 31);

    private final DSLContext dsl;
    private final DashboardSummaries summaries;
    private final KubeCore core;
    private final GroupAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    public TreasurerBooks(DSLContext dsl, KubeCore core, GroupAccess access, CurrentUser currentUser, Clock clock,
                          DashboardSummaries summaries) {
        this.summaries = summaries;
        this.dsl = dsl;
        this.core = core;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Brings the dashboards' summary of the group up to a posting just committed, so that the district's and the
     * ministry's figures show it at once; while a long catch-up holds the summaries (after a bulk import) the
     * background refresh follows within seconds instead of making the treasurer wait.
     */
    public void refreshDashboard(GroupId group) {
        summaries.refreshGroupsUnlessBusy(List.of(group));
    }

    public DSLContext dsl() {
        return dsl;
    }

    public Clock clock() {
        return clock;
    }

    public KubeCore core() {
        return core;
    }

    /**
     * Refuses anyone but the treasurer of this group (another group's treasurer editing an id, or a role that
     * only reads); returns the treasurer's user name, which the ledger records as who posted.
     */
    public String requireTreasurerOf(GroupId group) {
        KubeUser user = currentUser.require();
        if (user.role() != Role.TREASURER || !access.maySee(group)) {
            throw new GroupAccessDeniedException(user.username(), group);
        }
        return user.username();
    }

    /** Opens the group's books with the standard chart if this is its first posting. */
    public void ensureOpen(GroupId group) {
        Books books = new Books(dsl);
        if (!books.isOpen(group)) {
            try {
                books.open(group, BookSettings.DEFAULT);
            } catch (LedgerException e) {
                if (e.reason() != LedgerException.Reason.BOOK_ALREADY_OPEN) {
                    throw e;
                }
                // opened by a concurrent first posting: fine
            }
        }
    }

    public Books books() {
        return new Books(dsl);
    }

    /** Whether a form's idempotency key has already posted (a retry or double click): then checks are skipped. */
    public boolean alreadyPosted(GroupId group, String idempotencyKey) {
        return new Books(dsl).isOpen(group) && new JournalReader(dsl).entryWithKey(group, idempotencyKey).isPresent();
    }

    /** An active member of the group, else a refusal on the member field. */
    public Member requireActiveMember(GroupId group, MemberId member, String field) {
        return core.members().find(member)
                .filter(m -> m.groupId().equals(group) && m.isActive())
                .orElseThrow(() -> new EntryRefusal(field, "entry.error.notMember",
                        "Anggota ini bukan anggota aktif kelompok ini"));
    }

    /** Refuses a value date after today (the treasurer records what happened, not what will). */
    public void requireNotFuture(LocalDate date) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw new EntryRefusal("date", "entry.error.future", "Tanggal tidak boleh di masa depan");
        }
    }

    /** The current balance (normal side) of the account holding this role; 0 when the books are not open. */
    public long balance(GroupId group, AccountRole role) {
        if (!new Books(dsl).isOpen(group)) {
            return 0;
        }
        return new Reports(dsl).balancesAsOf(group, END_OF_TIME).stream()
                .filter(b -> b.account().role() == role)
                .mapToLong(AccountBalance::normal).sum();
    }

    /** Refuses spending more than the account (cash, IKS fund) holds, naming both amounts. */
    public void requireFunds(GroupId group, AccountRole role, long amount, String field) {
        long available = balance(group, role);
        if (amount > available) {
            String account = role == AccountRole.IKS_FUND ? "Dana IKS" : "Kas";
            throw new EntryRefusal(field, role == AccountRole.IKS_FUND ? "entry.error.iksFunds" : "entry.error.cash",
                    account + " kelompok hanya " + Rupiah.format(available) + ", tidak cukup untuk " + Rupiah.format(amount),
                    Rupiah.format(available), Rupiah.format(amount));
        }
    }

    public String groupName(GroupId group) {
        return core.groups().require(group).name();
    }

    public String memberName(MemberId member) {
        return core.members().find(member).map(Member::fullName).orElse("-");
    }

    /** The kuitansi of a posted entry that moved cash; {@code otherParty} names a buyer or supplier. */
    public Kuitansi kuitansi(GroupId group, long entryNo, @Nullable String otherParty) {
        Kuitansi k = new Receipts(dsl).kuitansi(group, entryNo, groupName(group), this::memberName, otherParty);
        KubeUser user = currentUser.require();
        if (!k.treasurer().equals(user.username())) {
            return k;
        }
        // the signature line names the treasurer as people know them, not by their login
        return new Kuitansi(k.number(), k.groupId(), k.groupName(), k.entryNo(), k.date(), k.direction(), k.counterparty(),
                k.purpose(), k.amount(), k.amountFormatted(), k.amountInWords(), user.displayName());
    }
}
