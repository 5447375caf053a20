package uk.safeguarding.training.certificate.internal.badge;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.safeguarding.training.certificate.Certificate;
import uk.safeguarding.training.certificate.CredentialCheck.Problem;

/**
 * Checks a credential someone pasted on the verify page: a VC-JWT is accepted only when signed with RS256 by one of
 * this organisation's keys (never a key the token brings along, never "none" or an HMAC), and a JSON credential only
 * when it is exactly the credential issued with its id. Either way the answer is the certificate it belongs to; its
 * standing then comes from the same verification as a typed code.
 */
@Component
public class PastedCredentials {

    /** Far above any credential issued here (about 4 kB), far below anything that would cost to parse. */
    public static final int MAX_LENGTH = 20_000;
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SigningKeys keys;
    private final Credentials credentials;
    private final Clock clock;

    PastedCredentials(SigningKeys keys, Credentials credentials, Clock clock) {
        this.keys = keys;
        this.credentials = credentials;
        this.clock = clock;
    }

    /** Either the certificate the credential was issued for, or why it is not genuine. */
    public record Finding(Problem problem, Long certificateId) {
        static Finding of(Problem problem) {
            return new Finding(problem, null);
        }
    }

    /**
     * @param certificate the certificate with an id, for comparing a pasted JSON with what was issued
     * @param at          the issuer's addresses the credential was issued under
     */
    public Finding check(String pasted, LongFunction<Optional<Certificate>> certificate, CredentialDocument.Addresses at) {
        String text = pasted == null ? "" : pasted.strip();
        if (text.length() > MAX_LENGTH) {
            return Finding.of(Problem.TOO_LONG);
        }
        if (text.startsWith("{")) {
            return checkJson(text, certificate, at);
        }
        return checkJwt(text);
    }

    private Finding checkJwt(String text) {
        JWT parsed;
        try {
            parsed = JWTParser.parse(text);
        } catch (ParseException | RuntimeException notAJwt) {
            return Finding.of(Problem.NOT_A_CREDENTIAL);
        }
        // An unsecured JWT (alg "none") parses as a PlainJWT, an encrypted one as an EncryptedJWT: neither is ours.
        if (!(parsed instanceof SignedJWT jwt) || !JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            return Finding.of(Problem.UNSUPPORTED_ALGORITHM);
        }
        String kid = jwt.getHeader().getKeyID();
        Optional<RSAKey> key = kid == null ? Optional.empty() : keys.publicKey(kid.substring(kid.lastIndexOf('/') + 1));
        if (key.isEmpty()) {
            return Finding.of(Problem.UNKNOWN_KEY);
        }
        JWTClaimsSet claims;
        try {
            if (!jwt.verify(new RSASSAVerifier(key.get()))) {
                return Finding.of(Problem.BAD_SIGNATURE);
            }
            claims = jwt.getJWTClaimsSet();
        } catch (JOSEException | ParseException e) {
            return Finding.of(Problem.BAD_SIGNATURE);
        }
        Object issuer = claims.getClaim("issuer");
        if (claims.getJWTID() == null || !claims.getJWTID().equals(claims.getClaim("id"))
                || !(issuer instanceof Map<?, ?> profile) || !Objects.equals(claims.getIssuer(), profile.get("id"))) {
            return Finding.of(Problem.NOT_A_CREDENTIAL);
        }
        if (claims.getNotBeforeTime() == null
                || claims.getNotBeforeTime().toInstant().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            return Finding.of(Problem.NOT_YET_VALID);
        }
        return credentials.certificateOf(claims.getJWTID()).map(id -> new Finding(null, id))
                .orElseGet(() -> Finding.of(Problem.NOT_ISSUED_HERE));
    }

    private static JsonNode withoutName(JsonNode credential) {
        JsonNode copy = credential.deepCopy();
        if (copy.get("credentialSubject") instanceof ObjectNode subject) {
            subject.remove("identifier");
        }
        return copy;
    }

    private Finding checkJson(String text, LongFunction<Optional<Certificate>> certificate, CredentialDocument.Addresses at) {
        JsonNode pasted;
        try {
            pasted = JSON.readTree(text);
        } catch (JacksonException notJson) {
            return Finding.of(Problem.NOT_A_CREDENTIAL);
        }
        JsonNode id = pasted.get("id");
        if (id == null || !id.isString()) {
            return Finding.of(Problem.NOT_A_CREDENTIAL);
        }
        Optional<Long> certificateId = credentials.certificateOf(id.asString());
        if (certificateId.isEmpty()) {
            return Finding.of(Problem.NOT_ISSUED_HERE);
        }
        Optional<Certificate> issued = certificate.apply(certificateId.get());
        if (issued.isEmpty()) {
            return Finding.of(Problem.NOT_ISSUED_HERE);
        }
        JsonNode original = JSON.valueToTree(credentials.document(issued.get(), at));
        if (issued.get().isDetailsWithheld()) {
            // The holder was erased: the name stored was overwritten, so everything but the name must match.
            original = withoutName(original);
            pasted = withoutName(pasted);
        }
        return original.equals(pasted) ? new Finding(null, certificateId.get()) : Finding.of(Problem.ALTERED);
    }
}
