package uk.safeguarding.training.course;

/**
 * The course's rules for its scenarios (course.yaml {@code scenarios:}).
 *
 * @param goodEndingRequired a module is complete only once each of its scenarios has been played to a good ending;
 *                           otherwise scenarios are practice and do not hold a learner back
 * @param inAssessment       each final assessment attempt includes one scenario drawn at random, graded on the server
 *                           as one more question (correct when the path ends well)
 */
public record ScenarioSettings(boolean goodEndingRequired, boolean inAssessment) {

    public static final ScenarioSettings NONE = new ScenarioSettings(false, false);
}
