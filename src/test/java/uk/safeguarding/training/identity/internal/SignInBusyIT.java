package uk.safeguarding.training.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.learning.AssignmentService;
import uk.safeguarding.training.identity.PeopleFixture;
import uk.safeguarding.training.support.WebClient;

/**
 * A sign-in that finds every password-check slot taken (decision 0030), over real HTTP: it is answered with the
 * "try again in a moment" page, not an error, signs nobody in, and counts nothing towards the lockout. An application
 * of its own (one password check at a time, a real server), without the demo: its people come from {@link PeopleFixture}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "training.identity.password-checks.concurrent=1", "training.identity.password-checks.max-wait=300ms",
        "training.content.courses-directory=target/fixture-tests-import-no-course-folder"})
@ActiveProfiles("test")
@Import(PeopleFixture.class)
class SignInBusyIT {

    @Autowired
    PeopleFixture people;

    @LocalServerPort
    int port;
    @Autowired
    PasswordCheckGate gate;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    IdentityService identity;
    @Autowired
    AssignmentService assignments;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void while_every_slot_is_taken_a_sign_in_is_asked_to_try_again_unchecked_and_uncounted_and_afterwards_counting_holds()
            throws Exception {
        String email = people.learner("Busy", people.unit("Busy sign-in")).getEmail();
        WebClient attacker = new WebClient(port);
        WebClient person = new WebClient(port);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
            Future<Boolean> slotTaken = pool.submit(() -> gate.check(() -> {
                holding.countDown();
                try {
                    return release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }));
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();

            for (int i = 0; i < 7; i++) {
                assertThat(location(attacker.signIn(email, "wrong-guess-" + i))).endsWith("/login?busy");
            }
            HttpResponse<String> right = person.signIn(email, PeopleFixture.PASSWORD);
            assertThat(right.statusCode()).isEqualTo(302);
            assertThat(location(right)).as("the right password is not checked either").endsWith("/login?busy");
            assertThat(person.get("/my-training").statusCode()).as("still signed out").isEqualTo(302);
            assertThat(person.get("/login?busy").statusCode()).as("the page that says try again").isEqualTo(200);
            assertThat(failuresCounted(email)).as("nothing counted for unchecked guesses").isZero();
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SIGN_IN_FAILED' and subject = ?",
                    Long.class, email)).isZero();

            release.countDown();
            assertThat(slotTaken.get(30, TimeUnit.SECONDS)).isTrue();
        }
        // Once a slot is free every guess is checked and counted: the fifth locks, as without the gate.
        for (int i = 0; i < 5; i++) {
            assertThat(location(attacker.signIn(email, "wrong-again-" + i))).endsWith("/login?error");
        }
        assertThat(failuresCounted(email)).isEqualTo(5);
        HttpResponse<String> afterLock = person.signIn(email, PeopleFixture.PASSWORD);
        assertThat(location(afterLock)).endsWith("/login?error");
        assertThat(person.get("/my-training").statusCode()).as("locked: still signed out").isEqualTo(302);
    }

    @Test
    void a_sign_in_that_does_not_get_its_emails_turn_in_time_is_asked_to_try_again_not_told_it_is_locked() throws Exception {
        String email = people.learner("Turn", people.unit("Busy sign-in")).getEmail();
        WebClient person = new WebClient(port);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
            // An earlier sign-in of the same email (or of one sharing its stripe) that keeps the turn too long.
            Future<Boolean> turnTaken = pool.submit(() -> throttle.inTurn(email, () -> {
                holding.countDown();
                try {
                    return release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }));
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(location(person.signIn(email, PeopleFixture.PASSWORD))).endsWith("/login?busy");
            release.countDown();
            assertThat(turnTaken.get(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(failuresCounted(email)).isZero();
        assertThat(location(person.signIn(email, PeopleFixture.PASSWORD))).as("signed in once the turn is free")
                .doesNotContain("/login");
    }

    private long failuresCounted(String email) {
        return jdbc.queryForList("select failed_count from login_attempt where email = ?", Integer.class, email)
                .stream().mapToLong(Integer::longValue).sum();
    }

    private static String location(HttpResponse<String> answer) {
        return answer.headers().firstValue("Location").orElse("(no Location, status " + answer.statusCode() + ")");
    }
}
