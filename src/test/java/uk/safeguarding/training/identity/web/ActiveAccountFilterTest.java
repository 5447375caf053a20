package uk.safeguarding.training.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.identity.SignedInUser;

class ActiveAccountFilterTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private final List<Long> asked = new ArrayList<>();
    private final List<Set<Role>> rolesAsked = new ArrayList<>();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_deactivated_persons_session_ends_at_their_next_request() throws Exception {
        MockHttpSession session = signedInSession(7L);
        run(new ActiveAccountFilter((id, roles) -> record(id, roles, false), Duration.ofSeconds(30), clock), session);

        assertThat(asked).containsExactly(7L);
        assertThat(rolesAsked).containsExactly(Set.of(Role.LEARNER));
        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void an_active_person_is_asked_about_once_per_interval_and_keeps_the_session() throws Exception {
        MockHttpSession session = signedInSession(7L);
        ActiveAccountFilter filter = new ActiveAccountFilter((id, roles) -> record(id, roles, true), Duration.ofSeconds(30), clock);
        run(filter, session);
        run(filter, session);

        assertThat(asked).containsExactly(7L);
        assertThat(session.isInvalid()).isFalse();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNotNull();
    }

    @Test
    void the_check_is_repeated_once_the_interval_has_passed() throws Exception {
        MockHttpSession session = signedInSession(7L);
        session.setAttribute(ActiveAccountFilter.LAST_CHECK, clock.instant().minusSeconds(31));
        run(new ActiveAccountFilter((id, roles) -> record(id, roles, false), Duration.ofSeconds(30), clock), session);

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void nobody_signed_in_means_nothing_to_check() throws Exception {
        MockHttpSession session = new MockHttpSession();
        run(new ActiveAccountFilter((id, roles) -> record(id, roles, false), Duration.ZERO, clock), session);

        assertThat(asked).isEmpty();
        assertThat(session.isInvalid()).isFalse();
    }

    private boolean record(long id, Set<Role> roles, boolean answer) {
        asked.add(id);
        rolesAsked.add(roles);
        return answer;
    }

    private static MockHttpSession signedInSession(long userId) {
        SignedInUser user = new SignedInUser(userId, "someone@demo.test", "Someone", Set.of(Role.LEARNER), null);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return new MockHttpSession();
    }

    private static void run(ActiveAccountFilter filter, MockHttpSession session) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/my-training");
        request.setSession(session);
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }
}
