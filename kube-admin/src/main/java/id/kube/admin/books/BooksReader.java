package id.kube.admin.books;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

import id.kube.admin.security.GroupAccess;
import id.kube.core.group.GroupId;
import id.kube.core.member.MemberId;
import id.kube.ledger.account.Account;
import id.kube.ledger.account.AccountRole;
import id.kube.ledger.journal.Books;
import id.kube.ledger.report.CashBook;
import id.kube.ledger.report.JournalReader;
import id.kube.ledger.report.MemberStatement;
import id.kube.ledger.report.Reports;
import id.kube.ledger.report.TrialBalance;

/**
 * A group's books as kube-ledger reports them, for whoever may see the group: every call first checks the group
 * against the signed-in user's scope ({@link GroupAccess#requireVisible}), so an edited id reads nothing.
 * Books not opened yet (no posting so far) read as empty.
 */
@Service
public class BooksReader {

    /** Entries listed at most (newest first). */
    public static final int JOURNAL_LIMIT = 500;

    private final DSLContext dsl;
    private final GroupAccess access;

    public BooksReader(DSLContext dsl, GroupAccess access) {
        this.dsl = dsl;
        this.access = access;
    }

    private boolean open(GroupId group) {
        access.requireVisible(group);
        return new Books(dsl).isOpen(group);
    }

    public List<JournalReader.Entry> journal(GroupId group, LocalDate from, LocalDate to) {
        return open(group) ? new JournalReader(dsl).entries(group, from, to, JOURNAL_LIMIT) : List.of();
    }

    public Optional<TrialBalance> trialBalance(GroupId group, LocalDate asOf) {
        return open(group) ? Optional.of(new Reports(dsl).trialBalance(group, asOf)) : Optional.empty();
    }

    public Optional<CashBook> cashBook(GroupId group, LocalDate from, LocalDate to) {
        if (!open(group)) {
            return Optional.empty();
        }
        String cash = Books.accountFor(dsl, group, AccountRole.CASH).code();
        return Optional.of(new Reports(dsl).cashBook(group, cash, from, to));
    }

    public Optional<MemberStatement> memberStatement(GroupId group, MemberId member, LocalDate from, LocalDate to) {
        return open(group) ? Optional.of(new Reports(dsl).memberStatement(group, member, from, to)) : Optional.empty();
    }

    /** Account code → name of the group's chart. */
    public Map<String, String> accountNames(GroupId group) {
        return open(group) ? Books.chart(dsl, group).stream().collect(Collectors.toMap(Account::code, Account::name))
                : Map.of();
    }

    /** Account code → role, for the accounts that have one. */
    public Map<String, AccountRole> accountRoles(GroupId group) {
        return open(group) ? Books.chart(dsl, group).stream().filter(a -> a.role() != null)
                .collect(Collectors.toMap(Account::code, Account::role)) : Map.of();
    }
}
