package uk.safeguarding.training.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Headers and open endpoints, checked on real HTTP responses from the running application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class SecurityHeadersIT {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pages_carry_the_security_headers() throws Exception {
        HttpResponse<String> login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(login.headers().firstValue("Permissions-Policy")).isPresent();
        assertThat(login.headers().firstValue("Strict-Transport-Security")).as("only over HTTPS").isEmpty();
    }

    @Test
    void health_is_public_and_the_rest_of_actuator_and_the_h2_console_are_not() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components");
        assertThat(get("/actuator/metrics").statusCode()).isIn(302, 401, 403);
        assertThat(get("/actuator/env").statusCode()).isIn(302, 401, 403, 404);
        assertThat(get("/h2-console").statusCode()).isNotEqualTo(200);
    }

    @Test
    void signed_out_requests_for_pages_go_to_sign_in() throws Exception {
        HttpResponse<String> team = get("/team");
        assertThat(team.statusCode()).isEqualTo(302);
        assertThat(team.headers().firstValue("Location")).get().asString().endsWith("/login");
    }
}
