package uk.safeguarding.training.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguarding.training.course.AttemptPolicy;
import uk.safeguarding.training.quiz.Eligibility.PastAttempt;

class EligibilityTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-05-04T10:00:00Z"), ZoneOffset.UTC);
    private final Instant now = clock.instant();

    @Test
    void by_default_attempts_are_unlimited_with_no_wait() {
        List<PastAttempt> failures = List.of(new PastAttempt(now.minusSeconds(5), false), new PastAttempt(now, false));
        assertThat(Eligibility.of(AttemptPolicy.UNLIMITED, failures, now).allowed()).isTrue();
    }

    @Test
    void after_a_pass_is_what_any_policy_says_once_an_attempt_passed() {
        // A submit that has just stored a pass answers with afterPass() instead of reading the attempts again.
        for (AttemptPolicy policy : List.of(AttemptPolicy.UNLIMITED, new AttemptPolicy(1, 0), new AttemptPolicy(3, 30))) {
            List<PastAttempt> passedLast = List.of(new PastAttempt(now.minusSeconds(60), false), new PastAttempt(now, true));
            assertThat(Eligibility.afterPass()).isEqualTo(Eligibility.of(policy, passedLast, now));
            assertThat(Eligibility.afterPass().allowed()).isFalse();
        }
    }

    @Test
    void the_one_row_summary_decides_as_the_attempts_it_sums_up() {
        // QuizService reads one aggregate row (count, any passed, last submission) instead of every attempt.
        AttemptPolicy limitedWithWait = new AttemptPolicy(2, 30);
        assertThat(Eligibility.of(limitedWithWait, new Eligibility.Past(0, false, null), now).allowed()).isTrue();
        List<PastAttempt> one = List.of(new PastAttempt(now.minus(Duration.ofMinutes(40)), false),
                new PastAttempt(now.minus(Duration.ofMinutes(10)), false));
        for (List<PastAttempt> past : List.of(one.subList(0, 1), one, List.of(new PastAttempt(now, true)))) {
            Eligibility summed = Eligibility.of(limitedWithWait, new Eligibility.Past(past.size(),
                    past.stream().anyMatch(PastAttempt::passed),
                    past.stream().map(PastAttempt::submittedAt).max(Instant::compareTo).orElseThrow()), now);
            assertThat(summed).isEqualTo(Eligibility.of(limitedWithWait, past, now));
        }
        assertThat(Eligibility.of(limitedWithWait, one.subList(0, 1), now).allowed()).isTrue();
        assertThat(Eligibility.of(limitedWithWait, one, now).reason()).contains("all 2 attempts");
    }

    @Test
    void an_attempt_limit_stops_further_attempts() {
        AttemptPolicy three = new AttemptPolicy(3, 0);
        List<PastAttempt> two = List.of(new PastAttempt(now, false), new PastAttempt(now, false));
        assertThat(Eligibility.of(three, two, now).allowed()).isTrue();
        List<PastAttempt> threeFailed = List.of(new PastAttempt(now, false), new PastAttempt(now, false), new PastAttempt(now, false));
        Eligibility refused = Eligibility.of(three, threeFailed, now);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.reason()).contains("all 3 attempts");
    }

    @Test
    void a_wait_after_a_failed_attempt_ends_exactly_at_the_set_time() {
        AttemptPolicy wait = new AttemptPolicy(0, 30);
        List<PastAttempt> failed = List.of(new PastAttempt(now, false));
        Eligibility during = Eligibility.of(wait, failed, now.plus(Duration.ofMinutes(29)));
        assertThat(during.allowed()).isFalse();
        assertThat(during.notBefore()).isEqualTo(now.plus(Duration.ofMinutes(30)));
        assertThat(Eligibility.of(wait, failed, now.plus(Duration.ofMinutes(30))).allowed()).isTrue();
    }

    @Test
    void nobody_sits_an_assessment_they_have_passed() {
        assertThat(Eligibility.of(AttemptPolicy.UNLIMITED, List.of(new PastAttempt(now, true)), now).allowed()).isFalse();
    }
}
