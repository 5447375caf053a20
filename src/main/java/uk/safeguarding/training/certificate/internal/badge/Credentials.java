package uk.safeguarding.training.certificate.internal.badge;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeguarding.training.certificate.Certificate;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.CourseDefinition;

/**
 * Issues the OpenBadgeCredential of a certificate as a VC-JWT (Open Badges 3.0, section 8.2): the JOSE header has
 * only alg (RS256), kid (the address of the public key) and typ; the payload is the credential with the registered
 * claims iss, jti, sub, nbf and exp taken from it.
 */
@Component
public class Credentials {

    private final BadgeCredentialRepository identifiers;
    private final SigningKeys keys;
    private final CourseCatalog catalog;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final Map<String, CredentialDocument.CourseFacts> courseFacts = new ConcurrentHashMap<>();

    Credentials(BadgeCredentialRepository identifiers, SigningKeys keys, CourseCatalog catalog,
                PlatformTransactionManager transactions, Clock clock) {
        this.identifiers = identifiers;
        this.keys = keys;
        this.catalog = catalog;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The credential as JSON-ready maps and lists. */
    public Map<String, Object> document(Certificate certificate, CredentialDocument.Addresses at) {
        return CredentialDocument.of(certificate, identifiersOf(certificate), facts(certificate), at, clock.getZone());
    }

    /** The credential signed with the active key, as a compact JWS. */
    public String signed(Certificate certificate, CredentialDocument.Addresses at) {
        Map<String, Object> credential = document(certificate, at);
        RSAKey key = keys.active();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
        credential.forEach(claims::claim);
        @SuppressWarnings("unchecked")
        Map<String, Object> subject = (Map<String, Object>) credential.get("credentialSubject");
        @SuppressWarnings("unchecked")
        Map<String, Object> issuer = (Map<String, Object>) credential.get("issuer");
        claims.issuer((String) issuer.get("id"))
                .jwtID((String) credential.get("id"))
                .subject((String) subject.get("id"))
                .notBeforeTime(Date.from(CredentialDocument.validFrom(certificate)))
                .expirationTime(Date.from(CredentialDocument.validUntil(certificate.getValidUntil(), clock.getZone())));
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(at.key(key.getKeyID()))
                .type(JOSEObjectType.JWT).build();
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Signing the credential failed", e);
        }
        return jwt.serialize();
    }

    /** The certificate a credential id belongs to, if it was issued here. */
    public Optional<Long> certificateOf(String credentialId) {
        if (credentialId == null || !credentialId.startsWith("urn:uuid:") || credentialId.length() != 45) {
            return Optional.empty();
        }
        return ownTransaction.execute(tx -> identifiers.findByCredentialUuid(credentialId.substring("urn:uuid:".length())))
                .map(BadgeCredential::certificateId);
    }

    /** Ids of the credentials of revoked certificates. */
    public java.util.List<String> revoked() {
        return ownTransaction.execute(tx -> identifiers.revokedCredentialUuids()).stream().map(u -> "urn:uuid:" + u).toList();
    }

    /** The certificate's credential ids, made at its first use; a parallel first use finds the other's row. */
    private BadgeCredential identifiersOf(Certificate certificate) {
        long id = certificate.getId();
        Optional<BadgeCredential> existing = ownTransaction.execute(tx -> identifiers.findById(id));
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant();
        try {
            ownTransaction.executeWithoutResult(tx -> identifiers.insertFirst(id, UUID.randomUUID().toString(),
                    UUID.randomUUID().toString(), now));
        } catch (DataIntegrityViolationException parallelFirstUse) {
            // the other request's identifiers stand
        }
        return ownTransaction.execute(tx -> identifiers.findById(id)).orElseThrow();
    }

    private CredentialDocument.CourseFacts facts(Certificate certificate) {
        String key = certificate.getCourseId() + "/" + certificate.getCourseVersionNumber();
        return courseFacts.computeIfAbsent(key, k -> catalog.newest(certificate.getCourseId())
                .flatMap(course -> catalog.versions(course.key()).stream()
                        .filter(v -> v.getNumber() == certificate.getCourseVersionNumber()).findFirst())
                .map(version -> {
                    CourseDefinition course = catalog.definition(version.getId());
                    return new CredentialDocument.CourseFacts(course.summary(), course.passMark(),
                            course.questionsPerAttempt(), course.modules().size());
                })
                .orElseThrow(() -> new IllegalStateException("The course version of certificate " + certificate.getId()
                        + " is not published here")));
    }
}
