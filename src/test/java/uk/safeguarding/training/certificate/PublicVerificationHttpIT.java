package uk.safeguarding.training.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.support.AsUser;

/**
 * The public look-up over real HTTP, as a scanner or an attacker uses it: no session for anyone, and a forwarded
 * header from a peer that is not a configured proxy changes nothing (here no proxy is configured, the default).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class PublicVerificationHttpIT {

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;
    @Autowired
    CertificateService certificates;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> sessionCookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).toList();
    }

    @Test
    void a_burst_of_anonymous_look_ups_from_qr_codes_creates_no_session() throws Exception {
        String code = AsUser.call(identity, "farhan.ali@demo.test", () -> certificates.mine().getFirst()).getDisplayCode();
        for (int i = 0; i < 30; i++) {
            HttpResponse<String> page = get("/verify/" + code);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Valid certificate", "Farhan Ali", "Check another code");
            assertThat(sessionCookies(page)).as("Set-Cookie of look-up %s", i).isEmpty();
            assertThat(page.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
            assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
        }
        HttpResponse<String> unknown = get("/verify/ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ");
        assertThat(unknown.body()).containsAnyOf("Certificate not found", "Too many codes not found");
        assertThat(sessionCookies(unknown)).isEmpty();
        HttpResponse<String> hostile = get("/verify/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertThat(hostile.body()).doesNotContain("<script>");
        assertThat(sessionCookies(hostile)).isEmpty();
    }

    @Test
    void static_resources_create_no_session() throws Exception {
        HttpResponse<String> styles = get("/styles.css");
        assertThat(styles.statusCode()).isEqualTo(200);
        assertThat(sessionCookies(styles)).isEmpty();
    }

    @Test
    void sessions_are_never_carried_in_addresses() throws Exception {
        HttpResponse<String> signedOut = get("/my-training");
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location")).get().asString().doesNotContainIgnoringCase("jsessionid");
        // A redirect that creates a session, to a client whose cookies are not yet known, is where Tomcat would add it.
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=a%40b.org&password=x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).get().asString().doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void a_forwarded_for_header_from_an_untrusted_peer_does_not_give_each_guess_a_new_address() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(get("/verify/YYYY-YYYY-YYYY-YYYY-YYY" + (char) ('A' + i), "X-Forwarded-For", "198.51.100." + i).body())
                    .contains("Certificate not found");
        }
        assertThat(get("/verify/YYYY-YYYY-YYYY-YYYY-YYYZ", "X-Forwarded-For", "198.51.100.99").body())
                .contains("Too many codes not found");
    }
}
