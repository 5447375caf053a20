package uk.safeguarding.training.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditEntry;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.support.FakeIdentityProvider;

/**
 * Single sign-on configured by properties only (explicit endpoints, no discovery), run end to end against a local
 * fake provider: the test plays the browser. The button on the login page: browser.SingleSignOnLoginIT. Only existing, active accounts get in, with their roles from the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.security.oauth2.client.registration.example.client-id=" + SingleSignOnIT.CLIENT_ID,
        "spring.security.oauth2.client.registration.example.client-secret=not-a-secret",
        "spring.security.oauth2.client.registration.example.client-name=Example ID",
        "spring.security.oauth2.client.registration.example.scope=openid,email",
        "spring.security.oauth2.client.registration.example.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.example.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.example.authorization-uri=" + SingleSignOnIT.AUTHORIZE,
        "spring.security.oauth2.client.provider.example.user-name-attribute=sub"})
@ActiveProfiles({"test", "demo"})
class SingleSignOnIT {

    static final String CLIENT_ID = "training-app";
    static final String AUTHORIZE = FakeIdentityProvider.ISSUER + "/authorize";
    static final FakeIdentityProvider PROVIDER = FakeIdentityProvider.start();

    @DynamicPropertySource
    static void providerEndpoints(DynamicPropertyRegistry properties) {
        properties.add("spring.security.oauth2.client.provider.example.token-uri", PROVIDER::tokenUri);
        properties.add("spring.security.oauth2.client.provider.example.jwk-set-uri", PROVIDER::jwkSetUri);
    }

    @LocalServerPort
    int port;
    @Autowired
    AuditLog audit;

    /** One browser: its own cookies, redirects looked at one by one. */
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String pathOrUrl) throws Exception {
        URI uri = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : "http://localhost:" + port + pathOrUrl);
        return browser.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> query(String location) {
        return Arrays.stream(URI.create(location).getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }

    /** Starts the sign-in, lets the provider vouch for these claims, and returns where the app sends the browser. */
    private String signInWithProvider(Map<String, Object> claims) throws Exception {
        HttpResponse<String> start = get("/oauth2/authorization/example");
        assertThat(start.statusCode()).isEqualTo(302);
        Map<String, String> authorization = query(start.headers().firstValue("Location").orElseThrow());
        String code = UUID.randomUUID().toString();
        PROVIDER.willAnswer(code, CLIENT_ID, authorization.get("nonce"), claims);
        HttpResponse<String> callback = get(authorization.get("redirect_uri") + "?code=" + code + "&state="
                + authorization.get("state"));
        assertThat(callback.statusCode()).isEqualTo(302);
        return callback.headers().firstValue("Location").orElseThrow();
    }

    private AuditEntry lastOf(AuditAction action, String subject) {
        return audit.byAction(action).stream().filter(e -> e.getSubject().equals(subject)).findFirst().orElseThrow();
    }

    @Test
    void the_providers_address_redirects_to_the_configured_authorization_uri() throws Exception {
        HttpResponse<String> start = get("/oauth2/authorization/example");
        assertThat(start.statusCode()).isEqualTo(302);
        String location = start.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(AUTHORIZE + "?");
        Map<String, String> parameters = query(location);
        assertThat(parameters).containsEntry("response_type", "code").containsEntry("client_id", CLIENT_ID)
                .containsEntry("scope", "openid email")
                .containsEntry("redirect_uri", "http://localhost:" + port + "/login/oauth2/code/example")
                .containsKeys("state", "nonce");
    }

    @Test
    void a_verified_email_of_an_active_account_signs_in_with_that_accounts_roles_and_is_audited() throws Exception {
        String next = signInWithProvider(Map.of("email", "Admin@Demo.test", "email_verified", true));

        assertThat(next).doesNotContain("error").endsWith("/");
        assertThat(get("/actuator/metrics").statusCode()).as("an administrator, by the database").isEqualTo(200);
        AuditEntry entry = lastOf(AuditAction.SIGN_IN, "admin@demo.test");
        assertThat(entry.getActor()).isEqualTo("admin@demo.test");
        assertThat(entry.getDetails()).isEqualTo("Single sign-on with Example ID");
    }

    @Test
    void a_learner_signed_in_by_the_provider_is_still_only_a_learner() throws Exception {
        signInWithProvider(Map.of("email", "aisha.khan@demo.test", "email_verified", true));

        assertThat(get("/actuator/metrics").statusCode()).isEqualTo(403);
    }

    @Test
    void an_email_without_an_account_goes_back_to_the_login_page_and_is_audited_as_a_failure() throws Exception {
        String next = signInWithProvider(Map.of("email", "stranger@elsewhere.test", "email_verified", true));

        assertThat(next).endsWith("/login?error");
        assertThat(get("/actuator/metrics").statusCode()).as("not signed in").isIn(302, 401);
        AuditEntry entry = lastOf(AuditAction.SIGN_IN_FAILED, "stranger@elsewhere.test");
        assertThat(entry.getDetails()).startsWith("No account for this email");
    }

    @Test
    void an_unverified_email_is_refused_even_for_an_existing_account() throws Exception {
        String next = signInWithProvider(Map.of("email", "manager@demo.test", "email_verified", false));

        assertThat(next).endsWith("/login?error");
        assertThat(lastOf(AuditAction.SIGN_IN_FAILED, "manager@demo.test").getDetails()).isEqualTo("Email not verified by Example ID");
    }
}
