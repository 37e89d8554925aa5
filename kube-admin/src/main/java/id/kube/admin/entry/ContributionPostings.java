package id.kube.admin.entry;

import java.time.Clock;
import java.time.LocalDate;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

import id.kube.admin.security.CurrentUser;
import id.kube.admin.security.GroupAccess;
import id.kube.core.KubeCore;
import id.kube.core.group.GroupId;
import id.kube.core.member.Member;
import id.kube.core.member.MemberId;
import id.kube.ledger.LedgerException;
import id.kube.ledger.account.AccountRole;
import id.kube.ledger.account.BookSettings;
import id.kube.ledger.journal.Books;
import id.kube.ledger.journal.EntryKind;
import id.kube.ledger.journal.Journal;
import id.kube.ledger.journal.Leg;
import id.kube.ledger.journal.NewEntry;
import id.kube.ledger.journal.PostedEntry;

/**
 * A member's mandatory contribution (iuran wajib) received in cash: debit Kas, credit Iuran wajib anggota, in
 * the group's books. The form's idempotency key makes a double click or a retry post once; the group must be
 * within the treasurer's scope and the member an active member of that group.
 */
@Service
public class ContributionPostings {

    private final DSLContext dsl;
    private final KubeCore core;
    private final GroupAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    public ContributionPostings(DSLContext dsl, KubeCore core, GroupAccess access, CurrentUser currentUser,
                                Clock clock) {
        this.dsl = dsl;
        this.core = core;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** What the treasurer asked to post, before confirmation. */
    public record Contribution(GroupId group, MemberId member, long amount, LocalDate valueDate,
                               String idempotencyKey) {
        public Contribution {
            if (amount <= 0 || amount > RupiahInput.MAX) {
                throw new IllegalArgumentException("Jumlah harus antara Rp1 dan " + RupiahInput.format(RupiahInput.MAX));
            }
        }
    }

    public Receipt post(Contribution contribution) {
        access.requireVisible(contribution.group());
        Member member = core.members().find(contribution.member())
                .filter(m -> m.groupId().equals(contribution.group()) && m.isActive())
                .orElseThrow(() -> new IllegalArgumentException("Anggota ini bukan anggota aktif kelompok ini"));
        if (contribution.valueDate().isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("Tanggal setoran tidak boleh di masa depan");
        }
        Books books = new Books(dsl);
        if (!books.isOpen(contribution.group())) {
            try {
                books.open(contribution.group(), BookSettings.DEFAULT);
            } catch (LedgerException e) {
                if (e.reason() != LedgerException.Reason.BOOK_ALREADY_OPEN) {
                    throw e;
                }
                // opened by a concurrent first posting: fine
            }
        }
        String treasurer = currentUser.require().username();
        PostedEntry posted = new Journal(dsl, clock).post(new NewEntry(contribution.group(),
                contribution.idempotencyKey(), EntryKind.CONTRIBUTION, contribution.valueDate(),
                "Iuran wajib " + member.fullName(), member.id(), treasurer,
                java.util.List.of(
                        Leg.debit(books.accountFor(contribution.group(), AccountRole.CASH), contribution.amount()),
                        Leg.credit(books.accountFor(contribution.group(), AccountRole.MANDATORY_CONTRIBUTIONS),
                                contribution.amount())),
                null));
        return new Receipt(posted.entryNo(), core.groups().require(contribution.group()).name(), member.fullName(),
                "Iuran wajib", contribution.amount(), contribution.valueDate(), treasurer, posted.replayed());
    }
}
