package id.kube.admin.loan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

import id.kube.admin.security.GroupAccess;
import id.kube.core.group.GroupId;
import id.kube.ledger.journal.Books;
import id.kube.ledger.loan.Loan;
import id.kube.ledger.loan.LoanArrears;
import id.kube.ledger.loan.LoanBook;
import id.kube.ledger.loan.LoanPayments;
import id.kube.ledger.loan.Portfolio;

/**
 * A group's loans as kube-ledger's loan book reads them, for whoever may see the group: each call checks the
 * group against the signed-in user's scope first ({@link GroupAccess#requireVisible}).
 */
@Service
public class LoansReader {

    private final DSLContext dsl;
    private final GroupAccess access;
    private final Clock clock;

    public LoansReader(DSLContext dsl, GroupAccess access, Clock clock) {
        this.dsl = dsl;
        this.access = access;
        this.clock = clock;
    }

    private boolean open(GroupId group) {
        access.requireVisible(group);
        return new Books(dsl).isOpen(group);
    }

    private LoanBook book() {
        return new LoanBook(dsl, clock);
    }

    /** Every loan of the group, oldest first. */
    public List<Loan> loans(GroupId group) {
        return open(group) ? book().loans(group) : List.of();
    }

    public Optional<Portfolio> portfolio(GroupId group, LocalDate asOf) {
        return open(group) ? Optional.of(book().portfolio(group, asOf)) : Optional.empty();
    }

    public LoanArrears arrears(GroupId group, long loanNo, LocalDate asOf) {
        access.requireVisible(group);
        return book().arrears(group, loanNo, asOf);
    }

    public List<LoanPayments.Payment> payments(GroupId group, long loanNo) {
        return open(group) ? new LoanPayments(dsl).of(group, loanNo) : List.of();
    }
}
