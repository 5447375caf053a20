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
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * One running application (the demo organisation on an in-memory database) shared by every browser test,
 * and one headless Chromium. Tests sign in as the demo people and walk what they would do.
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
    }

    @AfterEach
    void closeBrowser() {
        Selenide.closeWebDriver();
    }

    /**
     * Signs in and waits until the sign-in has been answered: the browser has left the login page, or it shows the
     * login page again with the error. Opening another address before that would abort the sign-in on a busy machine.
     */
    protected void signIn(String email, String password) {
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
