package uk.safeguarding.training.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One simulated learner's browser, speaking Vaadin Flow's own client-server protocol: the sign-in form with
 * Spring Security's CSRF token, the bootstrap page, {@code ?v-r=init}, then UIDL messages ({@code ?v-r=uidl})
 * carrying the UI's security key, the sync id and the client id, with DOM events (clicks, {@code ui-navigate},
 * {@code value-changed}) and property syncs, applying each response's changes to a {@link UiTree}. Cookies are kept
 * by hand: the session cookie is marked Secure in production, and the load balancer's sticky cookie beside it.
 */
final class LearnerClient {

    /** The server no longer knows this session (the node went, or drained): the learner must sign in again. */
    static final class SessionLost extends Exception {
        SessionLost(String message) {
            super(message);
        }
    }

    /** The server answered, but not as a working application would (5xx, an error in the UIDL, a missing element). */
    static final class UiError extends Exception {
        UiError(String message) {
            super(message);
        }
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern PAGE = Pattern.compile("^Page (\\d+) of (\\d+)$");
    private static final Pattern MODULE = Pattern.compile("^Module (\\d+) of (\\d+): .*");

    private final HttpClient http;
    private final String base;
    private final StepStats stats;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final UiTree tree = new UiTree();
    private String securityKey;
    private int uiId;
    private int syncId;
    private int clientId;

    LearnerClient(HttpClient http, String base, StepStats stats) {
        this.http = http;
        this.base = base;
        this.stats = stats;
    }

    /** The load balancer's sticky cookie: which instance this learner is on. */
    String instance() {
        return cookies.getOrDefault("SERVERID", "?");
    }

    StepStats stats() {
        return stats;
    }

    UiTree tree() {
        return tree;
    }

    /**
     * Signs in with the form, as the browser does: GET /login, then POST /login with the CSRF token.
     *
     * @return false when the instance turned the sign-in away unchecked because too many people were signing in
     *         ({@code /login?busy}, decision 0030): the person is to try again in a moment; not an error
     */
    boolean signIn(String email, String password) throws SessionLost, UiError {
        cookies.remove("JSESSIONID");
        long start = System.nanoTime();
        HttpResponse<String> page = send("sign-in", HttpRequest.newBuilder(uri("/login")).GET());
        if (page.statusCode() != 200) {
            throw failed("sign-in", "GET /login answered " + page.statusCode());
        }
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw failed("sign-in", "no CSRF token on /login");
        }
        String form = "username=" + enc(email) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> posted = send("sign-in", HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = posted.headers().firstValue("Location").orElse("");
        if (posted.statusCode() == 302 && location.endsWith("/login?busy")) {
            // Its requests are counted under sign-in, where they were sent; this step counts the answers.
            stats.record("sign-in-busy", System.nanoTime() - start);
            return false;
        }
        if (posted.statusCode() != 302 || location.contains("error")) {
            throw failed("sign-in", "POST /login answered " + posted.statusCode() + " " + location);
        }
        stats.record("sign-in", System.nanoTime() - start);
        return true;
    }

    /** A full page load of a route: the bootstrap HTML, {@code v-r=init}, then the client router's navigation. */
    void load(String route, String step) throws SessionLost, UiError {
        long start = System.nanoTime();
        HttpResponse<String> html = send(step, HttpRequest.newBuilder(uri("/" + route)).GET());
        if (html.statusCode() == 302 || html.request().uri().getPath().equals("/login")) {
            throw lost(step, "redirected to sign-in (" + html.headers().firstValue("Location").orElse("/login") + ")");
        }
        if (html.statusCode() != 200) {
            throw failed(step, "GET /" + route + " answered " + html.statusCode());
        }
        HttpResponse<String> init = send(step, HttpRequest.newBuilder(
                uri("/?v-r=init&location=" + enc(route) + "&query=")).GET());
        if (init.statusCode() != 200) {
            throw failed(step, "init answered " + init.statusCode());
        }
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        JsonNode uidl = config.path("uidl");
        if (uidl.isMissingNode()) {
            throw failed(step, "init without UIDL");
        }
        tree.clear();
        uiId = config.path("v-uiId").asInt();
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
        tree.apply(uidl.path("changes"));
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "");
        uidl(step, List.of(event(1, "ui-navigate", data)));
        stats.record(step, System.nanoTime() - start);
    }

    /** Clicks the enabled element with exactly this text; one UIDL round trip. */
    void click(String label, String step) throws SessionLost, UiError {
        UiTree.Node target = tree.clickable(label).orElseThrow(() -> failed(step, "no \"" + label + "\" to click"));
        timed(step, List.of(event(target.id, "click", clickData())));
    }

    /** Sends the messages of one step as one UIDL request and records its latency. */
    void timed(String step, List<ObjectNode> rpc) throws SessionLost, UiError {
        long start = System.nanoTime();
        uidl(step, rpc);
        stats.record(step, System.nanoTime() - start);
    }

    /** Chooses an option of a radio or checkbox group, as the web component reports it: property sync plus event. */
    void choose(UiTree.Node group, JsonNode value, String step) throws SessionLost, UiError {
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", group.id);
        sync.put("feature", UiTree.PROPERTIES);
        sync.put("property", "value");
        sync.set("value", value);
        timed(step, List.of(sync, event(group.id, "value-changed", JSON.createObjectNode())));
    }

    static ObjectNode event(int node, String event, ObjectNode data) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", event);
        rpc.set("data", data);
        return rpc;
    }

    static ObjectNode clickData() {
        ObjectNode data = JSON.createObjectNode();
        for (String key : List.of("event.shiftKey", "event.metaKey", "event.ctrlKey", "event.altKey")) {
            data.put(key, false);
        }
        data.put("event.detail", 1);
        data.put("event.button", 0);
        for (String key : List.of("event.clientX", "event.clientY", "event.screenX", "event.screenY")) {
            data.put(key, 10);
        }
        return data;
    }

    static ArrayNode array() {
        return JSON.createArrayNode();
    }

    static JsonNode text(String value) {
        return JSON.getNodeFactory().stringNode(value);
    }

    private void uidl(String step, List<ObjectNode> rpc) throws SessionLost, UiError {
        ObjectNode body = JSON.createObjectNode();
        body.put("csrfToken", securityKey);
        ArrayNode calls = body.putArray("rpc");
        rpc.forEach(calls::add);
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        HttpResponse<String> response = send(step, HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        if (response.statusCode() == 401 || response.statusCode() == 403 || response.statusCode() == 302) {
            throw lost(step, "UIDL answered " + response.statusCode());
        }
        if (response.statusCode() != 200) {
            throw failed(step, "UIDL answered " + response.statusCode());
        }
        String text = response.body();
        if (text.startsWith("for(;;);")) {
            text = text.substring("for(;;);".length());
        }
        JsonNode json = JSON.readTree(text);
        if (json.isArray()) {
            json = json.path(0);
        }
        JsonNode meta = json.path("meta");
        if (meta.path("sessionExpired").asBoolean(false)) {
            throw lost(step, "session expired");
        }
        if (meta.has("appError") || json.has("appError")) {
            throw failed(step, "application error " + meta.path("appError"));
        }
        if (!json.has("syncId")) {
            throw lost(step, "not a UIDL response: " + abbreviate(text));
        }
        syncId = json.path("syncId").asInt();
        clientId = json.path("clientId").asInt();
        tree.apply(json.path("changes"));
    }

    private HttpResponse<String> send(String step, HttpRequest.Builder request) throws UiError, SessionLost {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        request.timeout(Duration.ofSeconds(30));
        stats.request(step);
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw failed(step, "I/O: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(step, "interrupted");
        }
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        if (response.statusCode() >= 500) {
            throw failed(step, step + " answered " + response.statusCode());
        }
        return response;
    }

    /** "Page 3 of 7" of the player view shown now, with its module number; empty on other views. */
    Optional<int[]> position() {
        Integer module = null;
        Integer page = null;
        for (String text : tree.texts()) {
            Matcher m = MODULE.matcher(text.trim());
            if (m.matches() && module == null) {
                module = Integer.parseInt(m.group(1));
            }
            Matcher p = PAGE.matcher(text.trim());
            if (p.matches()) {
                page = Integer.parseInt(p.group(1));
            }
        }
        return module == null || page == null ? Optional.empty() : Optional.of(new int[] {module, page});
    }

    boolean hasText(String text) {
        return tree.texts().stream().anyMatch(t -> t.trim().equals(text));
    }

    private UiError failed(String step, String message) {
        stats.error(step);
        return new UiError(step + ": " + message);
    }

    private SessionLost lost(String step, String message) {
        stats.sessionLost(step);
        return new SessionLost(step + ": " + message);
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
