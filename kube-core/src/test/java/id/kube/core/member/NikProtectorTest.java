package id.kube.core.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

class NikProtectorTest {

    private static final Nik NIK = Nik.of("5104051203850003");
    private final NikProtector protector = NikProtector.fromSecret(secret('a'));

    @Test
    void theLookupHashIsStableAndKeyedBySecret() {
        assertThat(protector.lookupHash(NIK)).isEqualTo(protector.lookupHash(Nik.of("5104051203850003")))
                .hasSize(64).doesNotContain("5104051203850003");
        assertThat(NikProtector.fromSecret(secret('b')).lookupHash(NIK)).isNotEqualTo(protector.lookupHash(NIK));
    }

    @Test
    void nikAndFamilyCardWithTheSameDigitsHashDifferently() {
        assertThat(protector.lookupHash(FamilyCardNumber.of("5104051203850003")))
                .isNotEqualTo(protector.lookupHash(NIK));
    }

    @Test
    void theCiphertextOpensOnlyWithTheSameSecretAndIsFreshEachTime() {
        byte[] first = protector.encrypt(NIK);
        byte[] second = protector.encrypt(NIK);
        assertThat(first).isNotEqualTo(second);
        assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("5104051203850003");
        assertThat(protector.decryptNik(first)).isEqualTo(NIK);
        assertThat(NikProtector.fromBase64(java.util.Base64.getEncoder().encodeToString(secret('a')))
                .decryptNik(second)).isEqualTo(NIK);
        assertThatThrownBy(() -> NikProtector.fromSecret(secret('b')).decryptNik(first))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wrong key");
    }

    @Test
    void aTamperedCiphertextOrOneOfAFamilyCardDoesNotOpenAsANik() {
        byte[] sealed = protector.encrypt(NIK);
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> protector.decryptNik(sealed)).isInstanceOf(IllegalArgumentException.class);
        byte[] kk = protector.encrypt(FamilyCardNumber.of("5104051203850003"));
        assertThatThrownBy(() -> protector.decryptNik(kk)).isInstanceOf(IllegalArgumentException.class);
        assertThat(protector.decryptFamilyCard(kk)).isEqualTo(FamilyCardNumber.of("5104051203850003"));
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> NikProtector.fromSecret(new byte[31]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 32 bytes");
        assertThat(NikProtector.fromBase64(NikProtector.newSecretBase64()).lookupHash(NIK)).hasSize(64);
    }

    @Test
    void randomNiksRoundTrip() {
        Random random = new Random(20250630);
        for (int i = 0; i < 500; i++) {
            Nik nik = Nik.of(String.format("5104%02d%02d%02d%02d%04d", 1 + random.nextInt(7), 1 + random.nextInt(28)
                    + (random.nextBoolean() ? 40 : 0), 1 + random.nextInt(12), random.nextInt(100),
                    1 + random.nextInt(9999)));
            assertThat(protector.decryptNik(protector.encrypt(nik))).isEqualTo(nik);
        }
    }

    private static byte[] secret(char fill) {
        return String.valueOf(fill).repeat(32).getBytes(StandardCharsets.US_ASCII);
    }
}
