package id.kube.admin.meeting;

import java.util.List;

import org.jspecify.annotations.Nullable;

import id.kube.core.meeting.Attendance;
import id.kube.core.member.MemberId;

/**
 * The member-by-member summary a treasurer confirms before a meeting is posted: what each member paid and how a
 * repayment splits into fee and principal, new loans, and the cash before, in, out, expected after and counted.
 */
public record MeetingSummary(List<MemberSummary> members, long cashBefore, long cashIn, long cashOut,
                             @Nullable Long counted) {

    /** One member's line. */
    public record MemberSummary(MemberId member, String name, Attendance attendance, long contribution, long iks,
                                @Nullable Long loanNo, long repayment, long fee, long principal, long excess, long newLoan) {
        public long paidIn() {
            return contribution + iks + repayment;
        }
    }

    public MeetingSummary {
        members = List.copyOf(members);
    }

    public long cashAfter() {
        return cashBefore + cashIn - cashOut;
    }

    /** Counted minus expected (positive: more cash than the books say), when the cash was counted. */
    public @Nullable Long difference() {
        return counted == null ? null : counted - cashAfter();
    }

    public long present() {
        return members.stream().filter(m -> m.attendance() == Attendance.PRESENT).count();
    }

    public long totalContributions() {
        return members.stream().mapToLong(MemberSummary::contribution).sum();
    }

    public long totalIks() {
        return members.stream().mapToLong(MemberSummary::iks).sum();
    }

    public long totalRepayments() {
        return members.stream().mapToLong(MemberSummary::repayment).sum();
    }
}
