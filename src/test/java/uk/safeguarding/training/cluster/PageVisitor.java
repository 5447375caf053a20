package uk.safeguarding.training.cluster;

import java.net.http.HttpClient;
import java.util.List;

/**
 * A person typing addresses into the application without a browser, for tests elsewhere that only need to know which
 * page the server shows: the load driver's {@link LearnerClient} signs in with the form and loads each address as
 * Flow's client does (the bootstrap page, {@code ?v-r=init}, then the router's navigation), and the page is read from
 * the UI tree the server sent. About a hundred times cheaper than a browser for the same answer; what the browser
 * adds (rendering, scripts of the components) is tested by the browser tests.
 */
public final class PageVisitor {

    /**
     * What the server showed for an address: the sign-in page, or a view with these first-level headings; signed in
     * when the page offers a working Sign out button (the main layout's).
     */
    public record Shown(boolean signInPage, List<String> headings, boolean signedIn) {
    }

    private final LearnerClient client;

    public PageVisitor(int port) {
        this.client = new LearnerClient(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build(),
                "http://localhost:" + port, new StepStats());
    }

    /** Signs in with the form's request, as the browser sends it; fails when the sign-in is refused. */
    public void signIn(String email, String password) {
        try {
            if (!client.signIn(email, password)) {
                throw new AssertionError("Sign-in of " + email + " was turned away as busy");
            }
        } catch (LearnerClient.SessionLost | LearnerClient.UiError e) {
            throw new AssertionError("Sign-in of " + email + " failed: " + e.getMessage(), e);
        }
    }

    /** Types the address (a path such as {@code /team}) and reads what the server shows. */
    public Shown open(String path) {
        try {
            client.load(path.startsWith("/") ? path.substring(1) : path, "open");
        } catch (LearnerClient.SessionLost redirected) {
            if (!redirected.getMessage().contains("/login")) {
                throw new AssertionError(path + ": " + redirected.getMessage(), redirected);
            }
            // The server sent the visitor to /login before any view: the sign-in page is what they see.
            return new Shown(true, List.of(), false);
        } catch (LearnerClient.UiError e) {
            throw new AssertionError(path + ": " + e.getMessage(), e);
        }
        UiTree tree = client.tree();
        List<UiTree.Node> shown = tree.attached();
        boolean signIn = shown.stream().anyMatch(n -> "vaadin-login-form".equals(n.tag));
        List<String> headings = shown.stream().filter(n -> "h1".equals(n.tag)).map(tree::text).toList();
        return new Shown(signIn, headings, tree.clickable("Sign out").isPresent());
    }
}
