package uk.safeguarding.training.certificate;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A verifier of Open Badges 3.0 VC-JWTs written apart from the issuer: no Nimbus, no application class. It follows the
 * specification's steps (section 8.2 "Verify a Credential" and 9.1): decode the JOSE header, fetch the issuer's JWK
 * Set over HTTP and pick the key by kid, check the RS256 signature with the JDK's own RSA, compare the registered
 * claims with the credential, check the dates, fetch the revocation list over HTTP, and validate the credential
 * against our own JSON schema of the Open Badges 3.0 data model ({@value #SCHEMA_RESOURCE}, transcribed from the
 * specification's text; see the README next to it), loaded from the classpath, never from the network.
 *
 * @param reachable the test app's credentials name the configured public address ({@code http://localhost:0} with a
 *                  random port); this maps such an address to where the app really listens
 */
record IndependentVerifier(UnaryOperator<String> reachable) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String SCHEMA_RESOURCE = "/openbadges/open-badges-3.0-credential.schema.json";
    private static final Schema SCHEMA = loadSchema();

    /** What the verifier found; {@code problems} empty means verified. */
    record Report(List<String> problems, boolean signatureValid, boolean expired, boolean revoked, List<String> schemaErrors,
                  JsonNode credential) {
        boolean verified() {
            return problems.isEmpty();
        }
    }

    Report verify(String compactJws, Instant now) throws Exception {
        List<String> problems = new ArrayList<>();
        String[] parts = compactJws.split("\\.", -1);
        if (parts.length != 3) {
            return new Report(List.of("not a compact JWS"), false, false, false, List.of(), null);
        }
        JsonNode header = JSON.readTree(decode(parts[0]));
        JsonNode payload = JSON.readTree(decode(parts[1]));
        // 8.2: alg RS256 at least; only alg, kid, jwk and typ may appear; typ, if present, "JWT".
        if (!"RS256".equals(text(header, "alg"))) {
            problems.add("alg is " + text(header, "alg") + ", not RS256");
        }
        for (String name : header.propertyNames()) {
            if (!Set.of("alg", "kid", "jwk", "typ").contains(name)) {
                problems.add("JOSE header " + name + " is not allowed");
            }
        }
        if (header.has("typ") && !"JWT".equals(text(header, "typ"))) {
            problems.add("typ is not JWT");
        }
        boolean signatureValid = false;
        String kid = text(header, "kid");
        JsonNode jwk = null;
        if (kid != null) {
            JsonNode jwks = JSON.readTree(get(reachable.apply(jwksAddress(payload))));
            for (JsonNode key : jwks.get("keys")) {
                if (kid.equals(text(key, "kid"))) {
                    jwk = key;
                }
            }
            if (jwk == null) {
                problems.add("kid " + kid + " is not in the issuer's JWK Set");
            } else if (jwk.has("d")) {
                problems.add("the published JWK contains a private key");
            }
        } else {
            problems.add("no kid");
        }
        if (jwk != null && "RS256".equals(text(header, "alg"))) {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(publicKey(jwk));
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            try {
                signatureValid = rsa.verify(Base64.getUrlDecoder().decode(parts[2]));
            } catch (java.security.SignatureException | IllegalArgumentException malformed) {
                signatureValid = false;
            }
            if (!signatureValid) {
                problems.add("signature does not verify");
            }
        }
        // 8.2.4.2: the registered claims must match the credential.
        check(problems, "iss", text(payload, "iss"), text(payload.get("issuer"), "id"));
        check(problems, "jti", text(payload, "jti"), text(payload, "id"));
        check(problems, "sub", text(payload, "sub"), text(payload.get("credentialSubject"), "id"));
        Instant validFrom = Instant.parse(text(payload, "validFrom"));
        if (!payload.has("nbf") || payload.get("nbf").asLong() != validFrom.getEpochSecond()) {
            problems.add("nbf does not equal validFrom");
        }
        if (now.isBefore(validFrom)) {
            problems.add("not yet valid");
        }
        boolean expired = false;
        if (payload.has("validUntil")) {
            Instant validUntil = Instant.parse(text(payload, "validUntil"));
            if (!payload.has("exp") || payload.get("exp").asLong() != validUntil.getEpochSecond()) {
                problems.add("exp does not equal validUntil");
            }
            expired = now.isAfter(validUntil);
            if (expired) {
                problems.add("expired");
            }
        }
        // 9.1: status by the 1EdTech revocation list.
        boolean revoked = false;
        JsonNode status = payload.get("credentialStatus");
        if (status != null && "1EdTechRevocationList".equals(text(status, "type"))) {
            JsonNode list = JSON.readTree(get(reachable.apply(text(status, "id"))));
            for (JsonNode entry : list.get("revokedCredentials")) {
                revoked |= text(payload, "id").equals(text(entry, "id"));
            }
            if (revoked) {
                problems.add("revoked");
            }
        } else {
            problems.add("no 1EdTechRevocationList status");
        }
        List<String> schemaErrors = SCHEMA.validate(payload).stream().map(Error::toString).toList();
        if (!schemaErrors.isEmpty()) {
            problems.add("schema: " + schemaErrors);
        }
        return new Report(problems, signatureValid, expired, revoked, schemaErrors, payload);
    }

    List<String> schemaErrors(JsonNode credential) {
        return SCHEMA.validate(credential).stream().map(Error::toString).toList();
    }

    /** The issuer profile is at {base}/badges/issuer and its keys at {base}/badges/jwks.json, as its description says. */
    private static String jwksAddress(JsonNode payload) {
        String issuer = text(payload.get("issuer"), "id");
        return issuer.substring(0, issuer.lastIndexOf('/')) + "/jwks.json";
    }

    private static PublicKey publicKey(JsonNode jwk) throws Exception {
        BigInteger n = new BigInteger(1, Base64.getUrlDecoder().decode(text(jwk, "n")));
        BigInteger e = new BigInteger(1, Base64.getUrlDecoder().decode(text(jwk, "e")));
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(n, e));
    }

    static String get(String address) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(address)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(address + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static void check(List<String> problems, String claim, String value, String expected) {
        if (value == null || !value.equals(expected)) {
            problems.add(claim + " " + value + " does not match the credential's " + expected);
        }
    }

    private static String text(JsonNode node, String field) {
        return node == null || node.get(field) == null || node.get(field).isNull() ? null : node.get(field).asString();
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static Schema loadSchema() {
        try (InputStream in = IndependentVerifier.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
