package uk.safeguarding.training.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.safeguarding.training.certificate.CredentialCheck.Problem;
import uk.safeguarding.training.dataprotection.DataProtectionService;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.learning.AssignmentService;
import uk.safeguarding.training.support.AsUser;
import uk.safeguarding.training.support.FreshPeople;

/**
 * Open Badges 3.0 end to end over real HTTP: what a learner downloads is checked by {@link IndependentVerifier}, a
 * verifier that shares no code with the issuer (JWK Set and revocation list fetched from the running app, JDK RSA,
 * our JSON schema of the Open Badges 3.0 data model); then as an attacker would: altered payloads, other algorithms, other keys.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = OpenBadgeIT.TRUSTED_PROXIES)
@ActiveProfiles({"test", "demo"})
class OpenBadgeIT {

    /** The same context as VerificationApiIT: requests from this machine may name their client (throttle tests). */
    static final String TRUSTED_PROXIES = "training.http.trusted-proxies=127.0.0.1,::1";
    private static final String ADMIN = "admin@demo.test";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;
    @Autowired
    AssignmentService assignments;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OpenBadgeService badges;
    @Autowired
    CertificateService certificates;
    @Autowired
    DataProtectionService dataProtection;
    @Autowired
    Clock clock;

    private IndependentVerifier verifier() {
        String configured = certificates.publicBaseUrl().replaceAll("/+$", "");
        return new IndependentVerifier(address -> address.replace(configured, "http://localhost:" + port));
    }

    private record Issued(UserAccount learner, Certificate certificate, String jwt, String json) {
    }

    private Issued issue(Duration ago) {
        FreshPeople people = new FreshPeople(identity, assignments, jdbc);
        UserAccount learner = people.learner("Olu");
        people.completion(learner.getId(), clock.instant().minus(ago));
        return AsUser.call(identity, learner.getEmail(), () -> {
            Certificate certificate = certificates.mine().getFirst();
            return new Issued(learner, certificate,
                    new String(badges.signedCredential(certificate.getId()).bytes(), StandardCharsets.US_ASCII),
                    new String(badges.credentialJson(certificate.getId()).bytes(), StandardCharsets.UTF_8));
        });
    }

    private CredentialCheck check(String pasted) {
        return badges.check(pasted, "203.0.113.50");
    }

    @Test
    void a_learners_credential_verifies_independently_and_describes_the_course_version_and_pass_mark() throws Exception {
        Issued issued = issue(Duration.ofDays(10));

        IndependentVerifier.Report report = verifier().verify(issued.jwt(), clock.instant());
        assertThat(report.problems()).isEmpty();
        assertThat(report.signatureValid()).isTrue();
        assertThat(report.schemaErrors()).isEmpty();

        JsonNode credential = report.credential();
        assertThat(credential.get("type").toString()).contains("VerifiableCredential", "OpenBadgeCredential");
        JsonNode subject = credential.get("credentialSubject");
        assertThat(subject.get("identifier").get(0).get("identityHash").asString()).isEqualTo(issued.learner().getDisplayName());
        assertThat(subject.get("identifier").get(0).get("identityType").asString()).isEqualTo("name");
        JsonNode achievement = subject.get("achievement");
        assertThat(achievement.get("name").asString()).isEqualTo(issued.certificate().getCourseTitle());
        assertThat(achievement.get("version").asString()).isEqualTo(Integer.toString(issued.certificate().getCourseVersionNumber()));
        assertThat(achievement.get("criteria").get("narrative").asString()).contains("at least 80%", "version "
                + issued.certificate().getCourseVersionNumber(), "final assessment");
        assertThat(achievement.get("resultDescription").get(0).get("requiredValue").asString()).isEqualTo("80");
        assertThat(subject.get("result").get(0).get("value").asString()).isEqualTo("90");
        assertThat(credential.get("validUntil").asString()).startsWith(issued.certificate().getValidUntil().toString());

        // The JSON download is the same credential, without the JWT's registered claims.
        ObjectNode withoutClaims = (ObjectNode) credential.deepCopy();
        List.of("iss", "jti", "sub", "nbf", "exp").forEach(withoutClaims::remove);
        assertThat(JSON.readTree(issued.json())).isEqualTo(withoutClaims);
        assertThat(verifier().schemaErrors(JSON.readTree(issued.json()))).isEmpty();
        // The schema does judge: a credential without its subject's achievement, or with a bad type, fails it.
        ObjectNode broken = (ObjectNode) JSON.readTree(issued.json());
        ((ObjectNode) broken.get("credentialSubject")).remove("achievement");
        broken.putArray("type").add("VerifiableCredential");
        assertThat(verifier().schemaErrors(broken)).hasSizeGreaterThanOrEqualTo(2);

        // Pasted on the verify page, either form is answered as the certificate's code is.
        for (String pasted : List.of(issued.jwt(), issued.json(), "  " + issued.jwt() + "\n")) {
            CredentialCheck answer = check(pasted);
            assertThat(answer.problem()).isNull();
            // One owner: exactly what the certificate's code gets from VerificationService.
            assertThat(answer.verification()).isEqualTo(verification(issued.certificate().getCode()));
            assertThat(answer.verification().outcome()).isEqualTo(Verification.Outcome.VALID);
            assertThat(answer.verification().learnerName()).isEqualTo(issued.learner().getDisplayName());
        }
    }

    @Autowired
    VerificationService verificationService;

    private Verification verification(String code) {
        return verificationService.verify(code, "203.0.113.51");
    }

    @Test
    void only_the_learner_downloads_their_credential() {
        Issued issued = issue(Duration.ofDays(3));
        FreshPeople people = new FreshPeople(identity, assignments, jdbc);
        UserAccount other = people.learner("Ivo");
        long id = issued.certificate().getId();
        assertThatThrownBy(() -> AsUser.run(identity, other.getEmail(), () -> badges.signedCredential(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run(identity, other.getEmail(), () -> badges.credentialJson(id)))
                .isInstanceOf(AccessDeniedException.class);
        // Not even an administrator: the credential is the learner's to hand out.
        assertThatThrownBy(() -> AsUser.run(identity, ADMIN, () -> badges.signedCredential(id)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_expired_credential_is_expired_for_both_verifiers() throws Exception {
        Issued issued = issue(Duration.ofDays(400));
        IndependentVerifier.Report report = verifier().verify(issued.jwt(), clock.instant());
        assertThat(report.signatureValid()).isTrue();
        assertThat(report.expired()).isTrue();
        assertThat(report.problems()).containsExactly("expired");
        assertThat(check(issued.jwt()).verification().outcome()).isEqualTo(Verification.Outcome.EXPIRED);
    }

    @Test
    void a_revoked_credential_is_on_the_public_revocation_list_without_its_code_or_holder() throws Exception {
        Issued issued = issue(Duration.ofDays(5));
        AsUser.run(identity, ADMIN, () -> certificates.revoke(issued.certificate().getId(), "Issued in error"));

        IndependentVerifier.Report report = verifier().verify(issued.jwt(), clock.instant());
        assertThat(report.signatureValid()).isTrue();
        assertThat(report.revoked()).isTrue();
        assertThat(report.problems()).containsExactly("revoked");
        assertThat(check(issued.jwt()).verification().outcome()).isEqualTo(Verification.Outcome.REVOKED);
        assertThat(check(issued.json()).verification().outcome()).isEqualTo(Verification.Outcome.REVOKED);

        String list = IndependentVerifier.get("http://localhost:" + port + "/badges/revocations");
        assertThat(list).contains(report.credential().get("id").asString())
                .doesNotContain(issued.certificate().getCode(), issued.certificate().getDisplayCode(),
                        issued.learner().getDisplayName(), "Issued in error");
    }

    @Test
    void after_a_rotation_old_and_new_credentials_both_verify_and_no_private_key_is_published() throws Exception {
        Issued before = issue(Duration.ofDays(2));
        String newKey = AsUser.call(identity, ADMIN, () -> badges.rotateSigningKey());
        String after = AsUser.call(identity, before.learner().getEmail(),
                () -> new String(badges.signedCredential(before.certificate().getId()).bytes(), StandardCharsets.US_ASCII));

        assertThat(kid(after)).endsWith("/badges/keys/" + newKey).isNotEqualTo(kid(before.jwt()));
        assertThat(verifier().verify(before.jwt(), clock.instant()).problems()).isEmpty();
        assertThat(verifier().verify(after, clock.instant()).problems()).isEmpty();
        assertThat(check(before.jwt()).verification().outcome()).isEqualTo(Verification.Outcome.VALID);
        assertThat(check(after).verification().outcome()).isEqualTo(Verification.Outcome.VALID);

        JsonNode jwks = JSON.readTree(IndependentVerifier.get("http://localhost:" + port + "/badges/jwks.json"));
        assertThat(jwks.get("keys").size()).isGreaterThanOrEqualTo(2);
        for (JsonNode key : jwks.get("keys")) {
            assertThat(key.has("d") || key.has("p") || key.has("q") || key.has("dp")).as("private parts of %s", key).isFalse();
        }
        // The kid dereferences to the key itself (Open Badges 3.0, 8.2.3), without a private part.
        JsonNode single = JSON.readTree(IndependentVerifier.get("http://localhost:" + port + "/badges/keys/" + newKey));
        assertThat(single.get("kty").asString()).isEqualTo("RSA");
        assertThat(single.has("d")).isFalse();
        List<OpenBadgeService.SigningKeyInfo> keys = AsUser.call(identity, ADMIN, () -> badges.signingKeys());
        assertThat(keys).filteredOn(OpenBadgeService.SigningKeyInfo::active).singleElement()
                .extracting(OpenBadgeService.SigningKeyInfo::keyId).isEqualTo(newKey);
    }

    @Test
    void an_erased_persons_credential_verifies_as_issued_with_the_details_withheld() throws Exception {
        Issued issued = issue(Duration.ofDays(4));
        AsUser.run(identity, ADMIN, () -> dataProtection.erase(issued.learner().getId()));

        assertThat(verifier().verify(issued.jwt(), clock.instant()).signatureValid()).isTrue();
        for (String pasted : List.of(issued.jwt(), issued.json())) {
            CredentialCheck answer = check(pasted);
            assertThat(answer.problem()).isNull();
            assertThat(answer.verification().outcome()).isEqualTo(Verification.Outcome.VALID);
            assertThat(answer.verification().detailsWithheld()).isTrue();
            assertThat(answer.verification().learnerName()).isNull();
            assertThat(answer.verification().courseTitle()).isNull();
        }
    }

    @Test
    void altered_or_forged_credentials_are_refused_by_both_verifiers() throws Exception {
        Issued issued = issue(Duration.ofDays(6));
        String[] parts = issued.jwt().split("\\.");
        JsonNode payload = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));

        // Tampered payload, original signature: another name.
        ObjectNode renamed = (ObjectNode) payload.deepCopy();
        ((ObjectNode) renamed.get("credentialSubject").get("identifier").get(0)).put("identityHash", "Someone Else");
        String tampered = parts[0] + "." + encode(JSON.writeValueAsBytes(renamed)) + "." + parts[2];
        assertThat(check(tampered).problem()).isEqualTo(Problem.BAD_SIGNATURE);
        assertThat(verifier().verify(tampered, clock.instant()).signatureValid()).isFalse();

        // Tampered payload, later expiry.
        ObjectNode extended = (ObjectNode) payload.deepCopy();
        extended.put("exp", payload.get("exp").asLong() + 10L * 365 * 24 * 3600);
        assertThat(check(parts[0] + "." + encode(JSON.writeValueAsBytes(extended)) + "." + parts[2]).problem())
                .isEqualTo(Problem.BAD_SIGNATURE);

        // alg "none": an unsecured JWT with no signature.
        String none = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";
        assertThat(check(none).problem()).isEqualTo(Problem.UNSUPPORTED_ALGORITHM);
        assertThat(verifier().verify(none, clock.instant()).verified()).isFalse();

        // HS256 keyed with the published public key (the algorithm-confusion attack).
        JsonNode jwk = JSON.readTree(IndependentVerifier.get("http://localhost:" + port + "/badges/jwks.json")).get("keys").get(0);
        SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid(issued.jwt())).build(),
                JWTClaimsSet.parse(payload.toString()));
        hmac.sign(new MACSigner(Base64.getUrlDecoder().decode(jwk.get("n").asString())));
        assertThat(check(hmac.serialize()).problem()).isEqualTo(Problem.UNSUPPORTED_ALGORITHM);

        // Signed with the attacker's own key, claiming to be the organisation's key (wrong key for the kid).
        RSAKey attacker = new RSAKeyGenerator(2048).keyID("attacker").generate();
        String impostor = sign(attacker, kid(issued.jwt()), payload);
        assertThat(check(impostor).problem()).isEqualTo(Problem.BAD_SIGNATURE);
        assertThat(verifier().verify(impostor, clock.instant()).signatureValid()).isFalse();

        // Signed with the attacker's key under a kid the organisation never had, the key carried in the header.
        SignedJWT carried = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("https://evil.example/keys/1")
                .jwk(attacker.toPublicJWK()).type(JOSEObjectType.JWT).build(), JWTClaimsSet.parse(payload.toString()));
        carried.sign(new RSASSASigner(attacker));
        assertThat(check(carried.serialize()).problem()).isEqualTo(Problem.UNKNOWN_KEY);
        String unknownKid = sign(attacker, certificates.publicBaseUrl() + "/badges/keys/20990101-000000000000", payload);
        assertThat(check(unknownKid).problem()).isEqualTo(Problem.UNKNOWN_KEY);

        // Not credentials at all, and bounded input.
        assertThat(check("not a credential").problem()).isEqualTo(Problem.NOT_A_CREDENTIAL);
        assertThat(check("").problem()).isEqualTo(Problem.NOT_A_CREDENTIAL);
        assertThat(check("{\"id\": 5}").problem()).isEqualTo(Problem.NOT_A_CREDENTIAL);
        assertThat(check("x".repeat(OpenBadgeService.MAX_CREDENTIAL_LENGTH + 1)).problem()).isEqualTo(Problem.TOO_LONG);

        // The JSON form: any change is refused; an id never issued is not found.
        ObjectNode json = (ObjectNode) JSON.readTree(issued.json());
        ((ObjectNode) json.get("credentialSubject").get("result").get(0)).put("value", "100");
        assertThat(check(json.toString()).problem()).isEqualTo(Problem.ALTERED);
        json = (ObjectNode) JSON.readTree(issued.json());
        json.put("id", "urn:uuid:00000000-0000-4000-8000-000000000000");
        assertThat(check(json.toString()).problem()).isEqualTo(Problem.NOT_ISSUED_HERE);
    }

    @Test
    void the_public_documents_are_readable_from_any_origin_without_a_session() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/badges/issuer", "/badges/jwks.json", "/badges/revocations")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Origin", "https://wallet.example").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(path).contains("*");
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
        JsonNode issuer = JSON.readTree(IndependentVerifier.get("http://localhost:" + port + "/badges/issuer"));
        assertThat(issuer.get("id").asString()).isEqualTo(certificates.publicBaseUrl().replaceAll("/+$", "") + "/badges/issuer");
        assertThat(issuer.get("type").toString()).contains("Profile");
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/badges/keys/no-such-key")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    private static String sign(RSAKey key, String kid, JsonNode payload) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).type(JOSEObjectType.JWT).build(),
                JWTClaimsSet.parse(payload.toString()));
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static String kid(String jwt) {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[0])).get("kid").asString();
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
