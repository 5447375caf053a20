package uk.safeguarding.training.certificate.internal.badge;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the signing keys at rest: AES-256-GCM with the key from configuration, a fresh 96-bit nonce per
 * encryption, and the signing key's id as associated data, so a stored key copied onto another row does not decrypt.
 * Each stored key records which encryption key sealed it ({@link #keyId()}, a fingerprint, not the key), so a wrong
 * or changed configuration is reported as that rather than as a broken database.
 */
public final class KeyEncryption {

    /**
     * Used when no key is configured outside the prod profile, so a demo or development run works without setup.
     * It protects nothing: it is in the source code. The log says so at every start.
     */
    private static final byte[] DEVELOPMENT_KEY = sha256("safeguarding-training: development-only badge key encryption key,"
            + " published in the source, never for production");
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;
    private final String keyId;

    private KeyEncryption(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
        this.keyId = HexFormat.of().formatHex(sha256("badge-key-encryption:" + Base64.getEncoder().encodeToString(key)), 0, 8);
    }

    /** @param base64Key 32 bytes in base64, or empty for the development key */
    public static KeyEncryption of(String base64Key) {
        return new KeyEncryption(base64Key == null || base64Key.isBlank() ? DEVELOPMENT_KEY : Base64.getDecoder().decode(base64Key.strip()));
    }

    /** A fingerprint of the encryption key, stored beside each key it sealed. */
    public String keyId() {
        return keyId;
    }

    String encrypt(byte[] plain, String associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            byte[] stored = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, stored, 0, nonce.length);
            System.arraycopy(sealed, 0, stored, nonce.length, sealed.length);
            return Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    /**
     * @throws IllegalStateException naming the cause when the key was sealed with another encryption key, or the
     *                               stored text was altered
     */
    byte[] decrypt(String stored, String associatedData, String sealedWithKeyId) {
        if (!keyId.equals(sealedWithKeyId)) {
            throw new IllegalStateException("The Open Badges signing key " + associatedData + " was encrypted with another"
                    + " BADGE_KEY_ENCRYPTION_KEY (fingerprint " + sealedWithKeyId + "; configured now: " + keyId + "). Start"
                    + " with the key it was encrypted with; credentials cannot be signed until then.");
        }
        byte[] bytes = Base64.getDecoder().decode(stored);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The stored Open Badges signing key " + associatedData + " does not decrypt"
                    + " with the configured BADGE_KEY_ENCRYPTION_KEY: it was altered, or belongs to another row.", e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
