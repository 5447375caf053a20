package uk.safeguarding.training.xapi.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import uk.safeguarding.training.xapi.XapiProperties;

/**
 * Puts one statement to the LRS under its own id (xAPI 1.0.3, PUT /statements?statementId=...). The LRS keeps one
 * statement per id and answers a repeat of the same statement with 204 as well, which is what makes a resend after
 * a lost answer or a crash harmless.
 */
@Component
class LrsClient {

    /** What became of one try. */
    enum Result {
        /** Stored by the LRS (now or before). */
        SENT,
        /** The LRS refuses this statement for good; trying again cannot help. */
        REJECTED,
        /** Not stored this time: the LRS or the network failed, or refused access; try again later. */
        RETRY
    }

    record Answer(Result result, String detail) {
    }

    private final XapiProperties properties;
    /**
     * Made at the first statement sent, not at start: building a JDK HTTP client loads and initialises TLS (the
     * default SSL context reads the JDK's trusted certificates), which every start paid even with xAPI off
     * (docs/decisions/0038).
     */
    private final SingletonSupplier<HttpClient> http;

    LrsClient(XapiProperties properties) {
        this.properties = properties;
        this.http = SingletonSupplier.of(() -> HttpClient.newBuilder().connectTimeout(properties.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    Answer put(String statementId, String json) {
        // Appended, not URI.resolve: resolving "?statementId=..." (RFC 2396) would drop the last path segment.
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(properties.statementsUri() + "?statementId=" + statementId))
                .timeout(properties.requestTimeout())
                .header("X-Experience-API-Version", "1.0.3")
                .header("Content-Type", "application/json; charset=utf-8")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (properties.username() != null && !properties.username().isBlank()) {
            String pair = properties.username() + ":" + (properties.password() == null ? "" : properties.password());
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response;
        try {
            response = http.obtain().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return new Answer(Result.RETRY, "LRS not reachable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(Result.RETRY, "Interrupted");
        }
        int status = response.statusCode();
        String detail = "HTTP " + status + " " + abbreviate(response.body());
        if (status == 200 || status == 204) {
            return new Answer(Result.SENT, detail);
        }
        // 400: the LRS finds the statement invalid; 409: it holds a different statement under this id; 413: too
        // large. None of these changes on a retry, and retrying would hold back the person's later statements.
        if (status == 400 || status == 409 || status == 413) {
            return new Answer(Result.REJECTED, detail);
        }
        return new Answer(Result.RETRY, detail);
    }

    private static String abbreviate(String body) {
        String text = body == null ? "" : body.strip();
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
