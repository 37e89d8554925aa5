package id.kube.ledger;

import java.util.Objects;

import javax.money.MonetaryAmount;

import id.kube.core.money.Rupiah;
import id.kube.core.money.RupiahAmountException;

/** Turns an API amount into whole rupiah, refusing other currencies and fractions with a {@link LedgerException}. */
public final class RupiahAmounts {

    private RupiahAmounts() {
    }

    /** Whole rupiah of {@code amount}; {@code what} names the amount in the message (e.g. "Akun 1101"). */
    public static long wholeRupiah(String what, MonetaryAmount amount) {
        Objects.requireNonNull(amount, what);
        try {
            return Rupiah.toLong(amount);
        } catch (RupiahAmountException e) {
            LedgerException.Reason reason = e.reason() == RupiahAmountException.Reason.NOT_RUPIAH
                    ? LedgerException.Reason.NOT_RUPIAH : LedgerException.Reason.FRACTIONAL_RUPIAH;
            throw new LedgerException(reason, what + ": " + e.getMessage());
        }
    }

    /** Whole rupiah of a positive amount. */
    public static long positive(String what, MonetaryAmount amount) {
        long value = wholeRupiah(what, amount);
        LedgerException.require(value > 0, LedgerException.Reason.NON_POSITIVE_AMOUNT, what + " harus lebih dari nol, bukan " + Rupiah.format(value));
        return value;
    }
}
