package uk.safeguarding.training.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.safeguarding.training.cluster.PageVisitor;

/**
 * What a person gets when they type an address: every route of security/access-matrix.txt, as each kind of visitor.
 * Refused visitors land on the sign-in page (nobody signed in) or the access-denied page; allowed visitors reach the
 * page. Routes with parameters are tried with sample values, and only for refused visitors, since an allowed
 * visitor's result depends on whose record the values name (tested with each feature).
 *
 * <p>No browser: the visitor speaks Vaadin's own protocol ({@link PageVisitor}), so the page is the one the server
 * decided to show, read from the UI tree it sent. A browser per visitor took a minute for the same answers; the
 * browser tests check what the access-denied and sign-in pages look like. Same application as the browser tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class TypedAddressIT {

    private static final String PASSWORD = "demo-password";

    @LocalServerPort
    private int port;

    private static final String DENIED = "You do not have access to this page";

    private final AccessMatrix matrix = AccessMatrix.load("/security/access-matrix.txt");

    @ParameterizedTest
    @EnumSource(Visitor.class)
    void each_visitor_reaches_exactly_the_pages_the_matrix_allows(Visitor visitor) {
        PageVisitor person = new PageVisitor(port);
        if (visitor != Visitor.ANONYMOUS) {
            person.signIn(visitor.email(), PASSWORD);
            assertThat(person.open("/").signedIn()).as("signed in as " + visitor.word()).isTrue();
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
            PageVisitor.Shown shown = person.open(path);
            boolean refused = visitor == Visitor.ANONYMOUS
                    ? shown.signInPage()
                    : shown.headings().stream().anyMatch(h -> h.contains(DENIED));
            if (allowed == refused) {
                wrong.add(path + (allowed ? " refused" : " let in") + " (headings " + shown.headings() + ")");
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
