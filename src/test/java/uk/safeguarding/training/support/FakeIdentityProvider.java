package uk.safeguarding.training.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * An OpenID Connect provider's token and key endpoints on a local port, so a sign-in runs end to end without the
 * network: the test plays the browser at the authorization step and tells this provider which person the code
 * stands for.
 */
public final class FakeIdentityProvider {

    public static final String ISSUER = "https://idp.example.test";

    private final HttpServer server;
    private final RSAKey key;
    private final Map<String, String> idTokensByCode = new ConcurrentHashMap<>();

    private FakeIdentityProvider(HttpServer server, RSAKey key) {
        this.server = server;
        this.key = key;
    }

    public static FakeIdentityProvider start() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("test-key").generate();
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeIdentityProvider provider = new FakeIdentityProvider(server, key);
            server.createContext("/jwks", exchange -> provider.answer(exchange, 200,
                    new JWKSet(key.toPublicJWK()).toString()));
            server.createContext("/token", provider::token);
            server.start();
            return provider;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String tokenUri() {
        return "http://localhost:" + server.getAddress().getPort() + "/token";
    }

    public String jwkSetUri() {
        return "http://localhost:" + server.getAddress().getPort() + "/jwks";
    }

    /** The next token request with this code gets an ID token with these claims (plus issuer, audience, times). */
    public void willAnswer(String code, String clientId, String nonce, Map<String, Object> claims) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder token = new JWTClaimsSet.Builder().issuer(ISSUER).subject("subject-" + code)
                .audience(clientId).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", nonce);
        claims.forEach(token::claim);
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), token.build());
            jwt.sign(new RSASSASigner(key));
            idTokensByCode.put(code, jwt.serialize());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = Arrays.stream(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(p -> decode(p[0]), p -> p.length > 1 ? decode(p[1]) : ""));
        String idToken = idTokensByCode.remove(form.getOrDefault("code", ""));
        if (idToken == null) {
            answer(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        answer(exchange, 200, "{\"access_token\":\"access-" + form.get("code") + "\",\"token_type\":\"Bearer\","
                + "\"expires_in\":300,\"scope\":\"openid email\",\"id_token\":\"" + idToken + "\"}");
    }

    private void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
