package id.kube.ledger.receipt;

import java.math.BigInteger;

import javax.money.MonetaryAmount;

import id.kube.core.money.Rupiah;

/**
 * Whole rupiah in Indonesian words, as written on a kuitansi: {@code 1.250.000} is "satu juta dua ratus lima
 * puluh ribu rupiah". The special forms are kept: "sebelas" (11), "seratus" (100), "seribu" (1.000, but "satu
 * juta", "satu miliar"); zero is "nol"; a negative amount starts with "minus". Every {@code long} is spelled,
 * up to kuintiliun (10^18). Words are lower case, separated by single spaces.
 */
public final class Terbilang {

    private static final String[] DIGITS = {
            "", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"};
    /** Scale words for 10^0, 10^3, ..., 10^18. */
    private static final String[] SCALES = {"", "ribu", "juta", "miliar", "triliun", "kuadriliun", "kuintiliun"};
    private static final BigInteger THOUSAND = BigInteger.valueOf(1000);

    private Terbilang() {
    }

    /** The amount in words followed by "rupiah": {@code 1001001} → "satu juta seribu satu rupiah". */
    public static String rupiah(long wholeRupiah) {
        return words(wholeRupiah) + " rupiah";
    }

    /** The amount in words followed by "rupiah"; refuses another currency or a fraction of a rupiah. */
    public static String rupiah(MonetaryAmount amount) {
        return rupiah(Rupiah.toLong(amount));
    }

    /** The number in words without a unit: {@code 11000} → "sebelas ribu", {@code -5} → "minus lima". */
    public static String words(long number) {
        if (number == 0) {
            return "nol";
        }
        // BigInteger so that Long.MIN_VALUE, whose absolute value is no long, is spelled too.
        BigInteger rest = BigInteger.valueOf(number).abs();
        StringBuilder out = new StringBuilder();
        int scale = 0;
        while (rest.signum() > 0) {
            BigInteger[] qr = rest.divideAndRemainder(THOUSAND);
            int group = qr[1].intValue();
            if (group != 0) {
                String part = scale == 1 && group == 1 ? "seribu" : join(belowThousand(group), SCALES[scale]);
                out.insert(0, out.isEmpty() ? part : part + " ");
            }
            rest = qr[0];
            scale++;
        }
        return number < 0 ? "minus " + out : out.toString();
    }

    /** 1..999 in words. */
    private static String belowThousand(int n) {
        int hundreds = n / 100;
        int rest = n % 100;
        String h = switch (hundreds) {
            case 0 -> "";
            case 1 -> "seratus";
            default -> DIGITS[hundreds] + " ratus";
        };
        return join(h, belowHundred(rest));
    }

    /** 0..99 in words (empty for 0). */
    private static String belowHundred(int n) {
        if (n < 10) {
            return DIGITS[n];
        }
        if (n == 10) {
            return "sepuluh";
        }
        if (n == 11) {
            return "sebelas";
        }
        if (n < 20) {
            return DIGITS[n - 10] + " belas";
        }
        return join(DIGITS[n / 10] + " puluh", DIGITS[n % 10]);
    }

    private static String join(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() ? a : a + " " + b;
    }
}
