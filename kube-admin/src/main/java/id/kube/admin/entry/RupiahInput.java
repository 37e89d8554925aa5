package id.kube.admin.entry;

import java.util.regex.Pattern;

import id.kube.core.money.Rupiah;

/**
 * Reads a rupiah amount as a treasurer types it and writes it back the Indonesian way. Accepted:
 * {@code 1250000}, {@code 1.250.000}, {@code Rp1.250.000}, {@code Rp 1.250.000}, {@code 1.250.000,00}; refused
 * with a message in Bahasa Indonesia: fractions of a rupiah ({@code 1.250,50}), misplaced separators
 * ({@code 12.50.000}), negative or zero amounts, letters, and more than {@link #MAX} (never silently rounded).
 */
public final class RupiahInput {

    /** Upper bound of one entry: Rp999.999.999.999 (far above any KUBE transaction, far below overflow). */
    public static final long MAX = 999_999_999_999L;

    private static final Pattern PLAIN = Pattern.compile("\\d{1,15}");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern CENTS = Pattern.compile(",(\\d{1,2})$");

    private RupiahInput() {
    }

    /** Why an input is not an amount (the message is what the field shows). */
    public static final class InvalidAmountException extends IllegalArgumentException {

        public enum Reason { EMPTY, NOT_A_NUMBER, FRACTION, NOT_POSITIVE, TOO_LARGE }

        private final Reason reason;

        InvalidAmountException(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    /** The whole-rupiah amount typed, which must be more than zero. */
    public static long parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.regionMatches(true, 0, "Rp", 0, 2)) {
            text = text.substring(2).strip();
        }
        if (text.isEmpty()) {
            throw new InvalidAmountException(InvalidAmountException.Reason.EMPTY, "Jumlah wajib diisi");
        }
        if (text.startsWith("-")) {
            throw new InvalidAmountException(InvalidAmountException.Reason.NOT_POSITIVE,
                    "Jumlah harus lebih dari nol");
        }
        var cents = CENTS.matcher(text);
        if (cents.find()) {
            if (Integer.parseInt(cents.group(1)) != 0) {
                throw new InvalidAmountException(InvalidAmountException.Reason.FRACTION,
                        "Jumlah harus dalam rupiah utuh, tanpa sen");
            }
            text = text.substring(0, cents.start());
        }
        String digits;
        if (PLAIN.matcher(text).matches()) {
            digits = text;
        } else if (GROUPED.matcher(text).matches()) {
            digits = text.replace(".", "");
        } else {
            throw new InvalidAmountException(InvalidAmountException.Reason.NOT_A_NUMBER,
                    "Tulis jumlah dengan angka, mis. 1.250.000");
        }
        if (digits.length() > 13) {
            throw new InvalidAmountException(InvalidAmountException.Reason.TOO_LARGE,
                    "Jumlah terlalu besar (paling banyak " + format(MAX) + ")");
        }
        long amount = Long.parseLong(digits);
        if (amount == 0) {
            throw new InvalidAmountException(InvalidAmountException.Reason.NOT_POSITIVE,
                    "Jumlah harus lebih dari nol");
        }
        if (amount > MAX) {
            throw new InvalidAmountException(InvalidAmountException.Reason.TOO_LARGE,
                    "Jumlah terlalu besar (paling banyak " + format(MAX) + ")");
        }
        return amount;
    }

    /** {@code 1250000} → {@code Rp1.250.000} (no space, dots between thousands). */
    public static String format(long wholeRupiah) {
        return Rupiah.format(wholeRupiah);
    }
}
