package uk.safeguarding.training.security;

import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Condition;
import com.codeborne.selenide.WebDriverRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.safeguarding.training.browser.BrowserTestBase;

/**
 * What a person gets when they type an address: every route of security/access-matrix.txt, as each kind of visitor,
 * in a real browser. Refused visitors land on the sign-in page (nobody signed in) or the access-denied page; allowed
 * visitors reach the page. Routes with parameters are tried with sample values, and only for refused visitors, since
 * an allowed visitor's result depends on whose record the values name (tested with each feature).
 */
class TypedAddressIT extends BrowserTestBase {

    private static final String DENIED = "You do not have access to this page";

    private final AccessMatrix matrix = AccessMatrix.load("/security/access-matrix.txt");

    @ParameterizedTest
    @EnumSource(Visitor.class)
    void each_visitor_reaches_exactly_the_pages_the_matrix_allows(Visitor visitor) {
        if (visitor != Visitor.ANONYMOUS) {
            signIn(visitor.email(), PASSWORD);
            $("vaadin-button.sign-out").shouldBe(visible);
        }
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<Visitor>> route : matrix.routes().entrySet()) {
            if (route.getKey().equals("login")) {
                continue;
            }
            boolean allowed = route.getValue().contains(visitor);
            boolean parameterised = route.getKey().contains(":");
            if (allowed && parameterised) {
                continue;
            }
            String path = "/" + samplePath(route.getKey());
            open(path);
            settled();
            boolean refused = visitor == Visitor.ANONYMOUS
                    ? $("input[name=username]").is(visible)
                    : $$("h1").filter(Condition.text(DENIED)).size() > 0;
            if (allowed == refused) {
                wrong.add(path + (allowed ? " refused" : " let in") + " (now at " + WebDriverRunner.url() + ")");
            }
        }
        assertThat(wrong).as("addresses typed by " + visitor.word()).isEmpty();
    }

    /** Fills route parameters with sample values: numbers for ids, the shipped course for course names. */
    static String samplePath(String template) {
        return template
                .replaceAll("/:[a-zA-Z]+\\?", "")
                .replaceAll(":[a-zA-Z]+\\([^)]*a-z[^)]*\\)", "cse-awareness")
                .replaceAll(":[a-zA-Z]+(\\([^)]*\\))?", "1");
    }
}
