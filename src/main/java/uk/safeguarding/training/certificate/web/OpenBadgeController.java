package uk.safeguarding.training.certificate.web;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import uk.safeguarding.training.certificate.OpenBadgeService;

/**
 * The public documents an Open Badges verifier fetches (docs/decisions/0024): the issuer profile, the public keys
 * (every key ever used, as a JWK Set, and each on its own at the address a credential's kid names) and the revocation
 * list. Public, read-only, without a session; any origin may read them.
 */
@RestController
@CrossOrigin(origins = "*", methods = RequestMethod.GET, allowCredentials = "false", maxAge = 3600)
class OpenBadgeController {

    private static final MediaType JSON = MediaType.APPLICATION_JSON;
    private final OpenBadgeService badges;

    OpenBadgeController(OpenBadgeService badges) {
        this.badges = badges;
    }

    @GetMapping(value = "/badges/issuer", produces = "application/json")
    ResponseEntity<String> issuer() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5))).contentType(JSON)
                .body(badges.issuerProfile());
    }

    @GetMapping(value = "/badges/jwks.json", produces = "application/json")
    ResponseEntity<String> jwks() {
        // Short caching: after a rotation the new key must be found soon by verifiers of new credentials.
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5))).contentType(JSON)
                .body(badges.jwks());
    }

    @GetMapping(value = "/badges/keys/{keyId}", produces = "application/json")
    ResponseEntity<String> key(@PathVariable String keyId) {
        return badges.publicKey(keyId)
                .map(jwk -> ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(1))).contentType(JSON).body(jwk))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping(value = "/badges/revocations", produces = "application/json")
    ResponseEntity<String> revocations() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(JSON).body(badges.revocationList());
    }
}
