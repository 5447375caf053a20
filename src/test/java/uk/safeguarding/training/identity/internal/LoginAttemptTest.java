package uk.safeguarding.training.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginAttemptTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration LOCK = Duration.ofMinutes(15);

    @Test
    void four_failures_do_not_lock_and_the_fifth_locks_for_fifteen_minutes() {
        LoginAttempt attempt = new LoginAttempt("sam@example.org");
        for (int i = 0; i < 4; i++) {
            attempt.recordFailure(T0.plusSeconds(i), 5, LOCK);
        }
        assertThat(attempt.isLocked(T0.plusSeconds(5))).isFalse();
        attempt.recordFailure(T0.plusSeconds(5), 5, LOCK);
        assertThat(attempt.isLocked(T0.plusSeconds(6))).isTrue();
        assertThat(attempt.isLocked(T0.plusSeconds(5).plus(LOCK).minusSeconds(1))).isTrue();
        assertThat(attempt.isLocked(T0.plusSeconds(5).plus(LOCK))).isFalse();
    }

    @Test
    void after_a_lock_expires_the_count_starts_again() {
        LoginAttempt attempt = new LoginAttempt("sam@example.org");
        for (int i = 0; i < 5; i++) {
            attempt.recordFailure(T0, 5, LOCK);
        }
        Instant later = T0.plus(LOCK).plusSeconds(1);
        attempt.recordFailure(later, 5, LOCK);
        assertThat(attempt.isLocked(later)).isFalse();
    }
}
