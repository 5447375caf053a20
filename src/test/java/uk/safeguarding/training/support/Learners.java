package uk.safeguarding.training.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.QuestionDefinition;
import uk.safeguarding.training.course.QuestionType;
import uk.safeguarding.training.learning.LearnerViews.AttemptSheet;
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

    /** The positions, as shown on the sheet, of every question's correct options: an attempt that scores 100%. */
    public static Map<String, Set<Integer>> correctAnswers(CourseCatalog catalog, AttemptSheet sheet) {
        return correctAnswers(catalog.definition(catalog.newest("cse-awareness").orElseThrow().versionId()), sheet);
    }

    /** As above, for a sheet of {@code course}. */
    public static Map<String, Set<Integer>> correctAnswers(CourseDefinition course, AttemptSheet sheet) {
        Map<String, Set<Integer>> answers = new HashMap<>();
        for (CheckQuestion shown : sheet.questions()) {
            QuestionDefinition q = course.questions().stream().filter(d -> d.id().equals(shown.id())).findFirst().orElseThrow();
            Set<Integer> positions = new HashSet<>();
            for (int i = 0; i < shown.options().size(); i++) {
                int index = i;
                if (q.options().stream().anyMatch(o -> o.correct() && o.text().equals(shown.options().get(index)))) {
                    positions.add(i);
                }
            }
            assertThat(q.type() == QuestionType.SINGLE ? positions.size() == 1 : !positions.isEmpty()).isTrue();
            answers.put(q.id(), positions);
        }
        return answers;
    }
}
