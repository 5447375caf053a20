package uk.safeguarding.training.learning;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.content.CourseText;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.learning.LearnerViews.AssessmentState;
import uk.safeguarding.training.learning.LearnerViews.AttemptResult;
import uk.safeguarding.training.learning.LearnerViews.AttemptSheet;
import uk.safeguarding.training.learning.LearnerViews.CheckQuestion;
import uk.safeguarding.training.learning.LearnerViews.PastAttempt;
import uk.safeguarding.training.learning.internal.AssignmentRepository;
import uk.safeguarding.training.learning.internal.ModuleProgressRepository;
import uk.safeguarding.training.learning.internal.ScenarioPlayRepository;
import uk.safeguarding.training.settings.OrganisationService;
import uk.safeguarding.training.quiz.Attempt;
import uk.safeguarding.training.quiz.AttemptOutcome;
import uk.safeguarding.training.quiz.Eligibility;
import uk.safeguarding.training.quiz.QuizService;

/**
 * The learner's final assessment: unlocked once every module is complete, graded on the server, and completing the
 * course (once) when passed.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(AppRoles.LEARNER)
public class AssessmentService {

    private final OwnEnrolments own;
    private final ModuleProgressRepository progress;
    private final CourseCatalog catalog;
    private final QuizService quiz;
    private final CourseText courseText;
    private final OrganisationService organisation;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EditionMoves moves;
    private final AssignmentRepository assignments;
    private final ScenarioPlayRepository scenarioPlays;

    AssessmentService(OwnEnrolments own, ModuleProgressRepository progress, CourseCatalog catalog, QuizService quiz,
                      CourseText courseText, OrganisationService organisation, ApplicationEventPublisher events, Clock clock,
                      EditionMoves moves, AssignmentRepository assignments, ScenarioPlayRepository scenarioPlays) {
        this.moves = moves;
        this.assignments = assignments;
        this.scenarioPlays = scenarioPlays;
        this.own = own;
        this.progress = progress;
        this.catalog = catalog;
        this.quiz = quiz;
        this.courseText = courseText;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    public AssessmentState state(long enrolmentId) {
        Enrolment enrolment = own.require(enrolmentId);
        CourseDefinition course = moves.course(enrolment);
        Progress state = new Progress(course, progress.findByEnrolmentId(enrolmentId));
        List<PastAttempt> past = quiz.attempts(enrolmentId).stream().filter(Attempt::isSubmitted)
                .map(a -> new PastAttempt(a.getId(), a.getNumber(), a.getSubmittedAt(), a.getScorePercent(), a.isPassed()))
                .toList();
        return new AssessmentState(enrolmentId, course.title(), state.allModulesComplete(), OwnEnrolments.outline(course, state),
                quiz.eligibility(enrolmentId, enrolment.getCourseVersionId()),
                quiz.openAttempt(enrolmentId).map(Attempt::getId).orElse(null), past, course.questionsPerAttempt(),
                course.passMark(), enrolment.isCompleted());
    }

    /**
     * The attempt in progress, or a new draw when every module is complete and the attempt rules allow one.
     *
     * @throws IllegalStateException with a learner-readable message when no attempt may start now
     */
    @Transactional
    public AttemptSheet startOrResume(long enrolmentId) {
        Enrolment enrolment = own.require(enrolmentId);
        CourseDefinition course = moves.course(enrolment);
        if (!new Progress(course, progress.findByEnrolmentId(enrolmentId)).allModulesComplete()) {
            throw new IllegalStateException("Complete every module, including its knowledge check, first.");
        }
        Attempt attempt = quiz.startOrResume(enrolmentId, enrolment.getCourseVersionId(), enrolment.moduleScope())
                .orElseThrow(() -> new IllegalStateException(quiz.eligibility(enrolmentId, enrolment.getCourseVersionId()).reason()));
        enrolment.moveTo(Enrolment.Stage.ASSESSMENT, enrolment.getModuleIndex(), enrolment.getPageIndex(), clock.instant());
        Map<String, String> values = organisation.profile().placeholderValues();
        List<CheckQuestion> questions = quiz.present(attempt).stream()
                .map(q -> new CheckQuestion(q.questionId(), q.type(), courseText.plainText(q.scenario(), values),
                        courseText.plainText(q.prompt(), values),
                        q.options().stream().map(o -> courseText.plainText(o, values)).toList(), false))
                .toList();
        return new AttemptSheet(enrolmentId, attempt.getId(), attempt.getNumber(), course.title(), course.passMark(), questions,
                course.scenarioSettings().inAssessment() && !course.scenarios().isEmpty());
    }

    /**
     * Grades the attempt once and, when it passes, completes the course for the version taken and announces it.
     * Repeats of the same submission return the stored result and change nothing. The reply carries the grading
     * only (no questions, see {@link QuizService#submit}); the result page reads the feedback with
     * {@link #result(long, long)}.
     */
    @Transactional
    public AttemptResult submit(long enrolmentId, long attemptId, Map<String, Set<Integer>> chosenPositions) {
        // The attempt is read before the enrolment: when it is already graded, the enrolment read next includes
        // whatever the grading request committed with it, so a repeated submit needs no second read of the enrolment.
        Optional<Attempt> found = quiz.attempt(enrolmentId, attemptId);
        Enrolment enrolment = own.require(enrolmentId);
        Attempt attempt = found
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not your attempt"));
        boolean gradedBefore = attempt.isSubmitted();
        CourseDefinition taken = catalog.definition(enrolment.getCourseVersionId());
        // The drawn scenario is one more item: right only when played to a good ending before submitting.
        List<Boolean> scenario = taken.scenarioSettings().inAssessment() && !taken.scenarios().isEmpty()
                ? List.of(scenarioPlays.findFirstByAttemptId(attempt.getId()).map(ScenarioPlay::endedWell).orElse(false))
                : List.of();
        AttemptOutcome outcome = quiz.submit(attempt.getId(), chosenPositions, scenario);
        if (outcome.newlyGraded()) {
            enrolment.recordAttempt(outcome.scorePercent(), outcome.submittedAt());
            events.publishEvent(new LearningActivity.AssessmentGraded(enrolment.getId(), enrolment.getUserId(),
                    enrolment.getCourseVersionId(), outcome.number(), outcome.scorePercent(), outcome.passMark(),
                    outcome.passed(), outcome.questions().stream()
                            .map(q -> new LearningActivity.AnsweredQuestion(q.questionId(), q.correct())).toList(),
                    outcome.submittedAt()));
        } else if (!gradedBefore) {
            // Graded by a request that raced this one, between its read of the attempt and its guarded update, and
            // that may have completed the course since: only then is the enrolment read again (this request's own
            // grading changes nothing another request wrote).
            enrolment = own.reread(enrolment);
        }
        CourseDefinition course = moves.course(enrolment);
        if (outcome.passed() && enrolment.complete(outcome.submittedAt(), outcome.scorePercent())) {
            Assignment assignment = assignments.findById(enrolment.getAssignmentId()).orElseThrow();
            events.publishEvent(new CourseCompleted(enrolment.getId(), enrolment.getUserId(), assignment.getCourseId(),
                    enrolment.getCourseVersionId(), enrolment.getCompletedAt(), outcome.scorePercent(),
                    assignment.getBasisEnrolmentId()));
        }
        // A pass just stored decides the next-attempt rule on its own (no attempt after a pass), so the attempts are
        // read for it only after a fail.
        Eligibility next = outcome.passed() ? Eligibility.afterPass()
                : quiz.eligibility(enrolment.getId(), enrolment.getCourseVersionId());
        return new AttemptResult(enrolment.getId(), course.title(), outcome, enrolment.isCompleted(), next);
    }

    public AttemptResult result(long enrolmentId, long attemptId) {
        Enrolment enrolment = own.require(enrolmentId);
        boolean mine = quiz.attempt(enrolmentId, attemptId).isPresent();
        AttemptOutcome outcome = mine ? quiz.outcome(attemptId).orElse(null) : null;
        if (outcome == null) {
            throw new org.springframework.security.access.AccessDeniedException("No such result");
        }
        return result(enrolment, outcome);
    }

    private AttemptResult result(Enrolment enrolment, AttemptOutcome outcome) {
        Map<String, String> values = organisation.profile().placeholderValues();
        List<AttemptOutcome.QuestionResult> filled = outcome.questions().stream().map(q -> new AttemptOutcome.QuestionResult(
                q.questionId(), q.moduleId(), q.moduleTitle(), q.moduleNumber(), courseText.plainText(q.scenario(), values),
                courseText.plainText(q.prompt(), values), q.correct(),
                q.options().stream().map(o -> new AttemptOutcome.OptionResult(courseText.plainText(o.text(), values),
                        o.chosen(), o.correct(), courseText.plainText(o.feedback(), values))).toList())).toList();
        AttemptOutcome shown = new AttemptOutcome(outcome.attemptId(), outcome.number(), outcome.submittedAt(),
                outcome.correct(), outcome.total(), outcome.scorePercent(), outcome.passMark(), outcome.passed(),
                outcome.newlyGraded(), filled);
        return new AttemptResult(enrolment.getId(), moves.course(enrolment).title(), shown,
                enrolment.isCompleted(), quiz.eligibility(enrolment.getId(), enrolment.getCourseVersionId()));
    }
}
