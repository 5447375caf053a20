package uk.safeguarding.training.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.safeguarding.training.course.QuestionType;
import uk.safeguarding.training.course.SourceDefinition;
import uk.safeguarding.training.quiz.AttemptOutcome;
import uk.safeguarding.training.quiz.Eligibility;

/** What the learning service returns to the learner's pages: plain values, already filtered to the learner. */
public final class LearnerViews {

    private LearnerViews() {
    }

    /** One assigned course on "My training". */
    public record MyCourse(long assignmentId, String courseTitle, String summary, int estimatedMinutes,
                           TrainingStatus status, LocalDate dueOn, int progressPercent, Long enrolmentId,
                           Instant completedAt, Integer scorePercent, LocalDate expiresOn, int versionNumber,
                           LocalDate contentChecked, int editionNumber, UpdateNotice update) {
        public boolean started() {
            return enrolmentId != null;
        }
    }

    /**
     * What an update asks of the learner: the edition it brings them to, the trainer's reason and the modules to do.
     */
    public record UpdateNotice(int toEdition, String reason, List<String> moduleTitles) {
    }

    /** Where "continue" leads. */
    public record Position(long enrolmentId, Enrolment.Stage stage, int moduleNumber, int pageNumber) {
    }

    /** One module in the course outline, with its state. */
    public record ModuleSummary(int number, String title, int pages, int percent, boolean complete) {
    }

    /** One page of a module, rendered and ready to show. */
    public record PageContent(long enrolmentId, String courseTitle, int moduleNumber, int moduleCount, String moduleTitle,
                              List<String> objectives, int pageNumber, int pageCount, String pageTitle, String html,
                              List<SourceDefinition> sources, int modulePercent, int coursePercent, boolean hasCheck,
                              List<ModuleSummary> outline, LocalDate contentChecked, Integer movedToEdition,
                              int scenarioCount, boolean scenarioRequired) {
    }

    /** A knowledge-check question: the answer is never sent with it, feedback comes back when it is answered. */
    public record CheckQuestion(String id, QuestionType type, String scenario, String prompt, List<String> options,
                                boolean answered) {
    }

    public record KnowledgeCheck(long enrolmentId, String courseTitle, int moduleNumber, int moduleCount, String moduleTitle,
                                 List<CheckQuestion> questions, boolean allModulesComplete) {
    }

    /** Immediate feedback on a knowledge-check answer; it is not graded. */
    public record CheckFeedback(boolean correct, List<OptionFeedback> options) {
    }

    public record OptionFeedback(String text, boolean chosen, boolean correct, String feedback) {
    }

    /** The final assessment's state for a learner. */
    public record AssessmentState(long enrolmentId, String courseTitle, boolean unlocked, List<ModuleSummary> outline,
                                  Eligibility eligibility, Long openAttemptId, List<PastAttempt> attempts,
                                  int questionsPerAttempt, int passMark, boolean completed) {
    }

    public record PastAttempt(long attemptId, int number, Instant submittedAt, int scorePercent, boolean passed) {
    }

    /** An attempt in progress: questions in drawn order without answers. */
    public record AttemptSheet(long enrolmentId, long attemptId, int number, String courseTitle, int passMark,
                               List<CheckQuestion> questions, boolean hasScenario) {
    }

    /** A graded attempt, with whether the course is now complete. */
    public record AttemptResult(long enrolmentId, String courseTitle, AttemptOutcome outcome, boolean courseCompleted,
                                Eligibility nextAttempt) {
    }
}
