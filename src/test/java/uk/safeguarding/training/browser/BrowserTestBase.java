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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.openqa.selenium.Cookie;
import org.springframework.test.context.ActiveProfiles;
import uk.safeguarding.training.support.WebClient;

/**
 * One running application (the demo organisation on an in-memory database) shared by every browser test, and one
 * headless Chromium per test class (its cookies and storage are cleared before each test, so every test starts as
 * nobody). Tests sign in as the demo people and walk what they would do; only the tests about signing in type into
 * the sign-in form (see {@link #signInThroughTheForm}), the others get their session over plain HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@DisabledIfSystemProperty(named = "skipBrowserTests", matches = "true")
public abstract class BrowserTestBase {

    public static final String PASSWORD = "demo-password";

    @LocalServerPort
    private int port;

    @BeforeEach
    void startBrowser() {
        Browser.configure(1280, 900);
        com.codeborne.selenide.Configuration.baseUrl = "http://localhost:" + port;
        if (WebDriverRunner.hasWebDriverStarted()) {
            Browser.forgetEverything(WebDriverRunner.getWebDriver(), com.codeborne.selenide.Configuration.baseUrl);
        }
    }

    @AfterAll
    static void closeBrowser() {
        Selenide.closeWebDriver();
    }

    /**
     * Signs in as a person who knows their password, without the sign-in form: the form is posted over plain HTTP
     * (the sign-in page first, then the form with its CSRF token, exactly as {@link #signInThroughTheForm} would send
     * it), and the browser takes the session cookie and opens the page the sign-in sent the person to. A refused
     * sign-in falls back to the form, so the person sees the form's message. The form itself is tested by the
     * sign-in tests.
     */
    protected void signIn(String email, String password) {
        try {
            WebClient visitor = new WebClient(port);
            HttpResponse<String> answer = visitor.signIn(email, password);
            String landing = answer.headers().firstValue("Location").orElse("");
            Optional<HttpCookie> session = visitor.sessionCookie();
            if (answer.statusCode() != 302 || landing.contains("/login") || session.isEmpty()) {
                signInThroughTheForm(email, password);
                return;
            }
            open("/styles.css");
            WebDriverRunner.getWebDriver().manage().addCookie(new Cookie.Builder("JSESSIONID", session.get().getValue())
                    .path("/").isHttpOnly(true).build());
            open(java.net.URI.create(landing).getRawPath());
            $("vaadin-button.sign-out, vaadin-password-field, h1").shouldBe(visible);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not sign in " + email + " over HTTP", e);
        }
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
        $("vaadin-button[slot=submit]").click();
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
