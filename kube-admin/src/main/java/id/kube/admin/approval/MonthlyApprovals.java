package id.kube.admin.approval;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kube.admin.security.CurrentUser;
import id.kube.admin.security.GroupAccess;
import id.kube.admin.security.KubeUser;
import id.kube.admin.security.Role;
import id.kube.core.KubeCore;
import id.kube.core.group.Group;
import id.kube.core.group.GroupId;
import id.kube.ledger.LedgerException;
import id.kube.ledger.account.BookSettings;
import id.kube.ledger.journal.Books;
import id.kube.ledger.journal.Periods;

/**
 * The monthly approval workflow, enforced on the server: every step checks the signed-in user's role
 * ({@link ApprovalWorkflow}) and that the group lies in their scope ({@link GroupAccess}), so a facilitator of
 * another group or a treasurer cannot approve whatever the screen shows. Each step runs in one transaction on
 * the locked month; approving closes the month in kube-ledger ({@link Periods#close}) in the same transaction.
 */
@Service
public class MonthlyApprovals {

    static final String CLOSE_REASON = "Laporan bulanan disetujui Dinas Sosial";

    private final DSLContext dsl;
    private final ReportStore store;
    private final LedgerMonth ledger;
    private final GroupAccess access;
    private final CurrentUser currentUser;
    private final KubeCore core;
    private final Clock clock;

    public MonthlyApprovals(DSLContext dsl, ReportStore store, LedgerMonth ledger, GroupAccess access,
                            CurrentUser currentUser, KubeCore core, Clock clock) {
        this.dsl = dsl;
        this.store = store;
        this.ledger = ledger;
        this.access = access;
        this.currentUser = currentUser;
        this.core = core;
        this.clock = clock;
    }

    /** The month as the books show it now. */
    public MonthlyReport report(GroupId group, YearMonth month) {
        requireVisible(group);
        return ledger.report(group, month);
    }

    /** The month's state, the figures as submitted and its history. */
    public MonthStatus status(GroupId group, YearMonth month) {
        requireVisible(group);
        return store.find(group, month)
                .map(stored -> new MonthStatus(group, month, stored.state(), stored.figures(), store.history(group, month)))
                .orElseGet(() -> new MonthStatus(group, month, ReportState.NOT_SUBMITTED, null, List.of()));
    }

    /** The treasurer submits the month (first time, or again after it was sent back). */
    @Transactional
    public MonthStatus submit(GroupId group, YearMonth month) {
        KubeUser user = currentUser.require();
        requireVisible(group);
        Group profile = core.groups().require(group);
        if (!month.isBefore(YearMonth.now(clock))) {
            throw new ApprovalException(ApprovalException.Reason.MONTH_NOT_ENDED,
                    "Bulan " + month + " belum berakhir; laporan diajukan setelah akhir bulan");
        }
        if (month.isBefore(YearMonth.from(profile.formedOn()))) {
            throw new ApprovalException(ApprovalException.Reason.MONTH_BEFORE_FORMATION,
                    "Kelompok baru dibentuk pada " + profile.formedOn());
        }
        store.lockGroup(group);
        ReportState current = store.lock(group, month).map(ReportStore.Stored::state).orElse(ReportState.NOT_SUBMITTED);
        ReportState next = ApprovalWorkflow.next(current, ApprovalAction.SUBMIT, user.role(), null);
        Instant now = clock.instant();
        store.saveSubmission(group, month, ledger.report(group, month).figures(), user.username(), now);
        store.appendEvent(group, month, new ReportEvent(ApprovalAction.SUBMIT,
                current == ReportState.NOT_SUBMITTED ? null : current, next, user.username(), user.role(), null, now));
        return status(group, month);
    }

    /** The facilitator accepts the submitted month (optionally with a comment). */
    @Transactional
    public MonthStatus accept(GroupId group, YearMonth month, @Nullable String comment) {
        return step(group, month, ApprovalAction.ACCEPT, comment);
    }

    /** The facilitator (submitted month) or the district officer (reviewed month) sends it back to the treasurer. */
    @Transactional
    public MonthStatus sendBack(GroupId group, YearMonth month, String comment) {
        return step(group, month, ApprovalAction.SEND_BACK, comment);
    }

    /**
     * The district officer approves the reviewed month and it is closed in the books: from now on the ledger
     * refuses any posting dated in it. Refused when the books of the month changed after the submission.
     */
    @Transactional
    public MonthStatus approve(GroupId group, YearMonth month, @Nullable String comment) {
        return step(group, month, ApprovalAction.APPROVE, comment);
    }

    private MonthStatus step(GroupId group, YearMonth month, ApprovalAction action, @Nullable String comment) {
        KubeUser user = currentUser.require();
        requireVisible(group);
        ReportStore.Stored stored = store.lock(group, month).orElse(null);
        ReportState current = stored == null ? ReportState.NOT_SUBMITTED : stored.state();
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        if (note != null && note.length() > 1000) {
            note = note.substring(0, 1000);
        }
        ReportState next = ApprovalWorkflow.next(current, action, user.role(), note);
        if (stored != null && (action == ApprovalAction.ACCEPT || action == ApprovalAction.APPROVE)
                && !ledger.report(group, month).figures().equals(stored.figures())) {
            throw new ApprovalException(ApprovalException.Reason.FIGURES_CHANGED,
                    "Buku bulan " + month + " berubah setelah laporan diajukan; kembalikan laporan agar bendahara"
                            + " mengajukannya lagi");
        }
        if (action == ApprovalAction.APPROVE) {
            closeInBooks(group, month, user.username());
        }
        Instant now = clock.instant();
        store.changeState(group, month, next, now);
        store.appendEvent(group, month, new ReportEvent(action, current, next, user.username(), user.role(), note, now));
        return status(group, month);
    }

    private void closeInBooks(GroupId group, YearMonth month, String actor) {
        Books books = new Books(dsl);
        if (!books.isOpen(group)) {
            // a group without a single posting yet: its (empty) books are opened so that the month can be closed
            books.open(group, BookSettings.DEFAULT);
        }
        Periods periods = new Periods(dsl, clock);
        if (periods.isClosed(group, month)) {
            return;
        }
        try {
            periods.close(group, month, CLOSE_REASON, actor);
        } catch (LedgerException e) {
            if (e.reason() != LedgerException.Reason.PERIOD_ALREADY_CLOSED) {
                throw e;
            }
        }
    }

    /** What waits for the signed-in user: submitted months for a facilitator, reviewed ones for a district officer, returned ones for a treasurer. */
    public List<MonthEntry> awaitingMe() {
        Role role = currentUser.require().role();
        List<ReportState> states = List.of(ReportState.values()).stream()
                .filter(state -> state != ReportState.NOT_SUBMITTED && ApprovalWorkflow.awaits(state, role)).toList();
        return states.isEmpty() ? List.of() : store.months(access.visibleGroups(), states, null, 200);
    }

    /** The stored months of one group, newest first. */
    public List<MonthEntry> monthsOf(GroupId group) {
        requireVisible(group);
        return store.months(access.visibleGroups(), List.of(ReportState.SUBMITTED, ReportState.RETURNED,
                ReportState.REVIEWED, ReportState.APPROVED), group, 120);
    }

    private void requireVisible(GroupId group) {
        if (!access.maySee(group)) {
            throw new ApprovalException(ApprovalException.Reason.GROUP_NOT_VISIBLE,
                    "Kelompok ini tidak ditemukan atau Anda tidak berhak membukanya");
        }
    }
}
