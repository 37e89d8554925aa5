package id.kube.core.member;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps NIK and No. KK out of the database in clear (UU PDP). From one secret supplied by the host (at least
 * 32 random bytes, e.g. base64 in an environment variable, never in the database) it derives two keys:
 * <ul>
 * <li>a look-up key: HMAC-SHA256 of the number gives a stable hex hash used for look-ups and uniqueness;
 * without the secret the 10^16 numbers cannot be brute-forced from a dump;</li>
 * <li>an encryption key: AES-256-GCM with a random 96-bit nonce, so roles that need the number can recover
 * it ({@code version(1) ‖ nonce(12) ‖ ciphertext+tag}).</li>
 * </ul>
 * NIK and KK use different domain tags, so a KK hash never equals a NIK hash and a KK ciphertext cannot be
 * passed off as a NIK. Thread-safe.
 */
public final class NikProtector {

    public static final int MINIMUM_SECRET_BYTES = 32;

    private static final byte FORMAT_VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec lookupKey;
    private final SecretKeySpec encryptionKey;
    private final SecureRandom random = new SecureRandom();

    private NikProtector(byte[] secret) {
        if (secret.length < MINIMUM_SECRET_BYTES) {
            throw new IllegalArgumentException("the NIK secret must have at least " + MINIMUM_SECRET_BYTES
                    + " bytes, got " + secret.length);
        }
        this.lookupKey = new SecretKeySpec(hmac(new SecretKeySpec(secret, "HmacSHA256"), "kube/nik/lookup/v1"),
                "HmacSHA256");
        this.encryptionKey = new SecretKeySpec(
                hmac(new SecretKeySpec(secret, "HmacSHA256"), "kube/nik/encryption/v1"), "AES");
    }

    public static NikProtector fromSecret(byte[] secret) {
        return new NikProtector(secret.clone());
    }

    /** The secret as standard base64 (what a host keeps in {@code KUBE_NIK_SECRET} or its vault). */
    public static NikProtector fromBase64(String base64Secret) {
        return new NikProtector(Base64.getDecoder().decode(base64Secret.strip()));
    }

    /** A fresh random secret in base64, for setting up a new installation. */
    public static String newSecretBase64() {
        byte[] secret = new byte[MINIMUM_SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }

    public String lookupHash(Nik nik) {
        return HexFormat.of().formatHex(hmac(lookupKey, "NIK:" + nik.value()));
    }

    public String lookupHash(FamilyCardNumber familyCard) {
        return HexFormat.of().formatHex(hmac(lookupKey, "KK:" + familyCard.value()));
    }

    public byte[] encrypt(Nik nik) {
        return encrypt("NIK", nik.value());
    }

    public byte[] encrypt(FamilyCardNumber familyCard) {
        return encrypt("KK", familyCard.value());
    }

    public Nik decryptNik(byte[] ciphertext) {
        return new Nik(decrypt("NIK", ciphertext));
    }

    public FamilyCardNumber decryptFamilyCard(byte[] ciphertext) {
        return new FamilyCardNumber(decrypt("KK", ciphertext));
    }

    private byte[] encrypt(String domain, String plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad(domain));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.US_ASCII));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
                    .put(FORMAT_VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    private String decrypt(String domain, byte[] data) {
        if (data.length < 1 + NONCE_BYTES + TAG_BITS / 8 || data[0] != FORMAT_VERSION) {
            throw new IllegalArgumentException("not a KUBE " + domain + " ciphertext");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey,
                    new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(data, 1, 1 + NONCE_BYTES)));
            cipher.updateAAD(aad(domain));
            byte[] plain = cipher.doFinal(data, 1 + NONCE_BYTES, data.length - 1 - NONCE_BYTES);
            return new String(plain, StandardCharsets.US_ASCII);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalArgumentException(
                    domain + " ciphertext does not open with this secret (wrong key, or tampered)", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    private static byte[] aad(String domain) {
        return ("kube/" + domain + "/v1").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] hmac(SecretKeySpec key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
