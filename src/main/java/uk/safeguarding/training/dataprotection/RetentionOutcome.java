package uk.safeguarding.training.dataprotection;

/**
 * What one retention run did.
 *
 * @param peopleErased         people whose retention period after leaving was over
 * @param attemptsWithoutAnswers attempts whose individual answers were deleted (scores kept)
 * @param failures             people who could not be erased this time (logged; tried again on the next run)
 */
public record RetentionOutcome(int peopleErased, int attemptsWithoutAnswers, int failures) {

    public static final RetentionOutcome NOTHING = new RetentionOutcome(0, 0, 0);
}
