package uk.safeguarding.training.identity.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongPredicate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.safeguarding.training.identity.SignedInUser;

/**
 * Ends the session of someone deactivated or erased while signed in, on whichever instance holds the session: each
 * session asks the database again at most once per interval whether its account may still sign in. Without this, a
 * person who left would keep working until their session timed out.
 */
final class ActiveAccountFilter extends OncePerRequestFilter {

    static final String LAST_CHECK = ActiveAccountFilter.class.getName() + ".lastCheck";

    private final LongPredicate mayStillSignIn;
    private final Duration interval;
    private final Clock clock;

    ActiveAccountFilter(LongPredicate mayStillSignIn, Duration interval, Clock clock) {
        this.mayStillSignIn = mayStillSignIn;
        this.interval = interval;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                && due(session)) {
            if (mayStillSignIn.test(user.id())) {
                session.setAttribute(LAST_CHECK, clock.instant());
            } else {
                SecurityContextHolder.clearContext();
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private boolean due(HttpSession session) {
        Object last = session.getAttribute(LAST_CHECK);
        return !(last instanceof Instant checked) || !checked.plus(interval).isAfter(clock.instant());
    }
}
