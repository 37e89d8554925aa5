package id.kube.ledger.surplus;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a whole number of rupiah by weights so the parts always sum exactly to the whole (Hamilton's
 * largest-remainder method): each part gets the floor of its exact quota, and the rupiah left over go one each
 * to the largest remainders; ties go to the earlier weight. Exact integer arithmetic, no rounding anywhere.
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    public static long[] allocate(long total, long[] weights) {
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative");
        }
        BigInteger sum = BigInteger.ZERO;
        for (long w : weights) {
            if (w < 0) {
                throw new IllegalArgumentException("weights must not be negative");
            }
            sum = sum.add(BigInteger.valueOf(w));
        }
        long[] parts = new long[weights.length];
        if (sum.signum() == 0) {
            if (total != 0) {
                throw new IllegalArgumentException("cannot split a positive total by zero weights");
            }
            return parts;
        }
        BigInteger[] remainders = new BigInteger[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] qr = BigInteger.valueOf(total).multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(sum);
            parts[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            given += parts[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer, BigInteger>comparing(i -> remainders[i]).reversed().thenComparing(i -> i));
        for (int k = 0; k < total - given; k++) {
            parts[order.get(k)]++;
        }
        return parts;
    }
}
