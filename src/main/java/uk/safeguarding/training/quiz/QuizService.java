package uk.safeguarding.training.quiz;

import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.EditionRules;
import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.course.OptionDefinition;
import uk.safeguarding.training.course.QuestionDefinition;
import uk.safeguarding.training.quiz.internal.AttemptRepository;
import uk.safeguarding.training.quiz.internal.ItemAnswers;

/**
 * Final assessments: drawing, presenting without the answers, grading on the server, storing every attempt.
 * Callers (the learning service) check that the enrolment belongs to the person before calling.
 */
@Service
@Transactional(readOnly = true)
public class QuizService {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<DrawnQuestion>> DRAW = new TypeReference<>() { };
    private static final TypeReference<Map<String, Set<Integer>>> ANSWERS = new TypeReference<>() { };

    private final AttemptRepository attempts;
    private final ItemAnswers itemAnswers;
    private final EntityManager entityManager;
    private final CourseCatalog catalog;
    private final Clock clock;
    private final RandomGenerator random = new SecureRandom();

    QuizService(AttemptRepository attempts, ItemAnswers itemAnswers, EntityManager entityManager, CourseCatalog catalog,
                Clock clock) {
        this.attempts = attempts;
        this.itemAnswers = itemAnswers;
        this.entityManager = entityManager;
        this.catalog = catalog;
        this.clock = clock;
    }

    public List<Attempt> attempts(long enrolmentId) {
        return attempts.findByEnrolmentIdOrderByNumberAsc(enrolmentId);
    }

    /** One attempt, only if it belongs to the enrolment. */
    public Optional<Attempt> attempt(long enrolmentId, long attemptId) {
        return attempts.findById(attemptId).filter(a -> a.getEnrolmentId() == enrolmentId);
    }

    public Optional<Attempt> openAttempt(long enrolmentId) {
        return attempts.findFirstByEnrolmentIdAndSubmittedAtIsNullOrderByNumberDesc(enrolmentId);
    }

    public Eligibility eligibility(long enrolmentId, long courseVersionId) {
        CourseDefinition course = catalog.definition(courseVersionId);
        Object[] row = attempts.submittedSummary(enrolmentId).getFirst();
        Eligibility.Past past = new Eligibility.Past(((Number) row[0]).longValue(),
                row[1] != null && ((Number) row[1]).longValue() > 0, (Instant) row[2]);
        return Eligibility.of(course.attemptPolicy(), past, clock.instant());
    }

    /**
     * The attempt in progress, or a new one with a fresh draw when the rules allow. An unfinished attempt is
     * resumed rather than redrawn, so signing out (or a restart) loses nothing and cannot be used to re-roll.
     */
    @Transactional
    public Optional<Attempt> startOrResume(long enrolmentId, long courseVersionId) {
        return startOrResume(enrolmentId, courseVersionId, List.of());
    }

    /**
     * As {@link #startOrResume(long, long)}, drawing only from the given modules' questions (an update's short check,
     * {@link EditionRules#updateScope}); empty for the whole course. Grading is the same either way.
     */
    @Transactional
    public Optional<Attempt> startOrResume(long enrolmentId, long courseVersionId, List<String> moduleScope) {
        Optional<Attempt> open = openAttempt(enrolmentId);
        if (open.isPresent()) {
            return open;
        }
        if (!eligibility(enrolmentId, courseVersionId).allowed()) {
            return Optional.empty();
        }
        CourseDefinition whole = catalog.definition(courseVersionId);
        CourseDefinition course = moduleScope.isEmpty() ? whole : EditionRules.updateScope(whole, moduleScope);
        List<DrawnQuestion> draw = QuestionDraw.draw(course, random);
        int number = (int) attempts.countByEnrolmentId(enrolmentId) + 1;
        // A scenario drawn into the assessment is one more item, marked right or wrong like a question.
        int items = draw.size() + (course.scenarioSettings().inAssessment() && !course.scenarios().isEmpty() ? 1 : 0);
        return Optional.of(attempts.save(new Attempt(enrolmentId, courseVersionId, number, clock.instant(),
                JSON.writeValueAsString(draw), items)));
    }

    /** The questions of an attempt as they may be shown: no correct flags, no feedback. */
    public List<PresentedQuestion> present(Attempt attempt) {
        CourseDefinition course = catalog.definition(attempt.getCourseVersionId());
        return draw(attempt).stream().map(d -> {
            QuestionDefinition q = question(course, d.questionId());
            List<String> options = d.optionOrder().stream().map(i -> q.options().get(i).text()).toList();
            return new PresentedQuestion(q.id(), q.type(), q.scenario(), q.prompt(), options);
        }).toList();
    }

    /**
     * Grades and stores the attempt once. Any later submission of the same attempt (double click, retry, second
     * tab, another instance) gets the stored outcome with {@code newlyGraded == false}.
     *
     * <p>The reply is the grading only: its {@link AttemptOutcome#questions()} is empty. The per-question results,
     * with their feedback, are for the result page, which reads them with {@link #outcome(long)}; building them here
     * would be thrown away by every caller.
     *
     * @param chosenPositions per question id, the positions (as shown) the learner ticked
     */
    @Transactional
    public AttemptOutcome submit(long attemptId, Map<String, Set<Integer>> chosenPositions) {
        return submit(attemptId, chosenPositions, List.of());
    }

    /**
     * As {@link #submit(long, Map)}, with items graded elsewhere (the assessment's scenario: right when it ended
     * well), which count towards the score exactly as a question does.
     */
    @Transactional
    public AttemptOutcome submit(long attemptId, Map<String, Set<Integer>> chosenPositions, List<Boolean> otherItems) {
        Attempt attempt = attempts.findById(attemptId).orElseThrow(() -> new IllegalArgumentException("No attempt " + attemptId));
        CourseDefinition course = catalog.definition(attempt.getCourseVersionId());
        if (attempt.isSubmitted()) {
            return grading(attempt, course, false);
        }
        Map<String, QuestionDefinition> questions = questionsById(course);
        Map<String, Set<Integer>> answers = new LinkedHashMap<>();
        Map<String, Boolean> rightByQuestion = new LinkedHashMap<>();
        int correct = 0;
        for (DrawnQuestion drawn : draw(attempt)) {
            Set<Integer> original = Grading.toOriginal(drawn, chosenPositions.getOrDefault(drawn.questionId(), Set.of()));
            answers.put(drawn.questionId(), original);
            boolean right = Grading.isCorrect(question(questions, drawn.questionId()), original);
            rightByQuestion.put(drawn.questionId(), right);
            if (right) {
                correct++;
            }
        }
        correct += (int) otherItems.stream().filter(Boolean::booleanValue).count();
        int score = Grading.percent(correct, attempt.getQuestionCount());
        boolean passed = Grading.passed(score, course.passMark());
        Instant at = clock.instant();
        // One UPDATE, guarded by "not yet submitted". It leaves the persistence context alone, so the caller's
        // entities stay managed; only this attempt, now stale, is detached.
        int updated = attempts.recordGrading(attemptId, at, JSON.writeValueAsString(answers), correct, score, passed);
        entityManager.detach(attempt);
        if (updated == 1) {
            // Only the request that graded the attempt stores its items, so statistics count each attempt once.
            itemAnswers.record(attemptId, attempt.getCourseVersionId(), score, rightByQuestion);
            return new AttemptOutcome(attempt.getId(), attempt.getNumber(), at, correct, attempt.getQuestionCount(), score,
                    course.passMark(), passed, true, List.of());
        }
        // Another request graded it between our read and our update; its result is the one stored.
        return grading(attempts.findById(attemptId).orElseThrow(), course, false);
    }

    public Optional<AttemptOutcome> outcome(long attemptId) {
        return attempts.findById(attemptId).filter(Attempt::isSubmitted).map(a -> outcome(a, false));
    }

    private static AttemptOutcome grading(Attempt attempt, CourseDefinition course, boolean newlyGraded) {
        return new AttemptOutcome(attempt.getId(), attempt.getNumber(), attempt.getSubmittedAt(),
                attempt.getCorrectCount(), attempt.getQuestionCount(), attempt.getScorePercent(), course.passMark(),
                attempt.isPassed(), newlyGraded, List.of());
    }

    private AttemptOutcome outcome(Attempt attempt, boolean newlyGraded) {
        CourseDefinition course = catalog.definition(attempt.getCourseVersionId());
        List<AttemptOutcome.QuestionResult> results = new ArrayList<>();
        if (attempt.getAnswersJson() == null) {
            // The answers were deleted under the retention policy: the score and outcome remain, the questions do not.
            return new AttemptOutcome(attempt.getId(), attempt.getNumber(), attempt.getSubmittedAt(),
                    attempt.getCorrectCount(), attempt.getQuestionCount(), attempt.getScorePercent(), course.passMark(),
                    attempt.isPassed(), newlyGraded, results);
        }
        Map<String, Set<Integer>> answers = JSON.readValue(attempt.getAnswersJson(), ANSWERS);
        for (DrawnQuestion drawn : draw(attempt)) {
            QuestionDefinition q = question(course, drawn.questionId());
            Set<Integer> chosen = new HashSet<>(answers.getOrDefault(q.id(), Set.of()));
            List<AttemptOutcome.OptionResult> options = drawn.optionOrder().stream().map(i -> {
                OptionDefinition o = q.options().get(i);
                return new AttemptOutcome.OptionResult(o.text(), chosen.contains(i), o.correct(), o.feedback());
            }).toList();
            int moduleIndex = course.moduleIndex(q.moduleId());
            String moduleTitle = course.module(q.moduleId()).map(ModuleDefinition::title).orElse(q.moduleId());
            results.add(new AttemptOutcome.QuestionResult(q.id(), q.moduleId(), moduleTitle, moduleIndex + 1,
                    q.scenario(), q.prompt(), Grading.isCorrect(q, chosen), options));
        }
        return new AttemptOutcome(attempt.getId(), attempt.getNumber(), attempt.getSubmittedAt(),
                attempt.getCorrectCount(), attempt.getQuestionCount(), attempt.getScorePercent(), course.passMark(),
                attempt.isPassed(), newlyGraded, results);
    }

    private static List<DrawnQuestion> draw(Attempt attempt) {
        return JSON.readValue(attempt.getDrawJson(), DRAW);
    }

    private static QuestionDefinition question(CourseDefinition course, String id) {
        return course.questions().stream().filter(q -> q.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Question " + id + " is not in the course version"));
    }

    private static Map<String, QuestionDefinition> questionsById(CourseDefinition course) {
        Map<String, QuestionDefinition> byId = new HashMap<>();
        course.questions().forEach(q -> byId.put(q.id(), q));
        return byId;
    }

    private static QuestionDefinition question(Map<String, QuestionDefinition> questions, String id) {
        QuestionDefinition question = questions.get(id);
        if (question == null) {
            throw new IllegalStateException("Question " + id + " is not in the course version");
        }
        return question;
    }
}
