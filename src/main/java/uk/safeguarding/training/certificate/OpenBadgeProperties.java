package uk.safeguarding.training.certificate;

import java.util.Base64;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the organisation's Open Badges signing keys are kept (docs/decisions/0024).
 *
 * @param keyEncryptionKey      a 256-bit AES key, base64 ({@code openssl rand -base64 32}), that encrypts the signing
 *                              keys stored in the database; environment variable {@code BADGE_KEY_ENCRYPTION_KEY}
 * @param developmentKeyAllowed whether a missing key may be replaced by the built-in development key (not secret: it
 *                              is in the source code). True by default so the demo and development runs work; the
 *                              {@code prod} profile sets it to false, and then a missing key stops the start.
 */
@ConfigurationProperties("training.badges")
public record OpenBadgeProperties(String keyEncryptionKey, @DefaultValue("true") boolean developmentKeyAllowed) {

    static final String MISSING_IN_PRODUCTION = "BADGE_KEY_ENCRYPTION_KEY (training.badges.key-encryption-key) is not"
            + " set. The prod profile needs it to encrypt the Open Badges signing keys stored in the database: a"
            + " 256-bit AES key, base64, for example from `openssl rand -base64 32`. Keep it outside the database and"
            + " never change it without re-encrypting the keys (README, Open Badges).";

    public OpenBadgeProperties {
        keyEncryptionKey = keyEncryptionKey == null ? "" : keyEncryptionKey.strip();
        if (keyEncryptionKey.isEmpty() && !developmentKeyAllowed) {
            throw new IllegalArgumentException(MISSING_IN_PRODUCTION);
        }
        if (!keyEncryptionKey.isEmpty()) {
            byte[] key;
            try {
                key = Base64.getDecoder().decode(keyEncryptionKey);
            } catch (IllegalArgumentException notBase64) {
                throw new IllegalArgumentException("BADGE_KEY_ENCRYPTION_KEY (training.badges.key-encryption-key) is"
                        + " not base64: give 32 random bytes in base64, for example from `openssl rand -base64 32`.");
            }
            if (key.length != 32) {
                throw new IllegalArgumentException("BADGE_KEY_ENCRYPTION_KEY (training.badges.key-encryption-key) has "
                        + key.length + " bytes; it must have 32 (a 256-bit AES key), for example from"
                        + " `openssl rand -base64 32`.");
            }
        }
    }

    /** True when no key is configured and the built-in development key is used instead. */
    public boolean usesDevelopmentKey() {
        return keyEncryptionKey.isEmpty();
    }
}
