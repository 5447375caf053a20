package uk.safeguarding.training.quiz;

import java.time.Instant;
import java.util.List;

/**
 * A graded attempt as the learner sees it afterwards.
 *
 * @param newlyGraded true only for the one request that graded it; repeats of the same submission see false
 * @param questions   each question with the answer and feedback; empty when the answers were deleted under the
 *                    retention policy, and in the reply to a submission, which carries the grading only
 */
public record AttemptOutcome(long attemptId, int number, Instant submittedAt, int correct, int total, int scorePercent,
                             int passMark, boolean passed, boolean newlyGraded, List<QuestionResult> questions) {

    /** One question of the attempt with the learner's answer, whether it was right, and why. */
    public record QuestionResult(String questionId, String moduleId, String moduleTitle, int moduleNumber,
                                 String scenario, String prompt, boolean correct, List<OptionResult> options) {
    }

    /** One option as shown, whether the learner chose it, whether it is correct, and its feedback. */
    public record OptionResult(String text, boolean chosen, boolean correct, String feedback) {
    }
}
