package uk.safeguarding.training.certificate;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.certificate.internal.CertificateRepository;
import uk.safeguarding.training.certificate.internal.FailedLookUps;
import uk.safeguarding.training.certificate.internal.badge.CredentialDocument;
import uk.safeguarding.training.certificate.internal.badge.Credentials;
import uk.safeguarding.training.certificate.internal.badge.PastedCredentials;
import uk.safeguarding.training.certificate.internal.badge.SigningKeys;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.settings.OrganisationService;
import uk.safeguarding.training.shared.Refusal;

/**
 * Open Badges 3.0 (docs/decisions/0024): every certificate is also an OpenBadgeCredential, signed as a VC-JWT with
 * the organisation's key. The learner downloads their own; anyone fetches the public documents a verifier needs (the
 * issuer profile, the public keys, the revocation list) and may paste a credential on the verify page, where its
 * standing comes from {@link VerificationService}, exactly as for its code. Administrators rotate the key.
 *
 * <p>No transaction here: each step takes a short one of its own, so no request holds two connections.
 */
@Service
public class OpenBadgeService {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The longest text the verify page takes as a pasted credential. */
    public static final int MAX_CREDENTIAL_LENGTH = PastedCredentials.MAX_LENGTH;

    private final CertificateService certificates;
    private final CertificateRepository certificateRecords;
    private final VerificationService verification;
    private final FailedLookUps failedLookUps;
    private final Credentials credentials;
    private final PastedCredentials pasted;
    private final SigningKeys keys;
    private final AuditLog audit;
    private final OrganisationService organisation;

    OpenBadgeService(CertificateService certificates, CertificateRepository certificateRecords,
                     VerificationService verification, FailedLookUps failedLookUps, Credentials credentials,
                     PastedCredentials pasted, SigningKeys keys, AuditLog audit, OrganisationService organisation) {
        this.organisation = organisation;
        this.certificates = certificates;
        this.certificateRecords = certificateRecords;
        this.verification = verification;
        this.failedLookUps = failedLookUps;
        this.credentials = credentials;
        this.pasted = pasted;
        this.keys = keys;
        this.audit = audit;
    }

    /** A file to download: its name, media type and bytes. */
    public record CredentialFile(String fileName, String mediaType, byte[] bytes) {
    }

    /** One signing key as administrators see it. */
    public record SigningKeyInfo(String keyId, Instant createdAt, Instant retiredAt, boolean active) {
    }

    /** The signed learner's own credential as a VC-JWT (the form wallets and verifiers take). */
    @RolesAllowed(AppRoles.LEARNER)
    public CredentialFile signedCredential(long certificateId) {
        Certificate certificate = own(certificateId);
        return new CredentialFile(fileName(certificate, "jwt"), "application/vc+jwt",
                credentials.signed(certificate, addresses()).getBytes(StandardCharsets.US_ASCII));
    }

    /** The signed learner's own credential as readable JSON (the same content, without the signature). */
    @RolesAllowed(AppRoles.LEARNER)
    public CredentialFile credentialJson(long certificateId) {
        Certificate certificate = own(certificateId);
        return new CredentialFile(fileName(certificate, "json"), "application/vc+ld+json",
                JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(credentials.document(certificate, addresses())));
    }

    /**
     * Checks a pasted credential (VC-JWT or JSON). A genuine one is answered as its certificate's code would be, by
     * {@link VerificationService}; an identifier that was never issued counts as a failed look-up of the client,
     * like an unknown code.
     */
    public CredentialCheck check(String credential, String clientAddress) {
        PastedCredentials.Finding finding = pasted.check(credential, certificateRecords::findById, addresses());
        if (finding.problem() == CredentialCheck.Problem.NOT_ISSUED_HERE) {
            Optional<Instant> throttled = failedLookUps.countFailure(clientAddress);
            if (throttled.isPresent()) {
                return CredentialCheck.answered(Verification.throttled(throttled.get()));
            }
        }
        if (finding.problem() != null) {
            return CredentialCheck.rejected(finding.problem());
        }
        String code = certificateRecords.findById(finding.certificateId()).orElseThrow().getCode();
        return CredentialCheck.answered(verification.verify(code, clientAddress));
    }

    /** Every public key ever used to sign, as a JWK Set: retired keys stay so older credentials keep verifying. */
    public String jwks() {
        CredentialDocument.Addresses at = addresses();
        if (keys.published().isEmpty()) {
            keys.active(); // a verifier may ask before anyone downloaded a credential
        }
        List<JWK> published = keys.published().stream().map(k -> (JWK) withPublishedId(k.jwk(), at)).toList();
        return new JWKSet(published).toString(true);
    }

    /** One public key by its id, as a JWK: what the kid of a credential's header dereferences to. */
    public Optional<String> publicKey(String keyId) {
        return keys.publicKey(keyId).map(k -> withPublishedId(k, addresses()).toJSONString());
    }

    /** The issuer's Open Badges profile. */
    public String issuerProfile() {
        CredentialDocument.Addresses at = addresses();
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("@context", List.of(CredentialDocument.VC_CONTEXT, CredentialDocument.OB_CONTEXT));
        profile.put("id", at.issuer());
        profile.put("type", List.of("Profile"));
        profile.put("name", Certificate.issuerName(organisation.profile().name()));
        profile.put("url", at.base());
        profile.put("description", "Issues certificates of safeguarding training as Open Badges. Public keys: "
                + at.jwks() + "; revoked credentials: " + at.revocations() + ".");
        return JSON.writeValueAsString(profile);
    }

    /** The 1EdTech revocation list: the ids of revoked credentials, nothing about the people or the reasons. */
    public String revocationList() {
        CredentialDocument.Addresses at = addresses();
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("id", at.revocations());
        list.put("issuer", at.issuer());
        list.put("revokedCredentials", credentials.revoked().stream()
                .map(id -> Map.of("id", id, "revocationReason", "Revoked by the issuer")).toList());
        return JSON.writeValueAsString(list);
    }

    @RolesAllowed(AppRoles.ADMIN)
    public List<SigningKeyInfo> signingKeys() {
        return keys.published().stream().map(k -> new SigningKeyInfo(k.keyId(), k.createdAt(), k.retiredAt(), k.active()))
                .toList().reversed();
    }

    /** Retires the active signing key and makes a new one; credentials already issued keep verifying. */
    @RolesAllowed(AppRoles.ADMIN)
    public String rotateSigningKey() {
        String keyId;
        try {
            keyId = keys.rotate();
        } catch (IllegalStateException parallel) {
            // Another administrator's rotation won; theirs stands, and this person is told so in plain words.
            throw new Refusal(parallel.getMessage(), parallel);
        }
        audit.record(AuditAction.SETTINGS_CHANGED, "Open Badges signing key", "Rotated: key " + keyId + " signs from now on");
        return keyId;
    }

    private Certificate own(long certificateId) {
        return certificates.mine().stream().filter(c -> c.getId() == certificateId).findFirst()
                .orElseThrow(() -> new AccessDeniedException("No such certificate for you"));
    }

    private CredentialDocument.Addresses addresses() {
        return new CredentialDocument.Addresses(certificates.publicBaseUrl());
    }

    /** The key with its kid as published: the address it can be fetched from, as the credential header names it. */
    private static RSAKey withPublishedId(RSAKey key, CredentialDocument.Addresses at) {
        return new RSAKey.Builder(key.toPublicJWK()).keyID(at.key(key.getKeyID())).keyUse(key.getKeyUse())
                .algorithm(key.getAlgorithm()).build();
    }

    private static String fileName(Certificate c, String extension) {
        return "open-badge-" + c.getCourseTitle().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "").toLowerCase()
                + "-" + c.getCompletedOn() + "-" + c.getCode().substring(0, 4) + "." + extension;
    }
}
