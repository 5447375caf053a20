package uk.safeguarding.training.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import uk.safeguarding.training.course.AttemptPolicy;

/**
 * Whether a learner may start another attempt now.
 *
 * @param allowed   true when a new attempt may start
 * @param reason    why not, in words a learner understands; empty when allowed
 * @param notBefore when the wait after a failed attempt ends; null when there is no wait
 */
public record Eligibility(boolean allowed, String reason, Instant notBefore) {

    /** A past attempt, as far as the rules care. */
    public record PastAttempt(Instant submittedAt, boolean passed) {
    }

    /**
     * All the rules need of the past attempts: how many, whether one passed, when the last was submitted (null when
     * there are none). One row from the database however many attempts a learner has made.
     */
    public record Past(long count, boolean anyPassed, Instant lastSubmittedAt) {

        static Past of(List<PastAttempt> attempts) {
            return new Past(attempts.size(), attempts.stream().anyMatch(PastAttempt::passed),
                    attempts.stream().map(PastAttempt::submittedAt).max(Instant::compareTo).orElse(null));
        }
    }

    public static Eligibility of(AttemptPolicy policy, List<PastAttempt> past, Instant now) {
        return of(policy, Past.of(past), now);
    }

    public static Eligibility of(AttemptPolicy policy, Past past, Instant now) {
        if (past.anyPassed()) {
            return afterPass();
        }
        if (!policy.unlimited() && past.count() >= policy.maxAttempts()) {
            return new Eligibility(false, "You have used all " + policy.maxAttempts()
                    + " attempts. Speak to your manager or trainer.", null);
        }
        if (policy.waitMinutes() > 0 && past.count() > 0) {
            Instant notBefore = past.lastSubmittedAt().plus(Duration.ofMinutes(policy.waitMinutes()));
            if (now.isBefore(notBefore)) {
                return new Eligibility(false, "You can try again after a short break, once the waiting time of "
                        + policy.waitMinutes() + " minutes is over.", notBefore);
            }
        }
        return new Eligibility(true, "", null);
    }

    /** What {@link #of} says whenever one of the past attempts passed, whatever the policy and the others. */
    public static Eligibility afterPass() {
        return new Eligibility(false, "You have already passed this assessment.", null);
    }
}
