package id.kube.core.money;

import java.math.BigDecimal;
import java.util.Locale;

import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.format.AmountFormatQueryBuilder;
import javax.money.format.MonetaryAmountFormat;
import javax.money.format.MonetaryFormats;

import org.javamoney.moneta.Money;

/**
 * The one place that knows KUBE books are kept in whole Indonesian rupiah: the currency, the conversion
 * between {@link MonetaryAmount} (the API) and whole rupiah as {@code long} (storage and tight loops), and the
 * Indonesian spelling ({@code Rp1.250.000}). Nothing is ever rounded silently: a fractional or foreign amount
 * is refused with {@link RupiahAmountException}.
 */
public final class Rupiah {

    public static final CurrencyUnit IDR = Monetary.getCurrency("IDR");
    public static final Locale INDONESIA = Locale.forLanguageTag("id-ID");
    public static final MonetaryAmount ZERO = Money.of(0, IDR);

    private static final MonetaryAmountFormat DISPLAY = MonetaryFormats.getAmountFormat(
            AmountFormatQueryBuilder.of(INDONESIA).set("pattern", "¤#,##0").build());

    private Rupiah() {
    }

    public static MonetaryAmount of(long wholeRupiah) {
        return Money.of(wholeRupiah, IDR);
    }

    /** Whole rupiah of an amount; refuses another currency or a fraction of a rupiah. */
    public static long toLong(MonetaryAmount amount) {
        if (!IDR.equals(amount.getCurrency())) {
            throw new RupiahAmountException(RupiahAmountException.Reason.NOT_RUPIAH,
                    "Jumlah harus dalam rupiah (IDR), bukan " + amount.getCurrency().getCurrencyCode());
        }
        BigDecimal value = amount.getNumber().numberValue(BigDecimal.class);
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw new RupiahAmountException(RupiahAmountException.Reason.FRACTIONAL_RUPIAH,
                    "Jumlah harus dalam rupiah utuh, tanpa sen: " + value.toPlainString());
        }
    }

    /** {@code Rp1.250.000}, {@code -Rp5.000}: the Indonesian spelling, no space, dots between thousands. */
    public static String format(MonetaryAmount amount) {
        return format(toLong(amount));
    }

    public static String format(long wholeRupiah) {
        String digits = String.format(INDONESIA, "%,d", Math.abs(wholeRupiah));
        return (wholeRupiah < 0 ? "-Rp" : "Rp") + digits;
    }

    /** Moneta's own formatter for the Indonesian locale, for callers that need a {@link MonetaryAmountFormat}. */
    public static MonetaryAmountFormat amountFormat() {
        return DISPLAY;
    }
}
