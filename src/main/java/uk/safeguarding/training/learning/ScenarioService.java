package uk.safeguarding.training.learning;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.content.CourseText;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.course.ScenarioDefinition;
import uk.safeguarding.training.course.ScenarioDefinition.EndingKind;
import uk.safeguarding.training.course.ScenarioDefinition.ScenarioNode;
import uk.safeguarding.training.course.ScenarioGraph;
import uk.safeguarding.training.course.SourceDefinition;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.learning.ScenarioScreen.Consequence;
import uk.safeguarding.training.learning.ScenarioScreen.PathStep;
import uk.safeguarding.training.learning.ScenarioScreen.Situation;
import uk.safeguarding.training.learning.ScenarioScreen.Summary;
import uk.safeguarding.training.learning.internal.ModuleProgressRepository;
import uk.safeguarding.training.learning.internal.ScenarioPlayRepository;
import uk.safeguarding.training.settings.OrganisationService;
import uk.safeguarding.training.quiz.DrawnQuestion;
import uk.safeguarding.training.quiz.Grading;
import uk.safeguarding.training.quiz.OptionOrder;

/**
 * The signed-in learner playing a module's scenarios. The server keeps the play: each choice is checked against the
 * graph and stored, so the path, the ending and the score are what the learner did, whatever the browser sends.
 * Scenarios are addressed by module and position (numbers from 1), like pages.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(AppRoles.LEARNER)
public class ScenarioService {

    private final OwnEnrolments own;
    private final CourseCatalog catalog;
    private final ScenarioPlayRepository plays;
    private final ModuleProgressRepository progress;
    private final CourseText courseText;
    private final OrganisationService organisation;
    private final Clock clock;
    private final uk.safeguarding.training.quiz.QuizService quiz;

    ScenarioService(OwnEnrolments own, CourseCatalog catalog, ScenarioPlayRepository plays,
                    ModuleProgressRepository progress, CourseText courseText, OrganisationService organisation,
                    Clock clock, uk.safeguarding.training.quiz.QuizService quiz) {
        this.quiz = quiz;
        this.own = own;
        this.catalog = catalog;
        this.plays = plays;
        this.progress = progress;
        this.courseText = courseText;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** The scenario as the learner left it: the play in progress, or the summary of the last one, or a new play. */
    @Transactional
    public ScenarioScreen open(long enrolmentId, int moduleNumber, int scenarioNumber) {
        Place place = place(enrolmentId, moduleNumber, scenarioNumber);
        ScenarioPlay play = plays.findFirstByEnrolmentIdAndScenarioIdAndAttemptIdIsNullOrderByIdDesc(enrolmentId,
                place.scenario().id()).orElseGet(() -> start(place));
        return screen(place, play, null);
    }

    /**
     * Makes a choice in the play in progress.
     *
     * @param shownPosition the choice's position as {@link ScenarioScreen.Situation#choices()} listed it
     * @throws IllegalStateException    when the play has already ended (another tab, a double click)
     * @throws IllegalArgumentException when there is no such choice
     */
    @Transactional
    public ScenarioScreen choose(long enrolmentId, int moduleNumber, int scenarioNumber, int shownPosition) {
        Place place = place(enrolmentId, moduleNumber, scenarioNumber);
        ScenarioPlay play = plays.findFirstByEnrolmentIdAndScenarioIdAndAttemptIdIsNullOrderByIdDesc(enrolmentId,
                place.scenario().id()).orElseThrow(() -> new IllegalStateException("The scenario has not started"));
        if (play.finished()) {
            throw new IllegalStateException("This play has ended; start the scenario again to replay it");
        }
        ScenarioGraph graph = new ScenarioGraph(place.scenario());
        ScenarioNode at = graph.walk(play.choices()).at();
        int original = original(enrolmentId, place.scenario(), at, shownPosition);
        List<Integer> path = new ArrayList<>(play.choices());
        path.add(original);
        ScenarioGraph.Walk walk = graph.walk(path);
        play.setChoices(path);
        if (walk.ended()) {
            EndingKind kind = walk.ending().kind();
            play.finish(walk.ending().id(), kind, graph.percent(walk.score()), clock.instant());
            moduleProgress(place).markScenarioEnded(place.scenario().id(), kind == EndingKind.GOOD);
        }
        plays.saveAndFlush(play);
        var chosen = walk.steps().getLast().choice();
        Map<String, String> values = organisation.profile().placeholderValues();
        return screen(place, play, new Consequence(courseText.plainText(chosen.text(), values),
                courseText.plainText(chosen.feedback(), values)));
    }

    /** Starts the scenario again from its first node; earlier plays stay on record. */
    @Transactional
    public ScenarioScreen replay(long enrolmentId, int moduleNumber, int scenarioNumber) {
        Place place = place(enrolmentId, moduleNumber, scenarioNumber);
        return screen(place, start(place), null);
    }

    /**
     * The scenario of an open assessment attempt, drawn at random from the course's scenarios the first time it is
     * asked for and the same afterwards. Choices show no feedback until the attempt is graded.
     *
     * @throws IllegalStateException when the attempt has been submitted or the course draws no scenario
     */
    @Transactional
    public ScenarioScreen assessmentScenario(long enrolmentId, long attemptId) {
        Place place = assessmentPlace(enrolmentId, attemptId, true);
        ScenarioPlay play = plays.findFirstByAttemptId(attemptId).orElseThrow();
        return withoutFeedback(screen(place, play, null));
    }

    /** A choice in the assessment's scenario; see {@link #choose}. */
    @Transactional
    public ScenarioScreen chooseInAssessment(long enrolmentId, long attemptId, int shownPosition) {
        Place place = assessmentPlace(enrolmentId, attemptId, true);
        ScenarioPlay play = plays.findFirstByAttemptId(attemptId).orElseThrow();
        if (play.finished()) {
            throw new IllegalStateException("You have reached the end of this scenario");
        }
        ScenarioGraph graph = new ScenarioGraph(place.scenario());
        int original = original(enrolmentId, place.scenario(), graph.walk(play.choices()).at(), shownPosition);
        List<Integer> path = new ArrayList<>(play.choices());
        path.add(original);
        ScenarioGraph.Walk walk = graph.walk(path);
        play.setChoices(path);
        if (walk.ended()) {
            play.finish(walk.ending().id(), walk.ending().kind(), graph.percent(walk.score()), clock.instant());
        }
        plays.saveAndFlush(play);
        Map<String, String> values = organisation.profile().placeholderValues();
        return withoutFeedback(screen(place, play, new Consequence(
                courseText.plainText(walk.steps().getLast().choice().text(), values), null)));
    }

    /** How the assessment's scenario went, once the attempt has been graded; empty when it had none. */
    public java.util.Optional<Summary> assessmentOutcome(long enrolmentId, long attemptId) {
        Enrolment enrolment = own.require(enrolmentId);
        var attempt = quiz.attempt(enrolmentId, attemptId).filter(a -> a.isSubmitted());
        if (attempt.isEmpty()) {
            return java.util.Optional.empty();
        }
        return plays.findFirstByAttemptId(attemptId).filter(ScenarioPlay::finished).flatMap(play -> {
            CourseDefinition course = catalog.definition(enrolment.getCourseVersionId());
            ModuleDefinition module = course.module(play.getModuleId()).orElseThrow();
            Place place = new Place(enrolment, course, module, course.moduleIndex(module.id()) + 1,
                    course.scenario(play.getScenarioId()).orElseThrow(),
                    module.scenarioIds().indexOf(play.getScenarioId()) + 1);
            return java.util.Optional.ofNullable(screen(place, play, null).summary());
        });
    }

    private Place assessmentPlace(long enrolmentId, long attemptId, boolean open) {
        Enrolment enrolment = own.require(enrolmentId);
        var attempt = quiz.attempt(enrolmentId, attemptId)
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not your attempt"));
        if (open && attempt.isSubmitted()) {
            throw new IllegalStateException("This attempt has been submitted");
        }
        CourseDefinition course = catalog.definition(enrolment.getCourseVersionId());
        if (!course.scenarioSettings().inAssessment() || course.scenarios().isEmpty()) {
            throw new IllegalStateException("This assessment has no scenario");
        }
        ScenarioPlay play = plays.findFirstByAttemptId(attemptId).orElseGet(() -> {
            ScenarioDefinition drawn = course.scenarios().get(
                    java.util.concurrent.ThreadLocalRandom.current().nextInt(course.scenarios().size()));
            String moduleId = course.modules().stream().filter(m -> m.scenarioIds().contains(drawn.id()))
                    .findFirst().orElseThrow().id();
            return plays.saveAndFlush(new ScenarioPlay(enrolmentId, enrolment.getCourseVersionId(), moduleId,
                    drawn.id(), attemptId, clock.instant()));
        });
        ModuleDefinition module = course.module(play.getModuleId()).orElseThrow();
        return new Place(enrolment, course, module, course.moduleIndex(module.id()) + 1,
                course.scenario(play.getScenarioId()).orElseThrow(),
                module.scenarioIds().indexOf(play.getScenarioId()) + 1);
    }

    /** In an assessment the learner sees where each choice leads, but not whether it was right, until grading. */
    private static ScenarioScreen withoutFeedback(ScenarioScreen s) {
        Consequence last = s.last() == null ? null : new Consequence(s.last().choice(), null);
        return new ScenarioScreen(s.enrolmentId(), s.courseTitle(), s.moduleNumber(), s.moduleCount(), s.moduleTitle(),
                s.scenarioNumber(), s.scenarioCount(), s.title(), s.sources(), last, s.situation(), null,
                s.goodEndingRequired(), s.hasCheck());
    }

    private ScenarioPlay start(Place place) {
        return plays.save(new ScenarioPlay(place.enrolment().getId(), place.enrolment().getCourseVersionId(),
                place.module().id(), place.scenario().id(), null, clock.instant()));
    }

    private ModuleProgress moduleProgress(Place place) {
        return progress.findByEnrolmentIdAndModuleId(place.enrolment().getId(), place.module().id())
                .orElseGet(() -> progress.save(new ModuleProgress(place.enrolment().getId(), place.module().id())));
    }

    private ScenarioScreen screen(Place place, ScenarioPlay play, Consequence last) {
        ScenarioGraph graph = new ScenarioGraph(place.scenario());
        ScenarioGraph.Walk walk = graph.walk(play.choices());
        Map<String, String> values = organisation.profile().placeholderValues();
        long versionId = place.enrolment().getCourseVersionId();
        Situation situation = null;
        Summary summary = null;
        if (walk.ended()) {
            List<PathStep> good = graph.goodPath().map(w -> steps(w, values)).orElse(List.of());
            int count = (int) plays.findByEnrolmentIdOrderById(place.enrolment().getId()).stream()
                    .filter(p -> p.getAttemptId() == null && p.getScenarioId().equals(place.scenario().id())
                            && p.finished()).count();
            summary = new Summary(walk.ending().kind(), html(walk.ending().text(), values, versionId),
                    courseText.plainText(walk.ending().feedback(), values), graph.percent(walk.score()),
                    steps(walk, values), good, count);
        } else {
            ScenarioNode at = walk.at();
            DrawnQuestion order = order(place.enrolment().getId(), place.scenario(), at);
            situation = new Situation(walk.steps().size() + 1, html(at.text(), values, versionId),
                    order.optionOrder().stream().map(i -> courseText.plainText(at.choices().get(i).text(), values))
                            .toList());
        }
        CourseDefinition course = place.course();
        List<SourceDefinition> sources = place.scenario().sourceIds().stream()
                .flatMap(id -> course.source(id).stream()).toList();
        boolean hasCheck = course.knowledgeChecks().stream().anyMatch(q -> q.moduleId().equals(place.module().id()));
        return new ScenarioScreen(place.enrolment().getId(), course.title(), place.moduleNumber(),
                course.modules().size(), place.module().title(), place.scenarioNumber(),
                place.module().scenarioIds().size(), courseText.plainText(place.scenario().title(), values), sources,
                last, situation, summary, course.scenarioSettings().goodEndingRequired(), hasCheck);
    }

    private List<PathStep> steps(ScenarioGraph.Walk walk, Map<String, String> values) {
        return walk.steps().stream().map(s -> new PathStep(courseText.plainText(s.choice().text(), values),
                courseText.plainText(s.choice().feedback(), values))).toList();
    }

    private String html(String markdown, Map<String, String> values, long versionId) {
        return courseText.toSafeHtml(markdown, values, path -> "/course-assets/" + versionId + "/" + path);
    }

    /**
     * Choices are shown in an order of their own per learner and node (as knowledge-check options are), so "the first
     * choice is the right one" cannot be learnt; the order is the same on every visit.
     */
    static DrawnQuestion order(long enrolmentId, ScenarioDefinition scenario, ScenarioNode node) {
        return OptionOrder.forLearner(enrolmentId, "scenario:" + scenario.id() + ":" + node.id(), node.choices().size());
    }

    private static int original(long enrolmentId, ScenarioDefinition scenario, ScenarioNode node, int shownPosition) {
        if (shownPosition < 0 || shownPosition >= node.choices().size()) {
            throw new IllegalArgumentException("There is no such choice");
        }
        Set<Integer> original = Grading.toOriginal(order(enrolmentId, scenario, node), Set.of(shownPosition));
        return original.iterator().next();
    }

    private Place place(long enrolmentId, int moduleNumber, int scenarioNumber) {
        Enrolment enrolment = own.require(enrolmentId);
        CourseDefinition course = catalog.definition(enrolment.getCourseVersionId());
        if (moduleNumber < 1 || moduleNumber > course.modules().size()) {
            throw new IllegalArgumentException("The course has no module " + moduleNumber);
        }
        ModuleDefinition module = course.modules().get(moduleNumber - 1);
        if (scenarioNumber < 1 || scenarioNumber > module.scenarioIds().size()) {
            throw new IllegalArgumentException("Module " + moduleNumber + " has no scenario " + scenarioNumber);
        }
        ScenarioDefinition scenario = course.scenario(module.scenarioIds().get(scenarioNumber - 1))
                .orElseThrow(() -> new IllegalArgumentException("No such scenario"));
        return new Place(enrolment, course, module, moduleNumber, scenario, scenarioNumber);
    }

    private record Place(Enrolment enrolment, CourseDefinition course, ModuleDefinition module, int moduleNumber,
                         ScenarioDefinition scenario, int scenarioNumber) {
    }
}
