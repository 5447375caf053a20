package uk.safeguarding.training.learning;

import java.util.ArrayList;
import java.util.List;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.course.ScenarioDefinition;
import uk.safeguarding.training.course.ScenarioGraph;
import uk.safeguarding.training.learning.ScenarioScreen.Choice;
import uk.safeguarding.training.shared.Refusal;

/**
 * A play of a scenario kept in memory only, for a trainer previewing a draft: the learner's screens and rules
 * ({@link ScenarioScreens}, {@link ScenarioGraph}), with nothing stored, so a preview never reaches a report. One
 * per view; not shared between threads.
 */
public final class ScenarioPractice {

    private final ScenarioScreens screens;
    private final CourseDefinition course;
    private final ModuleDefinition module;
    private final ScenarioDefinition scenario;
    private final List<Integer> path = new ArrayList<>();
    private int finishedPlays;

    ScenarioPractice(ScenarioScreens screens, CourseDefinition course, ModuleDefinition module,
                     ScenarioDefinition scenario) {
        this.screens = screens;
        this.course = course;
        this.module = module;
        this.scenario = scenario;
    }

    public ScenarioScreen screen() {
        return screen(null);
    }

    /**
     * A choice, as {@link ScenarioService#choose} takes it: one made on a screen the play has left changes nothing and
     * gets the screen as it stands.
     *
     * @throws IllegalArgumentException when the node shown offers no such choice
     * @throws Refusal when the choice leads nowhere yet (a draft): the trainer is told, and the play stays where it was
     */
    public ScenarioScreen choose(Choice choice) {
        ScenarioGraph graph = new ScenarioGraph(scenario);
        ScenarioGraph.Walk before = graph.walk(path);
        if (!ScenarioScreens.current(before, choice)) {
            return screen(screens.lastConsequence(scenario, path, true));
        }
        List<Integer> next = new ArrayList<>(path);
        next.add(screens.original(scenario, before.at(), choice.shownPosition()));
        ScenarioGraph.Walk walk;
        try {
            walk = graph.walk(next);
        } catch (IllegalArgumentException e) {
            // A draft may have a choice that leads nowhere yet: the walk refuses it before the play moves on.
            throw new Refusal("This choice cannot be played yet: " + e.getMessage()
                    + ". The editor lists the scenario's problems.");
        }
        path.add(next.getLast());
        if (walk.ended()) {
            finishedPlays++;
        }
        return screen(screens.consequence(walk.steps().getLast(), true));
    }

    /** Starts again from the first node. */
    public ScenarioScreen replay() {
        path.clear();
        return screen(null);
    }

    private ScenarioScreen screen(ScenarioScreen.Consequence last) {
        return screens.screen(0, course, module, scenario, path, last, () -> finishedPlays);
    }
}
