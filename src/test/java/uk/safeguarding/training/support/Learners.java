package uk.safeguarding.training.support;

import java.util.Set;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.learning.LearnerViews.CheckQuestion;
import uk.safeguarding.training.learning.LearningService;

/** Test fixtures for learners: call them inside {@link AsUser}, as the learner. */
public final class Learners {

    private Learners() {
    }

    /**
     * Starts the learner's first assigned course and opens every page and answers every knowledge check, so the
     * assessment is unlocked. Returns the enrolment id.
     */
    public static long readWholeCourse(LearningService learning, CourseCatalog catalog) {
        long enrolment = learning.startOrContinue(learning.myTraining().getFirst().assignmentId()).enrolmentId();
        CourseDefinition course = catalog.definition(catalog.newest("cse-awareness").orElseThrow().versionId());
        for (int m = 1; m <= course.modules().size(); m++) {
            for (int p = 1; p <= course.modules().get(m - 1).pages().size(); p++) {
                learning.openPage(enrolment, m, p);
            }
            for (CheckQuestion q : learning.knowledgeCheck(enrolment, m).questions()) {
                learning.answerCheck(enrolment, m, q.id(), Set.of(0));
            }
        }
        return enrolment;
    }
}
