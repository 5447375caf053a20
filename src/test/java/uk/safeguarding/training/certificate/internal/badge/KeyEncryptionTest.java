package uk.safeguarding.training.certificate.internal.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class KeyEncryptionTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    private static final byte[] SECRET = "{\"kty\":\"RSA\",\"d\":\"private\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void a_sealed_key_opens_with_the_same_key_and_id_and_is_not_stored_in_clear() {
        KeyEncryption encryption = KeyEncryption.of(KEY);
        String sealed = encryption.encrypt(SECRET, "20261129-aaaa");
        assertThat(new String(Base64.getDecoder().decode(sealed), StandardCharsets.ISO_8859_1)).doesNotContain("private", "RSA");
        assertThat(encryption.decrypt(sealed, "20261129-aaaa", encryption.keyId())).isEqualTo(SECRET);
        assertThat(encryption.encrypt(SECRET, "20261129-aaaa")).as("a fresh nonce each time").isNotEqualTo(sealed);
    }

    @Test
    void another_configured_key_is_named_as_the_cause() {
        String sealed = KeyEncryption.of(KEY).encrypt(SECRET, "k1");
        KeyEncryption other = KeyEncryption.of(OTHER_KEY);
        assertThat(other.keyId()).isNotEqualTo(KeyEncryption.of(KEY).keyId());
        assertThatThrownBy(() -> other.decrypt(sealed, "k1", KeyEncryption.of(KEY).keyId()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("another BADGE_KEY_ENCRYPTION_KEY");
    }

    @Test
    void an_altered_or_moved_key_does_not_open() {
        KeyEncryption encryption = KeyEncryption.of(KEY);
        String sealed = encryption.encrypt(SECRET, "k1");
        byte[] bytes = Base64.getDecoder().decode(sealed);
        bytes[bytes.length - 1] ^= 1;
        String altered = Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> encryption.decrypt(altered, "k1", encryption.keyId()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not decrypt");
        assertThatThrownBy(() -> encryption.decrypt(sealed, "k2", encryption.keyId()))
                .as("copied onto another key's row").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void without_a_configured_key_the_development_key_is_used_and_differs_from_real_ones() {
        assertThat(KeyEncryption.of("").keyId()).isEqualTo(KeyEncryption.of(null).keyId()).isNotEqualTo(KeyEncryption.of(KEY).keyId());
    }
}
