package id.kube.ledger.loan;

import java.time.LocalDate;
import java.util.List;

import id.kube.core.group.GroupId;
import id.kube.core.member.MemberId;

/**
 * A loan as it stands: its current schedule version with what is still owed per installment, the principal
 * and fee still outstanding, and its status.
 */
public record Loan(GroupId groupId, long loanNo, MemberId memberId, long principal, LocalDate disbursedOn, LoanStatus status,
                   int currentVersion, Schedule schedule, List<InstallmentBalance> installments) {

    /** An installment with what has been paid on it. */
    public record InstallmentBalance(Installment installment, long feePaid, long principalPaid) {
        public long feeOwed() {
            return installment.feeDue() - feePaid;
        }

        public long principalOwed() {
            return installment.principalDue() - principalPaid;
        }

        public long owed() {
            return feeOwed() + principalOwed();
        }
    }

    public Loan {
        installments = List.copyOf(installments);
    }

    public long outstandingPrincipal() {
        return status == LoanStatus.WRITTEN_OFF ? 0 : installments.stream().mapToLong(InstallmentBalance::principalOwed).sum();
    }

    public long outstandingFee() {
        return status == LoanStatus.WRITTEN_OFF ? 0 : installments.stream().mapToLong(InstallmentBalance::feeOwed).sum();
    }

    public long outstanding() {
        return outstandingPrincipal() + outstandingFee();
    }
}
