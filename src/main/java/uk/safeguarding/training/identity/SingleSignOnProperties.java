package uk.safeguarding.training.identity;

import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Single sign-on with OpenID Connect is configured with Spring's own properties
 * ({@code spring.security.oauth2.client.registration.<id>.*}); this adds what the matching of accounts needs.
 *
 * @param trustedEmailRegistrations registrations whose {@code email} claim is trusted without an
 *                                  {@code email_verified} claim: only for a single-tenant registration of a directory
 *                                  the organisation runs (Microsoft Entra ID sends no {@code email_verified})
 * @param requiredClaims            per registration, claims that must have exactly the given value, e.g.
 *                                  {@code google.hd=school.org} (the Google Workspace domain) or
 *                                  {@code entra.tid=<tenant id>}: without them, any account at the provider with a
 *                                  verified email equal to a staff address would be accepted
 */
@ConfigurationProperties("training.identity.sso")
public record SingleSignOnProperties(Set<String> trustedEmailRegistrations, Map<String, Map<String, String>> requiredClaims) {

    /** The OAuth2 error code of a sign-in refused because no active account matches; its description is for the person. */
    public static final String REFUSED_ERROR_CODE = "training_account_not_matched";

    public Map<String, String> requiredClaimsOf(String registrationId) {
        return requiredClaims.getOrDefault(registrationId, Map.of());
    }

    public SingleSignOnProperties {
        trustedEmailRegistrations = trustedEmailRegistrations == null ? Set.of() : Set.copyOf(trustedEmailRegistrations);
        requiredClaims = requiredClaims == null ? Map.of() : Map.copyOf(requiredClaims);
    }
}
