package uk.safeguarding.training.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import uk.safeguarding.training.certificate.Verification;
import uk.safeguarding.training.certificate.VerificationService;

/**
 * Two instances of the application on one PostgreSQL, as behind a load balancer: failed sign-ins and failed
 * certificate look-ups sent to both at once are all counted, because each is one statement in the database.
 */
class CountsAcrossInstancesIT {

    private static final int PARALLEL = 24;

    @Test
    void parallel_failures_on_two_instances_are_all_counted_on_postgresql() throws Exception {
        TestPostgres postgres = TestPostgres.fromEnvironment().requireReachable();
        postgres.recreatePublicSchema();
        Map<String, String> settings = new HashMap<>(postgres.springSettings());
        try (ConfigurableApplicationContext first = TrainingApplication.start(settings);
             ConfigurableApplicationContext second = TrainingApplication.start(settings)) {
            List<ConfigurableApplicationContext> instances = List.of(first, second);

            String email = "guesser-" + UUID.randomUUID() + "@example.org";
            List<Throwable> refusals = inParallel(i -> {
                try {
                    instances.get(i % 2).getBean(AuthenticationManager.class)
                            .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, "guess-" + i));
                    return null;
                } catch (RuntimeException refused) {
                    return refused;
                }
            });
            assertThat(refusals).allSatisfy(r -> assertThat(r).isInstanceOfAny(BadCredentialsException.class, LockedException.class));
            for (ConfigurableApplicationContext instance : instances) {
                assertThatThrownBy(() -> instance.getBean(AuthenticationManager.class)
                        .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, "another")))
                        .isInstanceOf(LockedException.class);
            }

            List<Verification.Outcome> lookUps = inParallel(i -> instances.get(i % 2).getBean(VerificationService.class)
                    .verify("QQQQ-QQQQ-QQQQ-QQQQ-QQ" + (char) ('A' + i % 20) + (char) ('A' + i / 20), "198.51.100.7").outcome());
            assertThat(lookUps).filteredOn(o -> o == Verification.Outcome.NOT_FOUND).hasSize(10);
            assertThat(lookUps).filteredOn(o -> o == Verification.Outcome.TOO_MANY_ATTEMPTS).hasSize(PARALLEL - 10);
        }
    }

    interface Call<T> {
        T run(int i) throws Exception;
    }

    private static <T> List<T> inParallel(Call<T> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(PARALLEL)) {
            for (int i = 0; i < PARALLEL; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.run(index);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }
}
