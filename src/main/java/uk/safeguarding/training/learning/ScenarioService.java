package uk.safeguarding.training.learning;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.content.CourseText;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.course.ScenarioDefinition;
import uk.safeguarding.training.course.ScenarioDefinition.EndingKind;
import uk.safeguarding.training.course.ScenarioGraph;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.learning.ScenarioScreen.Choice;
import uk.safeguarding.training.learning.ScenarioScreen.Consequence;
import uk.safeguarding.training.learning.ScenarioScreen.Summary;
import uk.safeguarding.training.learning.internal.ModuleProgressRepository;
import uk.safeguarding.training.learning.internal.ScenarioPlayRepository;
import uk.safeguarding.training.settings.OrganisationService;

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
     * Makes a choice in the play in progress. A choice made on a screen that is no longer the play's (the late second
     * click of a double click, another tab, requests sent at once) is not stored: the screen as the play now stands
     * is returned instead, so the player simply shows it again.
     *
     * @throws IllegalStateException    when the scenario has not been opened
     * @throws IllegalArgumentException when the node shown offers no such choice
     */
    @Transactional
    public ScenarioScreen choose(long enrolmentId, int moduleNumber, int scenarioNumber, Choice choice) {
        Place place = place(enrolmentId, moduleNumber, scenarioNumber);
        ScenarioPlay play = plays.findFirstByEnrolmentIdAndScenarioIdAndAttemptIdIsNullOrderByIdDesc(enrolmentId,
                place.scenario().id()).orElseThrow(() -> new IllegalStateException("The scenario has not started"));
        Stored stored = store(place, play, choice);
        if (stored.walk() == null) {
            return screen(place, stored.play(), lastConsequence(place, stored.play(), true));
        }
        ScenarioGraph.Walk walk = stored.walk();
        if (walk.ended()) {
            moduleProgress(place).markScenarioEnded(place.scenario().id(), walk.ending().kind() == EndingKind.GOOD);
        }
        return screen(place, stored.play(), consequence(place, walk.steps().getLast(), true));
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

    /** A choice in the assessment's scenario; see {@link #choose}, also for a choice that comes too late. */
    @Transactional
    public ScenarioScreen chooseInAssessment(long enrolmentId, long attemptId, Choice choice) {
        Place place = assessmentPlace(enrolmentId, attemptId, true);
        ScenarioPlay play = plays.findFirstByAttemptId(attemptId).orElseThrow();
        Stored stored = store(place, play, choice);
        Consequence last = stored.walk() == null ? lastConsequence(place, stored.play(), false)
                : consequence(place, stored.walk().steps().getLast(), false);
        return withoutFeedback(screen(place, stored.play(), last));
    }

    /**
     * Stores the choice as the play's next step when it was made on the step and node the play is on, guarded in
     * the database as well (see {@link ScenarioPlayRepository#storeStep}): of requests sent at once, one stores.
     *
     * @return the play as it now stands, with the walk including the new step, or no walk when nothing was stored
     */
    private Stored store(Place place, ScenarioPlay play, Choice choice) {
        ScenarioGraph graph = new ScenarioGraph(place.scenario());
        ScenarioGraph.Walk before = graph.walk(play.choices());
        if (!ScenarioScreens.current(before, choice)) {
            return new Stored(play, null);
        }
        int original = screens(place).original(place.scenario(), before.at(), choice.shownPosition());
        List<Integer> path = new ArrayList<>(play.choices());
        path.add(original);
        ScenarioGraph.Walk walk = graph.walk(path);
        ScenarioDefinition.ScenarioEnding ending = walk.ending();
        java.time.Instant finishedAt = walk.ended() ? clock.instant() : null;
        int changed = plays.storeStep(play.getId(), play.getPath(), ScenarioPlay.written(path),
                ending == null ? null : ending.id(), ending == null ? null : ending.kind(),
                ending == null ? null : graph.percent(walk.score()), finishedAt);
        // Read back either way: the winner of a race sees its own step, a loser the step that won.
        ScenarioPlay stored = plays.findById(play.getId()).orElseThrow();
        return new Stored(stored, changed == 1 ? walk : null);
    }

    private record Stored(ScenarioPlay play, ScenarioGraph.Walk walk) {
    }

    private Consequence lastConsequence(Place place, ScenarioPlay play, boolean withFeedback) {
        return screens(place).lastConsequence(place.scenario(), play.choices(), withFeedback);
    }

    private Consequence consequence(Place place, ScenarioGraph.Step step, boolean withFeedback) {
        return screens(place).consequence(step, withFeedback);
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
        return screens(place).screen(place.enrolment().getId(), place.course(), place.module(), place.scenario(),
                play.choices(), last, () -> (int) plays.findByEnrolmentIdOrderById(place.enrolment().getId()).stream()
                        .filter(p -> p.getAttemptId() == null && p.getScenarioId().equals(place.scenario().id())
                                && p.finished()).count());
    }

    private ScenarioScreens screens(Place place) {
        long versionId = place.enrolment().getCourseVersionId();
        return new ScenarioScreens(courseText, organisation.profile().placeholderValues(), place.enrolment().getId(),
                path -> "/course-assets/" + versionId + "/" + path);
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
