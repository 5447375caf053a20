package uk.safeguarding.training.identity.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.util.WebUtils;
import uk.safeguarding.training.identity.SignInBusyException;

/**
 * Where a refused sign-in goes, and what the sign-in page will say (docs/decisions/0034), without creating a session:
 * a sign-in turned away unchecked goes to {@code /login?busy} (decision 0030), so a load balancer or monitor can tell
 * it from a wrong password; any other to {@code /login?error}. A locked email is remembered for the page by a short
 * cookie, since the URL must stay {@code ?error} for every refusal of a password. A failed single sign-on keeps its
 * exception in the session the OAuth2 flow already has, because its message names the email the provider sent.
 */
final class SignInFailures implements AuthenticationFailureHandler {

    static final String PROBLEM_COOKIE = "sign-in-problem";
    static final String LOCKED = "locked";
    private static final Duration REMEMBERED = Duration.ofMinutes(1);

    private final RedirectStrategy redirects = new DefaultRedirectStrategy();
    private final String cookiePath;

    /** @param contextPath the application's context path ("" at the root), for the cookie's path */
    SignInFailures(String contextPath) {
        this.cookiePath = contextPath + SignInPageController.PATH;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        if (failure instanceof SignInBusyException) {
            redirects.sendRedirect(request, response, SignInPageController.PATH + "?" + SignInPageController.BUSY_PARAMETER);
            return;
        }
        boolean locked = failure instanceof LockedException;
        if (locked || WebUtils.getCookie(request, PROBLEM_COOKIE) != null) {
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(PROBLEM_COOKIE, locked ? LOCKED : "")
                    .path(cookiePath).httpOnly(true).secure(request.isSecure()).sameSite("Strict")
                    .maxAge(locked ? REMEMBERED : Duration.ZERO).build().toString());
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            // An earlier single sign-on failure must not speak for this one.
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (failure instanceof OAuth2AuthenticationException) {
                session.setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
            }
        }
        redirects.sendRedirect(request, response, SignInPageController.PATH + "?error");
    }

    /** Whether the last refusal of this visitor's sign-in was a locked email (the cookie set above). */
    static boolean lastWasLocked(HttpServletRequest request) {
        Cookie problem = WebUtils.getCookie(request, PROBLEM_COOKIE);
        return problem != null && LOCKED.equals(problem.getValue());
    }
}
