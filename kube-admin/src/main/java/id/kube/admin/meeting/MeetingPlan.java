package id.kube.admin.meeting;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import id.kube.admin.entry.EntryRefusal;
import id.kube.core.group.GroupId;
import id.kube.core.meeting.Attendance;
import id.kube.core.meeting.MeetingType;
import id.kube.core.member.MemberId;
import id.kube.ledger.iks.IksPurpose;
import id.kube.ledger.loan.LoanTerms;

/**
 * Everything recorded at one group meeting, as the treasurer filled in the meeting screen: the day, each member's
 * attendance and what they paid (mandatory contribution, IKS, a repayment on their loan), new loans approved,
 * the cash counted at the end (if counted), notes, and the screen's idempotency key. Amounts are whole rupiah;
 * zero means nothing paid.
 */
public record MeetingPlan(GroupId group, LocalDate heldOn, MeetingType type, List<MemberLine> members,
                          List<LoanRequest> loans, List<IksHelp> iksHelp, @Nullable Long cashCounted,
                          @Nullable String notes, String idempotencyKey) {

    /** One member's line of the meeting. */
    public record MemberLine(MemberId member, Attendance attendance, long contribution, long iks,
                             @Nullable Long loanNo, long repayment) {
        public MemberLine {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(attendance, "attendance");
            if (contribution < 0 || iks < 0 || repayment < 0) {
                throw new IllegalArgumentException("amounts cannot be negative");
            }
            if (repayment > 0 && loanNo == null) {
                throw new EntryRefusal("repayment", "meeting.error.noLoan", "Anggota ini tidak punya pinjaman berjalan");
            }
        }

        public long paidIn() {
            return contribution + iks + repayment;
        }
    }

    /** A new loan approved at the meeting, paid out of the cash at the end of it. */
    public record LoanRequest(MemberId member, LoanTerms terms) {
        public LoanRequest {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(terms, "terms");
        }
    }

    /** Help paid from the IKS fund at the meeting, for a stated social purpose, optionally to a member. */
    public record IksHelp(IksPurpose purpose, String detail, @Nullable MemberId beneficiary, long amount) {
        public IksHelp {
            if (purpose == null) {
                throw new EntryRefusal("iks", "entry.iks.purpose.required", "Pilih tujuan penggunaan dana IKS");
            }
            if (detail == null || detail.isBlank() || detail.strip().length() > 300) {
                throw new EntryRefusal("iks", "entry.iks.detail.required", "Tuliskan untuk apa bantuan ini diberikan");
            }
            detail = detail.strip();
            if (amount <= 0) {
                throw new EntryRefusal("iks", "entry.amount.error.NOT_POSITIVE", "Jumlah harus lebih dari nol");
            }
        }
    }

    /** A meeting without IKS help. */
    public MeetingPlan(GroupId group, LocalDate heldOn, MeetingType type, List<MemberLine> members, List<LoanRequest> loans,
                       @Nullable Long cashCounted, @Nullable String notes, String idempotencyKey) {
        this(group, heldOn, type, members, loans, List.of(), cashCounted, notes, idempotencyKey);
    }

    public MeetingPlan {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(heldOn, "date");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(idempotencyKey, "idempotency key");
        members = List.copyOf(members);
        loans = List.copyOf(loans);
        iksHelp = List.copyOf(iksHelp);
        Set<MemberId> seen = new HashSet<>();
        for (MemberLine line : members) {
            if (!seen.add(line.member())) {
                throw new IllegalArgumentException("member listed twice: " + line.member());
            }
        }
        if (cashCounted != null && cashCounted < 0) {
            throw new EntryRefusal("cash", "meeting.error.cashNegative", "Kas yang dihitung tidak boleh negatif");
        }
        for (LoanRequest loan : loans) {
            if (!loan.terms().startsOn().equals(heldOn)) {
                throw new IllegalArgumentException("a loan approved at the meeting is paid out on the meeting day");
            }
        }
        notes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    public long cashIn() {
        return members.stream().mapToLong(MemberLine::paidIn).sum();
    }

    /** New loans and IKS help paid out. */
    public long cashOut() {
        return loans.stream().mapToLong(l -> l.terms().principal()).sum() + iksHelpOut();
    }

    public long iksHelpOut() {
        return iksHelp.stream().mapToLong(IksHelp::amount).sum();
    }

    public long iksIn() {
        return members.stream().mapToLong(MemberLine::iks).sum();
    }
}
