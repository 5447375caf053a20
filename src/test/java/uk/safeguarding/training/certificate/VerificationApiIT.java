package uk.safeguarding.training.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.support.AsUser;

/**
 * GET /api/verify/{code} over real HTTP, as a client on another site and as an attacker: the same answer as the
 * verify page (one VerificationService), the same per-client limit on codes not found under a parallel burst, CORS
 * for reading only, and no session. Same context as OpenBadgeIT: requests from this machine may name their client
 * in X-Forwarded-For, so each test counts against an address of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = OpenBadgeIT.TRUSTED_PROXIES)
@ActiveProfiles({"test", "demo"})
class VerificationApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;
    @Autowired
    CertificateService certificates;
    @Autowired
    VerificationService verification;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String code, String client, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/verify/" + code))
                .header("X-Forwarded-For", client);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String uniqueClient() {
        return "198.18." + (int) (Math.random() * 250) + "." + (1 + (int) (Math.random() * 250));
    }

    private Certificate certificateOf(String email) {
        return AsUser.call(identity, email, () -> certificates.mine().getFirst());
    }

    @Test
    void answers_what_the_verify_page_shows_as_json() throws Exception {
        for (String email : List.of("farhan.ali@demo.test", "harry.jones@demo.test")) {
            Certificate certificate = certificateOf(email);
            HttpResponse<String> response = get(certificate.getDisplayCode(), uniqueClient());
            Verification expected = verification.verify(certificate.getCode(), "203.0.113.60");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.get("status").asString()).isEqualTo(expected.outcome().name().toLowerCase(Locale.ROOT));
            assertThat(body.get("code").asString()).isEqualTo(certificate.getDisplayCode());
            assertThat(body.get("name").asString()).isEqualTo(expected.learnerName());
            assertThat(body.get("course").asString()).isEqualTo(expected.courseTitle());
            assertThat(body.get("courseVersion").asInt()).isEqualTo(certificate.getCourseVersionNumber());
            assertThat(body.get("completedOn").asString()).isEqualTo(expected.completedOn().toString());
            assertThat(body.get("validUntil").asString()).isEqualTo(expected.validUntil().toString());
            assertThat(body.get("detailsWithheld").asBoolean()).isFalse();
            assertThat(response.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
        }
        assertThat(JSON.readTree(get(certificateOf("farhan.ali@demo.test").getDisplayCode(), uniqueClient()).body())
                .get("status").asString()).isEqualTo("valid");
        assertThat(JSON.readTree(get(certificateOf("harry.jones@demo.test").getCode().toLowerCase(Locale.ROOT), uniqueClient())
                .body()).get("status").asString()).isEqualTo("expired");

        HttpResponse<String> unknown = get("ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ", uniqueClient());
        assertThat(unknown.statusCode()).isEqualTo(404);
        JsonNode notFound = JSON.readTree(unknown.body());
        assertThat(notFound.get("status").asString()).isEqualTo("not_found");
        assertThat(notFound.get("name").isNull()).isTrue();
    }

    @Test
    void a_parallel_burst_of_unknown_codes_is_throttled_like_the_page_while_real_codes_are_still_answered() throws Exception {
        String client = uniqueClient();
        int parallel = 30;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> calls = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(parallel)) {
            for (int i = 0; i < parallel; i++) {
                String code = "QQQQQQQQQQQQQQQQQQ" + (char) ('A' + i % 20) + (char) ('A' + i / 20);
                calls.add(pool.submit(() -> {
                    start.await();
                    return get(code, client);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> call : calls) {
                HttpResponse<String> response = call.get();
                statuses.add(response.statusCode());
                if (response.statusCode() == 429) {
                    JsonNode body = JSON.readTree(response.body());
                    assertThat(body.get("status").asString()).isEqualTo("too_many_attempts");
                    assertThat(body.get("tryAgainAfter").asString()).isNotBlank();
                    assertThat(response.headers().firstValue("Retry-After")).isPresent();
                }
            }
            assertThat(statuses).filteredOn(s -> s == 404).hasSize(10);
            assertThat(statuses).filteredOn(s -> s == 429).hasSize(parallel - 10);
        }
        // One limit for the API and the page, per client: the page now refuses this client's unknown codes too ...
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/verify/WWWW-WWWW-WWWW-WWWW-WWWW")).header("X-Forwarded-For", client).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains("Too many codes not found");
        // ... while a real code is always answered, and other clients are not affected.
        String real = certificateOf("farhan.ali@demo.test").getDisplayCode();
        assertThat(get(real, client).statusCode()).isEqualTo(200);
        assertThat(get("WWWW-WWWW-WWWW-WWWW-WWWW", uniqueClient()).statusCode()).isEqualTo(404);
    }

    @Test
    void any_site_may_read_it_but_not_with_credentials_and_nothing_else_than_get() throws Exception {
        String code = certificateOf("farhan.ali@demo.test").getDisplayCode();
        HttpResponse<String> cors = get(code, uniqueClient(), "Origin", "https://employer.example");
        assertThat(cors.statusCode()).isEqualTo(200);
        assertThat(cors.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(cors.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(cors.headers().allValues("Set-Cookie")).isEmpty();

        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/verify/" + code))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://employer.example").header("Access-Control-Request-Method", "GET").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).get().asString().contains("GET")
                .doesNotContain("POST", "DELETE");
        assertThat(preflight.headers().allValues("Set-Cookie")).isEmpty();

        HttpResponse<String> deletePreflight = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/verify/" + code))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://employer.example").header("Access-Control-Request-Method", "DELETE").build(),
                HttpResponse.BodyHandlers.ofString());
        // No permission to send it: the browser then refuses to send the DELETE at all.
        assertThat(deletePreflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(deletePreflight.headers().firstValue("Access-Control-Allow-Methods").orElse("")).doesNotContain("DELETE");

        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/verify/" + code))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        // Like a POST to any address that is not a form of the app (the sign-in page then keeps a session for it).
        assertThat(post.statusCode()).as("refused, or sent to the sign-in page").isIn(302, 401, 403, 405);

        HttpResponse<String> hostile = get("%3Cscript%3Ealert(1)", uniqueClient());
        assertThat(hostile.statusCode()).isEqualTo(404);
        assertThat(hostile.body()).doesNotContain("<script");
        assertThat(hostile.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void the_openapi_file_names_exactly_the_fields_the_api_returns() throws Exception {
        JsonNode openApi = tools.jackson.dataformat.yaml.YAMLMapper.builder().build()
                .readTree(java.nio.file.Path.of("docs/openapi.yaml").toFile());
        JsonNode documented = openApi.get("components").get("schemas").get("Verification").get("properties");
        JsonNode returned = JSON.readTree(get(certificateOf("farhan.ali@demo.test").getDisplayCode(), uniqueClient()).body());
        assertThat(documented.propertyNames()).containsExactlyInAnyOrderElementsOf(returned.propertyNames());
        assertThat(openApi.get("paths").has("/api/verify/{code}")).isTrue();
    }

    @Test
    void a_burst_of_look_ups_creates_no_session() throws Exception {
        String code = certificateOf("farhan.ali@demo.test").getDisplayCode();
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> response = get(code + "?n=" + UUID.randomUUID(), uniqueClient());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie")).as("look-up %s", i).isEmpty();
        }
    }
}
