package uk.safeguarding.training.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Where CSRF tokens are kept (docs/decisions/0034): for the sign-in page and its form, in a cookie, so that opening
 * the page or posting a wrong password creates no session; for everything else, in the session as Spring's default.
 * The cookie is {@code SameSite=Strict}, so a form posted from another site arrives without it and is refused, and
 * it is sent only to {@code /login}. After a correct password Spring's CSRF strategy deletes it (this repository
 * answers for the sign-in POST) and the next page gets a token held in the new session.
 */
final class SignInCsrfTokens implements CsrfTokenRepository {

    static final String COOKIE = "sign-in-csrf";

    private final RequestMatcher signIn = PathPatternRequestMatcher.withDefaults().matcher(SignInPageController.PATH);
    private final CookieCsrfTokenRepository signInCookie = new CookieCsrfTokenRepository();
    private final CsrfTokenRepository session = new HttpSessionCsrfTokenRepository();

    /** @param contextPath the application's context path ("" at the root), for the cookie's path */
    SignInCsrfTokens(String contextPath) {
        signInCookie.setCookieName(COOKIE);
        signInCookie.setCookiePath(contextPath + SignInPageController.PATH);
        signInCookie.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
    }

    private CsrfTokenRepository of(HttpServletRequest request) {
        return signIn.matches(request) ? signInCookie : session;
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return of(request).generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        of(request).saveToken(token, request, response);
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return of(request).loadToken(request);
    }
}
