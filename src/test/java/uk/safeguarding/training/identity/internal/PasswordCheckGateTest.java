package uk.safeguarding.training.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;

/** The bound on password checks at once (decision 0030), driven by parallel callers as a sign-in burst is. */
class PasswordCheckGateTest {

    private static final Duration LONG = Duration.ofSeconds(30);

    @Test
    void sixty_parallel_checks_never_run_more_than_the_slots_at_once_and_all_finish_when_the_wait_allows() throws Exception {
        PasswordCheckGate gate = new PasswordCheckGate(3, LONG, 100);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        int callers = 60;
        CyclicBarrier together = new CyclicBarrier(callers);
        try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                int caller = i;
                answers.add(pool.submit(() -> {
                    together.await();
                    return gate.check(() -> {
                        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                        for (long spin = 0; spin < 200_000; spin++) {
                            Thread.onSpinWait();
                        }
                        running.decrementAndGet();
                        return caller;
                    });
                }));
            }
            for (int i = 0; i < callers; i++) {
                assertThat(answers.get(i).get(60, TimeUnit.SECONDS)).isEqualTo(i);
            }
        }
        assertThat(mostAtOnce.get()).as("checks at once").isBetween(1, 3);
    }

    @Test
    void the_slots_are_really_used_up_to_the_bound_when_checks_overlap() throws Exception {
        PasswordCheckGate gate = new PasswordCheckGate(2, LONG, 10);
        CountDownLatch bothInside = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (int i = 0; i < 2; i++) {
                pool.submit(() -> gate.check(() -> {
                    bothInside.countDown();
                    return await(release);
                }));
            }
            assertThat(bothInside.await(30, TimeUnit.SECONDS)).as("two checks at once with two slots").isTrue();
            release.countDown();
        }
    }

    @Test
    void a_check_that_gets_no_slot_within_the_wait_is_turned_away_without_running_and_the_slot_stays_usable() throws Exception {
        PasswordCheckGate gate = new PasswordCheckGate(1, Duration.ofMillis(200), 10);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean ran = new AtomicBoolean();
        try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
            Future<Boolean> holder = pool.submit(() -> gate.check(() -> {
                holding.countDown();
                return await(release);
            }));
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> gate.check(() -> ran.getAndSet(true))).isInstanceOf(PasswordCheckGate.Busy.class);
            assertThat(ran).as("the password of a turned-away sign-in is never checked").isFalse();
            release.countDown();
            assertThat(holder.get(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(gate.check(() -> "checked")).isEqualTo("checked");
    }

    @Test
    void when_as_many_wait_as_allowed_the_next_is_turned_away_at_once_and_the_waiting_ones_are_served() throws Exception {
        PasswordCheckGate gate = new PasswordCheckGate(1, LONG, 2);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
            pool.submit(() -> gate.check(() -> {
                holding.countDown();
                return await(release);
            }));
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
            Future<String> first = pool.submit(() -> gate.check(() -> "first"));
            Future<String> second = pool.submit(() -> gate.check(() -> "second"));
            waitUntil(() -> gate.waiting() == 2);
            long started = System.nanoTime();
            assertThatThrownBy(() -> gate.check(() -> "third")).isInstanceOf(PasswordCheckGate.Busy.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("turned away without waiting")
                    .isLessThan(Duration.ofSeconds(5));
            release.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("first");
            assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo("second");
        }
        assertThat(gate.waiting()).isZero();
    }

    @Test
    void waiting_checks_are_served_in_the_order_they_arrived() throws Exception {
        PasswordCheckGate gate = new PasswordCheckGate(1, LONG, 10);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            pool.submit(() -> gate.check(() -> {
                holding.countDown();
                return await(release);
            }));
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
            List<Future<Boolean>> waiting = new ArrayList<>();
            for (String name : List.of("a", "b", "c")) {
                int before = gate.queued();
                waiting.add(pool.submit(() -> gate.check(() -> order.add(name))));
                // Queued on the semaphore itself before the next one comes, so the arrival order is known.
                waitUntil(() -> gate.queued() == before + 1);
            }
            release.countDown();
            for (Future<Boolean> answer : waiting) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isTrue();
            }
        }
        assertThat(order).containsExactly("a", "b", "c");
    }

    @Test
    void a_wrong_password_gives_its_slot_back() {
        PasswordCheckGate gate = new PasswordCheckGate(1, Duration.ofMillis(100), 0);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> gate.check(() -> {
                throw new BadCredentialsException("wrong");
            })).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(gate.check(() -> "free again")).isEqualTo("free again");
    }

    @Test
    void by_default_half_the_processors_check_at_once_and_at_least_one() {
        PasswordCheckProperties defaults = new PasswordCheckProperties(0, Duration.ofSeconds(10), 50);
        assertThat(defaults.effectiveConcurrent(1)).isEqualTo(1);
        assertThat(defaults.effectiveConcurrent(2)).isEqualTo(1);
        assertThat(defaults.effectiveConcurrent(8)).isEqualTo(4);
        assertThat(new PasswordCheckProperties(3, Duration.ofSeconds(10), 50).effectiveConcurrent(8)).isEqualTo(3);
        assertThatThrownBy(() -> new PasswordCheckGate(0, LONG, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 30 s").isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
