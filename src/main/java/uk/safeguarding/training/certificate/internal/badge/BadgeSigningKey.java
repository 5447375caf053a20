package uk.safeguarding.training.certificate.internal.badge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.safeguarding.training.shared.AbstractEntity;

/** One of the organisation's signing keys: the public half in clear, the private half encrypted. */
@Entity
@Table(name = "badge_signing_key")
class BadgeSigningKey extends AbstractEntity {

    /** The value of {@link #activeSlot} for the one key that signs. */
    static final short ACTIVE = 1;

    @Column(name = "key_id", nullable = false, unique = true, length = 64)
    private String keyId;
    @Column(name = "public_jwk", nullable = false, length = 4000)
    private String publicJwk;
    @Column(name = "private_key_encrypted", nullable = false, length = 8000)
    private String privateKeyEncrypted;
    @Column(name = "encryption_key_id", nullable = false, length = 64)
    private String encryptionKeyId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "retired_at")
    private Instant retiredAt;
    @Column(name = "active_slot", unique = true)
    private Short activeSlot;

    protected BadgeSigningKey() {
    }

    BadgeSigningKey(String keyId, String publicJwk, String privateKeyEncrypted, String encryptionKeyId, Instant createdAt) {
        this.keyId = keyId;
        this.publicJwk = publicJwk;
        this.privateKeyEncrypted = privateKeyEncrypted;
        this.encryptionKeyId = encryptionKeyId;
        this.createdAt = createdAt;
        this.activeSlot = ACTIVE;
    }

    String keyId() {
        return keyId;
    }

    String publicJwk() {
        return publicJwk;
    }

    String privateKeyEncrypted() {
        return privateKeyEncrypted;
    }

    String encryptionKeyId() {
        return encryptionKeyId;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant retiredAt() {
        return retiredAt;
    }

    boolean isActive() {
        return activeSlot != null;
    }
}
