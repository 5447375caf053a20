package uk.safeguarding.training.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.BiPredicate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.identity.SignedInUser;

/**
 * Ends the session of someone deactivated, erased or given other roles while signed in, on whichever instance holds
 * the session: each session asks the database again at most once per interval whether its account is still active
 * with the same roles. Without this, a person who left, or lost the administrator role, would keep working with what
 * they had until their session timed out (and Vaadin's heartbeat keeps an open tab's session alive).
 */
final class ActiveAccountFilter extends OncePerRequestFilter {

    static final String LAST_CHECK = ActiveAccountFilter.class.getName() + ".lastCheck";

    private final BiPredicate<Long, Set<Role>> stillSignedInAs;
    private final Duration interval;
    private final Clock clock;

    ActiveAccountFilter(BiPredicate<Long, Set<Role>> stillSignedInAs, Duration interval, Clock clock) {
        this.stillSignedInAs = stillSignedInAs;
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
            if (stillSignedInAs.test(user.id(), user.roles())) {
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
