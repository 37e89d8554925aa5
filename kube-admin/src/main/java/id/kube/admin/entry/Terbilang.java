package id.kube.admin.entry;

/**
 * A whole-rupiah amount in Indonesian words, as written on a kuitansi: {@code 1.250.000} →
 * "satu juta dua ratus lima puluh ribu rupiah". Follows the Indonesian forms "sepuluh", "sebelas", "seratus",
 * "seribu" (but "satu juta", "satu miliar"); up to 999 triliun.
 */
public final class Terbilang {

    private static final String[] ONES = {"", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
            "sembilan"};
    private static final String[] SCALES = {"", "ribu", "juta", "miliar", "triliun"};
    /** The largest amount in words: 999.999.999.999.999. */
    public static final long MAX = 999_999_999_999_999L;

    private Terbilang() {
    }

    /** The amount in words followed by "rupiah", e.g. "dua puluh lima ribu rupiah". */
    public static String rupiah(long wholeRupiah) {
        return words(wholeRupiah) + " rupiah";
    }

    /** The number in words, without the currency: {@code 0} → "nol". */
    public static String words(long number) {
        if (number < 0 || number > MAX) {
            throw new IllegalArgumentException("Jumlah di luar batas terbilang (0 sampai " + MAX + "): " + number);
        }
        if (number == 0) {
            return "nol";
        }
        StringBuilder out = new StringBuilder();
        long rest = number;
        int scale = 0;
        String assembled = "";
        while (rest > 0) {
            int group = (int) (rest % 1000);
            rest /= 1000;
            if (group > 0) {
                String part = scale == 1 && group == 1 ? "seribu" : join(hundreds(group), SCALES[scale]);
                assembled = join(part, assembled);
            }
            scale++;
        }
        out.append(assembled);
        return out.toString();
    }

    private static String hundreds(int n) {
        int hundred = n / 100;
        int tens = n % 100;
        String head = switch (hundred) {
            case 0 -> "";
            case 1 -> "seratus";
            default -> ONES[hundred] + " ratus";
        };
        return join(head, belowHundred(tens));
    }

    private static String belowHundred(int n) {
        if (n < 10) {
            return ONES[n];
        }
        if (n == 10) {
            return "sepuluh";
        }
        if (n == 11) {
            return "sebelas";
        }
        if (n < 20) {
            return ONES[n - 10] + " belas";
        }
        return join(ONES[n / 10] + " puluh", ONES[n % 10]);
    }

    private static String join(String left, String right) {
        if (left.isEmpty()) {
            return right;
        }
        return right.isEmpty() ? left : left + " " + right;
    }
}
