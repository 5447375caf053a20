package uk.safeguarding.training.certificate.internal.badge;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeguarding.training.certificate.OpenBadgeProperties;

/**
 * The organisation's signing keys (docs/decisions/0024). The first key is generated on first use; a rotation retires
 * the active key and makes a new one. Every key ever used stays, so credentials signed before a rotation keep
 * verifying. Only one key can be active: the database refuses a second (unique active_slot), so instances that find
 * no key at the same moment each try to store one, one wins, and the others use the winner's.
 *
 * <p>Which key is active is read from the database at every signature (one indexed row), never cached, so a rotation
 * on one instance is used by all at once; decrypted keys are cached by id, as a key never changes.
 */
@Component
public class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    private static final int RSA_BITS = 2048;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final BadgeSigningKeyRepository keys;
    private final KeyEncryption encryption;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final Map<String, RSAKey> decrypted = new ConcurrentHashMap<>();

    SigningKeys(BadgeSigningKeyRepository keys, OpenBadgeProperties properties, PlatformTransactionManager transactions,
                Clock clock) {
        this.keys = keys;
        this.encryption = KeyEncryption.of(properties.keyEncryptionKey());
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        if (properties.usesDevelopmentKey()) {
            log.warn("BADGE_KEY_ENCRYPTION_KEY is not set: the Open Badges signing key is encrypted with the built-in"
                    + " development key, which is published in the source code. Fine for a demo; set it in production"
                    + " (the prod profile refuses to start without it).");
        }
    }

    /** A public key as published, and whether it signs now. */
    public record PublicKey(String keyId, RSAKey jwk, Instant createdAt, Instant retiredAt, boolean active) {
    }

    /** The key that signs now, with its private half; made on first use. */
    public RSAKey active() {
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<BadgeSigningKey> current = ownTransaction.execute(tx -> keys.findActive());
            if (current.isPresent()) {
                return privateKey(current.get());
            }
            RSAKey made = generate();
            try {
                ownTransaction.executeWithoutResult(tx -> keys.saveAndFlush(seal(made)));
                log.info("Made the first Open Badges signing key {}", made.getKeyID());
                return made;
            } catch (DataIntegrityViolationException | ConcurrencyFailureException anotherInstanceWasFaster) {
                // Another instance (or thread) stored the first key meanwhile: use that one.
            }
        }
        throw new IllegalStateException("No active Open Badges signing key could be made or read");
    }

    /**
     * Retires the active key and makes a new one, in one transaction. Credentials signed with the old key keep
     * verifying: it stays published. Of two rotations at the same moment, one fails on the database's rule.
     *
     * @return the new key's id
     * @throws IllegalStateException when another rotation happened at the same moment
     */
    public String rotate() {
        RSAKey made = generate();
        Instant now = clock.instant();
        try {
            ownTransaction.executeWithoutResult(tx -> {
                keys.retireActive(now);
                keys.saveAndFlush(seal(made));
            });
        } catch (DataIntegrityViolationException | ConcurrencyFailureException parallelRotation) {
            throw new IllegalStateException("Another rotation of the signing key happened at the same moment; the key"
                    + " it made signs from now on. Nothing else to do.", parallelRotation);
        }
        log.info("Rotated the Open Badges signing key: {} signs from now on", made.getKeyID());
        return made.getKeyID();
    }

    /** Every key ever used, oldest first: the public halves only. */
    public List<PublicKey> published() {
        return ownTransaction.execute(tx -> keys.findAllByOrderByCreatedAtAscIdAsc()).stream()
                .map(k -> new PublicKey(k.keyId(), parsePublic(k), k.createdAt(), k.retiredAt(), k.isActive())).toList();
    }

    /** One public key by its id, active or retired. */
    public Optional<RSAKey> publicKey(String keyId) {
        if (keyId == null || keyId.length() > 64) {
            return Optional.empty();
        }
        RSAKey cached = decrypted.get(keyId);
        if (cached != null) {
            return Optional.of(cached.toPublicJWK());
        }
        return ownTransaction.execute(tx -> keys.findByKeyId(keyId)).map(SigningKeys::parsePublic);
    }

    private RSAKey privateKey(BadgeSigningKey stored) {
        return decrypted.computeIfAbsent(stored.keyId(), id -> {
            byte[] json = encryption.decrypt(stored.privateKeyEncrypted(), id, stored.encryptionKeyId());
            try {
                return RSAKey.parse(new String(json, StandardCharsets.UTF_8));
            } catch (ParseException e) {
                throw new IllegalStateException("The stored Open Badges signing key " + id + " is not a JWK", e);
            }
        });
    }

    private BadgeSigningKey seal(RSAKey key) {
        String sealed = encryption.encrypt(key.toJSONString().getBytes(StandardCharsets.UTF_8), key.getKeyID());
        return new BadgeSigningKey(key.getKeyID(), key.toPublicJWK().toJSONString(), sealed, encryption.keyId(), clock.instant());
    }

    /** A new RSA key whose id says when it was made, plus random characters so two made at once differ. */
    private RSAKey generate() {
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        String keyId = DateTimeFormatter.ofPattern("yyyyMMdd").format(clock.instant().atOffset(ZoneOffset.UTC))
                + "-" + HexFormat.of().formatHex(random);
        try {
            return new RSAKeyGenerator(RSA_BITS).keyID(keyId).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("RSA key generation is not available in this Java runtime", e);
        }
    }

    private static RSAKey parsePublic(BadgeSigningKey stored) {
        try {
            return RSAKey.parse(stored.publicJwk());
        } catch (ParseException e) {
            throw new IllegalStateException("The stored public key " + stored.keyId() + " is not a JWK", e);
        }
    }
}
