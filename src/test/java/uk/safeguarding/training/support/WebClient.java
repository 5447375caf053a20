package uk.safeguarding.training.support;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One visitor talking plain HTTP to the running application, past any browser: its own cookies, no redirects
 * followed, so tests see exactly what the server answers.
 */
public final class WebClient {

    private static final Pattern CSRF_PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public WebClient(int port) {
        this(URI.create("http://localhost:" + port));
    }

    /** A visitor of the application at this address (scheme, host and port; no path). */
    public WebClient(URI base) {
        this.base = base.toString();
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form POST, as a browser submits one, with the given extra headers. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields, String... headers) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the sign-in page and returns the CSRF field its form sends (name and value, from the page's meta tags). */
    public Map.Entry<String, String> csrfFieldOfLoginPage() throws Exception {
        String page = get("/login").body();
        Matcher name = CSRF_PARAMETER.matcher(page);
        Matcher token = CSRF_TOKEN.matcher(page);
        if (!name.find() || !token.find()) {
            throw new AssertionError("The sign-in page carries no CSRF meta tags for its form");
        }
        return Map.entry(name.group(1), token.group(1));
    }

    /** Signs in through the login form as a browser would: the page first, then the form with its CSRF token. */
    public HttpResponse<String> signIn(String email, String password) throws Exception {
        Map.Entry<String, String> csrf = csrfFieldOfLoginPage();
        return postForm("/login", Map.of("username", email, "password", password, csrf.getKey(), csrf.getValue()));
    }

    /** The session cookie the server last set, if any. */
    public java.util.Optional<HttpCookie> sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID")).findFirst();
    }

    public boolean hasSessionCookie() {
        return cookies.getCookieStore().getCookies().stream().map(HttpCookie::getName).anyMatch("JSESSIONID"::equals);
    }
}
