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

    public static Eligibility of(AttemptPolicy policy, List<PastAttempt> past, Instant now) {
        if (past.stream().anyMatch(PastAttempt::passed)) {
            return afterPass();
        }
        if (!policy.unlimited() && past.size() >= policy.maxAttempts()) {
            return new Eligibility(false, "You have used all " + policy.maxAttempts()
                    + " attempts. Speak to your manager or trainer.", null);
        }
        if (policy.waitMinutes() > 0 && !past.isEmpty()) {
            Instant last = past.stream().map(PastAttempt::submittedAt).max(Instant::compareTo).orElseThrow();
            Instant notBefore = last.plus(Duration.ofMinutes(policy.waitMinutes()));
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
