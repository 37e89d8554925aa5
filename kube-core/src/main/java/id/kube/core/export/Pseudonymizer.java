package id.kube.core.export;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stable pseudonymous ids for research exports: HMAC-SHA256 under a deployment secret of a typed input
 * ({@code group:<uuid>}, {@code household:<uuid>}), the first 80 bits in hex with a type prefix
 * ({@code G-…}, {@code H-…}). The same key gives the same id in every export, so panels can be linked over
 * time; without the key the id cannot be traced back or recomputed from a guessed id. Not thread-safe (one
 * per export).
 */
public final class Pseudonymizer {

    /** Environment variable holding the deployment secret, base64, at least 32 bytes. */
    public static final String KEY_ENV = "KUBE_EXPORT_KEY";
    static final int MIN_KEY_BYTES = 32;
    private static final HexFormat HEX = HexFormat.of();

    private final Mac mac;

    public Pseudonymizer(byte[] key) {
        if (key.length < MIN_KEY_BYTES) {
            throw new ExportException(ExportException.Reason.KEY_TOO_SHORT,
                    "Kunci pseudonim terlalu pendek: " + key.length + " byte, minimal " + MIN_KEY_BYTES);
        }
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The key from {@value #KEY_ENV} (base64). */
    public static Pseudonymizer fromEnvironment(Map<String, String> env) {
        String encoded = env.get(KEY_ENV);
        if (encoded == null || encoded.isBlank()) {
            throw new ExportException(ExportException.Reason.KEY_MISSING, "Kunci pseudonim belum diatur: isi "
                    + KEY_ENV + " dengan minimal 32 byte acak dalam base64 (mis. `openssl rand -base64 32`)");
        }
        try {
            return new Pseudonymizer(Base64.getDecoder().decode(encoded.trim()));
        } catch (IllegalArgumentException e) {
            throw new ExportException(ExportException.Reason.KEY_MISSING, KEY_ENV + " bukan base64 yang sah");
        }
    }

    public String group(UUID groupId) {
        return "G-" + digest("group:" + groupId);
    }

    public String household(UUID memberId) {
        return "H-" + digest("household:" + memberId);
    }

    /**
     * A short public fingerprint of the key (HMAC of a fixed label): tells whether two exports were
     * pseudonymised with the same key without revealing anything about it.
     */
    public String keyFingerprint() {
        return digest("kube-export-key-fingerprint").substring(0, 16);
    }

    private String digest(String input) {
        byte[] h = mac.doFinal(input.getBytes(StandardCharsets.US_ASCII));
        return HEX.formatHex(h, 0, 10);
    }
}
