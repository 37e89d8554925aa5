package id.kube.ledger.journal;

import java.time.LocalDate;

import javax.money.MonetaryAmount;

import id.kube.core.group.GroupId;
import id.kube.core.money.Rupiah;

/**
 * A cash count kept as a balance assertion: what the treasurer counted (kas fisik), what the books said at that
 * date (saldo buku), and the difference (positive: more cash than the books; negative: cash missing).
 */
public record CashCount(GroupId groupId, long countNo, String accountCode, LocalDate countedOn, long countedAmount,
                        long bookBalance, String countedBy) {

    public long difference() {
        return countedAmount - bookBalance;
    }

    public boolean agrees() {
        return difference() == 0;
    }

    public MonetaryAmount differenceAmount() {
        return Rupiah.of(difference());
    }
}
