package uk.safeguarding.training.browser;

import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.open;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.safeguarding.training.support.WebClient;

/**
 * One running application (the demo organisation on an in-memory database) shared by every browser test, and one
 * headless Chromium per test class. Tests sign in as the demo people and walk what they would do; only the tests
 * about signing in type into the sign-in form ({@link #signInThroughTheForm}), the others get their session over
 * plain HTTP ({@link #signIn}).
 *
 * <p>Every test starts as nobody: the browser's cookies are cleared, and consecutive tests reach the application by
 * two different names ({@code localhost} and {@code 127.0.0.1}, taken in turn), whose cookies and storage the browser
 * keeps apart, so a late answer to the previous test's last requests (Vaadin's unload beacon, say) cannot set a cookie
 * on the site the next test uses. Two names rather than one per test, so each keeps its cached scripts.
 *
 * <p>The first try at a shared browser and HTTP sign-in (reverted) sent some tests to the sign-in page: the session
 * cookie was handed over by opening a page of the site and adding the cookie there. Reproduced here: the first test on
 * each host name landed on the sign-in page, later ones on the same name passed. The likely cause: that first visit
 * made Chromium ask for {@code /favicon.ico}, and its answer, a new anonymous session, arrived after the cookie was
 * added and replaced it. The cookie is now set through the DevTools protocol before
 * the browser opens any page of the site ({@link Browser#setSessionCookie}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@DisabledIfSystemProperty(named = "skipBrowserTests", matches = "true")
public abstract class BrowserTestBase {

    public static final String PASSWORD = "demo-password";

    private static final List<String> HOSTS = List.of("localhost", "127.0.0.1");
    private static final AtomicInteger TESTS = new AtomicInteger();

    @LocalServerPort
    private int port;

    @BeforeEach
    void startBrowser() {
        Browser.configure(1280, 900);
        com.codeborne.selenide.Configuration.baseUrl = "http://" + HOSTS.get(TESTS.getAndIncrement() % 2) + ":" + port;
        if (WebDriverRunner.hasWebDriverStarted()) {
            Browser.forgetEverything(WebDriverRunner.getWebDriver());
        }
    }

    @AfterAll
    static void closeBrowser() {
        Selenide.closeWebDriver();
    }

    /**
     * Signs in as a person who knows their password, without typing into the sign-in form: the form is posted over
     * plain HTTP as the browser would post it (the sign-in page first, then the form with its CSRF token), the browser
     * takes the session cookie and opens the page the sign-in sent the person to. A refused sign-in goes through the
     * form instead, so the person sees the form's message. The form itself is tested by the tests about signing in,
     * which call {@link #signInThroughTheForm}.
     */
    protected void signIn(String email, String password) {
        HttpResponse<String> answer;
        WebClient visitor = new WebClient(URI.create(com.codeborne.selenide.Configuration.baseUrl));
        try {
            answer = visitor.signIn(email, password);
        } catch (Exception e) {
            throw new IllegalStateException("Could not sign in " + email + " over HTTP", e);
        }
        String landing = answer.headers().firstValue("Location").orElse("");
        Optional<HttpCookie> session = visitor.sessionCookie();
        if (answer.statusCode() != 302 || landing.contains("/login") || session.isEmpty()) {
            signInThroughTheForm(email, password);
            return;
        }
        Browser.setSessionCookie(WebDriverRunner.getAndCheckWebDriver(), com.codeborne.selenide.Configuration.baseUrl,
                session.get().getValue());
        open(URI.create(landing).getRawPath());
        $("vaadin-button.sign-out, vaadin-password-field").shouldBe(visible);
    }

    /**
     * Signs in through the form and waits until the sign-in has been answered: the browser has left the login page,
     * or it shows the login page again with the error. Opening another address before that would abort the sign-in
     * on a busy machine.
     */
    protected void signInThroughTheForm(String email, String password) {
        open("/login");
        $("input[name=username]").shouldBe(visible).setValue(email);
        $("input[name=password]").setValue(password);
        $("form.login-form button[type=submit]").click();
        Selenide.Wait().until(d -> {
            String path = java.net.URI.create(WebDriverRunner.url()).getPath();
            return !path.endsWith("/login") || WebDriverRunner.url().contains("error");
        });
        if (!WebDriverRunner.url().contains("error")) {
            $("vaadin-button.sign-out, vaadin-password-field, h1").shouldBe(visible);
        }
    }

    protected void signOut() {
        $("vaadin-button.sign-out").click();
        $("input[name=username]").shouldBe(visible);
    }

    /**
     * Waits until Vaadin has finished the round trip, so the page is scanned as a person would see it. A plain page
     * without scripts (the QR-code verification page) is settled once loaded.
     */
    protected void settled() {
        Selenide.Wait().until(d -> Boolean.TRUE.equals(Selenide.executeJavaScript(
                "return (document.readyState === 'complete' && document.scripts.length === 0) || !!window.Vaadin && !!window.Vaadin.Flow && window.Vaadin.Flow.clients && "
                        + "Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())")));
    }

    /**
     * Runs axe on the current page and fails on any serious or critical violation of WCAG 2.x A/AA rules, including
     * axe's experimental ones (axe-core 4.11 keeps WCAG 2.5.3 label-in-name, {@code label-content-name-mismatch},
     * among them and switched off unless asked for).
     */
    protected void assertAccessible() {
        settled();
        assertNoSeriousViolations();
    }

    /** The scan of {@link #assertAccessible()} alone, for a page that is not a Vaadin view (it decides when it is settled). */
    protected void assertNoSeriousViolations() {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice", "experimental"))
                .analyze(WebDriverRunner.getWebDriver());
        Set<String> blocking = Set.of("serious", "critical");
        List<Rule> problems = results.getViolations().stream().filter(v -> blocking.contains(v.getImpact())).toList();
        assertThat(problems)
                .as(() -> "Accessibility violations on " + WebDriverRunner.url() + ":\n" + problems.stream()
                        .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                                + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n")))
                .isEmpty();
    }
}
