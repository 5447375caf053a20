package uk.safeguarding.training.course;

/**
 * How often a learner may sit the assessment.
 *
 * @param maxAttempts 0 means unlimited
 * @param waitMinutes minutes to wait after a failed attempt; 0 means no wait
 */
public record AttemptPolicy(int maxAttempts, int waitMinutes) {

    public static final AttemptPolicy UNLIMITED = new AttemptPolicy(0, 0);

    public boolean unlimited() {
        return maxAttempts == 0;
    }
}
