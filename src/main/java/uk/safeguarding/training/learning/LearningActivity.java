package uk.safeguarding.training.learning;

import java.time.Instant;
import java.util.List;

/**
 * What a learner did, announced by the learning services in the transaction that records it, for whoever keeps a
 * record elsewhere (the xAPI outbox). Completion has its own event, {@link CourseCompleted}.
 */
public sealed interface LearningActivity {

    long enrolmentId();

    long userId();

    long courseVersionId();

    Instant at();

    /** The learner started or continued the course ("Start course" or "Continue"). */
    record CourseLaunched(long enrolmentId, long userId, long courseVersionId, Instant at) implements LearningActivity {
    }

    /** A page was shown (numbers from 1). */
    record PageViewed(long enrolmentId, long userId, long courseVersionId, int moduleNumber, int pageNumber, Instant at)
            implements LearningActivity {
    }

    /** A knowledge-check question was answered; it is not graded, {@code correct} is the feedback the learner saw. */
    record KnowledgeCheckAnswered(long enrolmentId, long userId, long courseVersionId, int moduleNumber, String questionId,
                                  boolean correct, Instant at) implements LearningActivity {
    }

    /** An assessment attempt was graded, once (a repeated submission announces nothing). */
    record AssessmentGraded(long enrolmentId, long userId, long courseVersionId, int attemptNumber, int scorePercent,
                            int passMark, boolean passed, List<AnsweredQuestion> answers, Instant at)
            implements LearningActivity {

        public AssessmentGraded {
            answers = List.copyOf(answers);
        }
    }

    /** One question of a graded attempt. */
    record AnsweredQuestion(String questionId, boolean correct) {
    }
}
