package id.kube.ledger.report;

import javax.money.MonetaryAmount;

import id.kube.core.money.Rupiah;
import id.kube.ledger.account.Account;

/** An account's balance: {@code debitPositive} as stored (debits minus credits), {@code normal} on its normal side. */
public record AccountBalance(Account account, long debitPositive) {

    public long normal() {
        return account.type().normalBalance(debitPositive);
    }

    public MonetaryAmount amount() {
        return Rupiah.of(normal());
    }
}
