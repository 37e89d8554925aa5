package id.kube.ledger.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.kube.core.group.GroupId;
import id.kube.core.member.MemberId;
import id.kube.ledger.account.AccountRole;

/**
 * A member's statement: every leg recorded for the member in the range (contributions, savings, loans,
 * repayments, fees, IKS, SHU) and, per account role, the member's balance at the end of the range on the
 * account's normal side (e.g. LOANS_RECEIVABLE = what the member still owes, MANDATORY_CONTRIBUTIONS = what
 * the member has paid in).
 */
public record MemberStatement(GroupId groupId, MemberId memberId, LocalDate from, LocalDate to, List<Line> lines,
                              Map<String, Long> closingByAccount, Map<AccountRole, Long> closingByRole) {

    public record Line(LocalDate valueDate, long entryNo, String kind, String description, String accountCode, long debitPositive) {
    }

    public MemberStatement {
        lines = List.copyOf(lines);
        closingByAccount = Map.copyOf(closingByAccount);
        closingByRole = Map.copyOf(closingByRole);
    }

    public long closing(AccountRole role) {
        return closingByRole.getOrDefault(role, 0L);
    }
}
