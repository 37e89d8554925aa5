package id.kube.core.member;

import java.util.Objects;

/** The NIK and No. KK as stored: keyed hashes for look-ups, ciphertexts for recovery, the masked NIK. */
public record ProtectedIdentity(String nikHash, byte[] nikCipher, String nikMasked, String familyCardHash,
        byte[] familyCardCipher) {

    public ProtectedIdentity {
        Objects.requireNonNull(nikHash);
        Objects.requireNonNull(nikCipher);
        Objects.requireNonNull(nikMasked);
        Objects.requireNonNull(familyCardHash);
        Objects.requireNonNull(familyCardCipher);
    }

    public static ProtectedIdentity of(NikProtector protector, Nik nik, FamilyCardNumber familyCard) {
        return new ProtectedIdentity(protector.lookupHash(nik), protector.encrypt(nik), nik.masked(),
                protector.lookupHash(familyCard), protector.encrypt(familyCard));
    }
}
