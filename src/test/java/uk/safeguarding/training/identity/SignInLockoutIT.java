package uk.safeguarding.training.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.safeguarding.training.learning.AssignmentService;
import uk.safeguarding.training.support.FixtureTest;

/** The lockout through the real authentication manager, against people each test makes for itself. */
@FixtureTest
class SignInLockoutIT {

    static final String PASSWORD = PeopleFixture.PASSWORD;

    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    IdentityService identity;
    @Autowired
    AssignmentService assignments;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PeopleFixture people;

    private String freshPerson() {
        return people.learner("Lock", people.unit("Sign-in")).getEmail();
    }

    private Authentication attempt(String email, String password) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    @Test
    void the_right_password_signs_in_and_the_password_hash_does_not_stay_in_the_principal() {
        Authentication signedIn = attempt(freshPerson(), PASSWORD);
        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(((SignedInUser) signedIn.getPrincipal()).getPassword()).isNull();
        assertThat(signedIn.getAuthorities()).extracting(a -> a.getAuthority()).filteredOn(a -> a.startsWith("ROLE_"))
                .containsExactly("ROLE_LEARNER");
    }

    @Test
    void the_fifth_failure_locks_and_then_even_the_right_password_is_refused() {
        String chloe = freshPerson();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> attempt(chloe, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt(chloe.toUpperCase(java.util.Locale.ROOT), "wrong")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> attempt(chloe, PASSWORD)).isInstanceOf(LockedException.class);
    }

    @Test
    void a_success_before_the_fifth_failure_resets_the_count() {
        String daniel = freshPerson();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> attempt(daniel, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        attempt(daniel, PASSWORD);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> attempt(daniel, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(attempt(daniel, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void parallel_wrong_guesses_are_all_counted_and_then_the_right_password_is_refused() throws Exception {
        String email = freshPerson();
        int parallel = 29;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Throwable>> refusals = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(parallel)) {
            for (int i = 0; i < parallel; i++) {
                refusals.add(pool.submit(() -> {
                    start.await();
                    try {
                        attempt(email, "guess");
                        return null;
                    } catch (RuntimeException refused) {
                        return refused;
                    }
                }));
            }
            start.countDown();
            for (Future<Throwable> refusal : refusals) {
                assertThat(refusal.get()).as("every guess is refused as a wrong password or a lock, never an error")
                        .isInstanceOfAny(BadCredentialsException.class, LockedException.class);
            }
        }
        long checkedPasswords = refusals.stream().map(SignInLockoutIT::result).filter(BadCredentialsException.class::isInstance).count();
        assertThat(checkedPasswords).as("guesses whose password was checked").isEqualTo(5);
        assertThatThrownBy(() -> attempt(email, PASSWORD)).isInstanceOf(LockedException.class);
    }

    @Test
    void fifty_parallel_correct_sign_ins_all_succeed() throws Exception {
        String email = freshPerson();
        int parallel = 50;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Authentication>> signIns = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(parallel)) {
            for (int i = 0; i < parallel; i++) {
                signIns.add(pool.submit(() -> {
                    start.await();
                    return attempt(email, PASSWORD);
                }));
            }
            start.countDown();
            for (Future<Authentication> signIn : signIns) {
                assertThat(signIn.get().isAuthenticated()).isTrue();
            }
        }
    }

    @Test
    void over_long_input_is_refused_as_a_wrong_password_before_anything_is_looked_up() {
        assertThatThrownBy(() -> attempt("a".repeat(410), "wrong")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> attempt("a".repeat(320) + "@x.org", "wrong")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> attempt(freshPerson(), "p".repeat(129))).isInstanceOf(BadCredentialsException.class);
    }

    private static Throwable result(Future<Throwable> done) {
        try {
            return done.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void unknown_emails_are_refused_exactly_like_wrong_passwords_and_lock_the_same_way() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> attempt("ghost@fixture.test", "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt("ghost@fixture.test", "wrong")).isInstanceOf(LockedException.class);
    }
}
