package uk.safeguarding.training.xapi;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sending xAPI statements to a learning record store (LRS). Off while {@code endpoint} is blank: then nothing is
 * written to the outbox either. See README, "xAPI statements", and docs/decisions/0027-xapi-statements-through-an-outbox.md.
 *
 * @param endpoint       the LRS's xAPI base address, e.g. {@code https://lrs.example.org/xapi/}; statements go to
 *                       {@code <endpoint>statements}
 * @param username       HTTP Basic user (the LRS's key); blank sends no Authorization header
 * @param password       HTTP Basic password (the LRS's secret)
 * @param actor          {@code account} (default): an opaque random id per person under {@code homePage};
 *                       {@code mbox}: the person's email address, which hands the LRS personal data
 * @param homePage       the app's public address: the {@code homePage} of actor accounts and the root of every
 *                       activity id; must not change once statements are sent
 * @param sendInterval   pause between two runs of the sender on each instance
 * @param retryInitial   wait after the first failure; doubled after each further failure of the same statement
 * @param retryMax       the longest wait between two tries
 * @param claimFor       how long an instance holds a statement it is sending; longer than {@code requestTimeout}
 * @param requestTimeout the longest wait for the LRS's answer to one statement
 */
@ConfigurationProperties("training.xapi")
public record XapiProperties(String endpoint, String username, String password, String actor, String homePage,
                             Duration sendInterval, Duration retryInitial, Duration retryMax, Duration claimFor,
                             Duration requestTimeout) {

    /** How a person appears in statements. */
    public enum ActorFormat {
        ACCOUNT,
        MBOX
    }

    public XapiProperties {
        endpoint = blankToNull(endpoint);
        actor = actor == null || actor.isBlank() ? "account" : actor.strip();
        homePage = blankToNull(homePage);
        sendInterval = orDefault(sendInterval, Duration.ofSeconds(10));
        retryInitial = orDefault(retryInitial, Duration.ofSeconds(30));
        retryMax = orDefault(retryMax, Duration.ofHours(1));
        requestTimeout = orDefault(requestTimeout, Duration.ofSeconds(10));
        claimFor = orDefault(claimFor, requestTimeout.multipliedBy(6));
        if (endpoint != null) {
            requireHttp("training.xapi.endpoint", endpoint);
            if (homePage == null) {
                throw new IllegalArgumentException("training.xapi.home-page (XAPI_HOME_PAGE, or PUBLIC_BASE_URL) must be"
                        + " set to the app's public address when training.xapi.endpoint is set: it names the accounts"
                        + " and activities in every statement");
            }
            requireHttp("training.xapi.home-page", homePage);
            actorFormat(actor);
            if (claimFor.compareTo(requestTimeout) <= 0) {
                throw new IllegalArgumentException("training.xapi.claim-for must be longer than training.xapi.request-timeout");
            }
        }
    }

    public boolean enabled() {
        return endpoint != null;
    }

    public ActorFormat actorFormat() {
        return actorFormat(actor);
    }

    /** The address statements are PUT to. */
    public URI statementsUri() {
        return URI.create(endpoint.endsWith("/") ? endpoint + "statements" : endpoint + "/statements");
    }

    /** The root of activity ids and the account home page, without a trailing slash. */
    public String base() {
        return homePage.replaceAll("/+$", "");
    }

    /** Exponential backoff: {@code retryInitial} after the first failure, doubling, never more than {@code retryMax}. */
    public Duration delayAfter(int failures) {
        Duration delay = retryInitial;
        for (int i = 1; i < failures && delay.compareTo(retryMax) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(retryMax) > 0 ? retryMax : delay;
    }

    private static ActorFormat actorFormat(String actor) {
        try {
            return ActorFormat.valueOf(actor.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("training.xapi.actor must be account or mbox, not '" + actor + "'");
        }
    }

    private static void requireHttp(String name, String value) {
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " is not an address: " + value);
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null) {
            throw new IllegalArgumentException(name + " must be an http or https address, not " + value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Duration orDefault(Duration value, Duration fallback) {
        return value == null ? fallback : value;
    }
}
