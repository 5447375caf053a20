package uk.safeguarding.training.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page (docs/decisions/0034): plain HTML built at start-up ({@link SignInPage}), without Vaadin and
 * without an HTTP session, since everyone who is not signed in, every monitor and every password-guessing client
 * opens it. The form posts to Spring Security's form login at the same path.
 */
@Controller
class SignInPageController {

    static final String PATH = "/login";
    /** The query parameter of the page a sign-in turned away unchecked goes to (decision 0030). */
    static final String BUSY_PARAMETER = "busy";

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
    private final SignInPage page;

    SignInPageController(ObjectProvider<ClientRegistrationRepository> singleSignOn, Environment environment) {
        List<SignInPage.Provider> providers = singleSignOn.getIfAvailable() instanceof Iterable<?> registrations
                ? SignInPage.providers(registrations) : List.of();
        this.page = new SignInPage(providers, environment.acceptsProfiles(Profiles.of("demo")));
    }

    @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> signIn(HttpServletRequest request) {
        if (trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication())) {
            // Already signed in: their home, as the Vaadin view forwarded to it.
            return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(request.getContextPath() + "/")).build();
        }
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (token == null) {
            throw new IllegalStateException("No CSRF token for the sign-in form: is CSRF protection switched off?");
        }
        // no-store: the page carries this visitor's token; a shared cache must not hand it to another.
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(HTML)
                .body(page.render(problem(request), token.getParameterName(), token.getToken()));
    }

    /** What the error box says: nothing, "try again in a moment", "locked", the single sign-on message, or "not correct". */
    private static String problem(HttpServletRequest request) {
        if (request.getParameter(BUSY_PARAMETER) != null) {
            return SignInPage.BUSY;
        }
        if (request.getParameter("error") == null) {
            return null;
        }
        if (SignInFailures.lastWasLocked(request)) {
            return SignInPage.LOCKED;
        }
        // Only a single sign-on failure is kept in the session (SignInFailures); a locked email is the cookie above.
        HttpSession session = request.getSession(false);
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure instanceof OAuth2AuthenticationException sso ? SignInPage.message(sso) : SignInPage.BAD_CREDENTIALS;
    }
}
