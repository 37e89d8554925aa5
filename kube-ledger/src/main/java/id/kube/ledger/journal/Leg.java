package id.kube.ledger.journal;

import id.kube.ledger.account.*;
import id.kube.ledger.account.Side;
import id.kube.ledger.LedgerException;
import java.util.Objects;

import javax.money.MonetaryAmount;

import id.kube.core.money.Rupiah;
import id.kube.core.money.RupiahAmountException;
import id.kube.ledger.account.AccountId;

/**
 * One side of a journal entry: an account, debit or credit, and a positive amount in whole rupiah. Built from a
 * {@link MonetaryAmount} (refusing other currencies and fractions) or, in tight loops, from whole rupiah.
 */
public record Leg(AccountId account, Side side, long amount) {

    public Leg {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(side, "side");
        if (amount <= 0) {
            throw new LedgerException(LedgerException.Reason.NON_POSITIVE_AMOUNT,
                    "Jumlah pada akun " + account.code() + " harus lebih dari nol, bukan " + Rupiah.format(amount));
        }
    }

    public static Leg debit(AccountId account, MonetaryAmount amount) {
        return new Leg(account, Side.DEBIT, wholeRupiah(account, amount));
    }

    public static Leg credit(AccountId account, MonetaryAmount amount) {
        return new Leg(account, Side.CREDIT, wholeRupiah(account, amount));
    }

    public static Leg debit(AccountId account, long wholeRupiah) {
        return new Leg(account, Side.DEBIT, wholeRupiah);
    }

    public static Leg credit(AccountId account, long wholeRupiah) {
        return new Leg(account, Side.CREDIT, wholeRupiah);
    }

    public MonetaryAmount money() {
        return Rupiah.of(amount);
    }

    /** Debit-positive amount as stored. */
    public long signedAmount() {
        return side.signed(amount);
    }

    static long wholeRupiah(AccountId account, MonetaryAmount amount) {
        return id.kube.ledger.RupiahAmounts.wholeRupiah("Akun " + account.code(), amount);
    }
}
