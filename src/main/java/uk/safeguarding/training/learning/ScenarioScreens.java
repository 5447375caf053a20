package uk.safeguarding.training.learning;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.UnaryOperator;
import uk.safeguarding.training.content.CourseText;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.course.ScenarioDefinition;
import uk.safeguarding.training.course.ScenarioDefinition.ScenarioNode;
import uk.safeguarding.training.course.ScenarioGraph;
import uk.safeguarding.training.course.SourceDefinition;
import uk.safeguarding.training.learning.ScenarioScreen.Consequence;
import uk.safeguarding.training.learning.ScenarioScreen.PathStep;
import uk.safeguarding.training.learning.ScenarioScreen.Situation;
import uk.safeguarding.training.learning.ScenarioScreen.Summary;
import uk.safeguarding.training.quiz.DrawnQuestion;
import uk.safeguarding.training.quiz.Grading;
import uk.safeguarding.training.quiz.OptionOrder;

/**
 * What the player shows for a scenario and a path, whoever plays it: the learner (plays stored, {@link
 * ScenarioService}) or a trainer previewing a draft (plays kept in memory, {@link ScenarioPractice}). One owner, so the
 * preview is the learner's screen and not a copy of it.
 *
 * @param orderSeed the seed of the choices' order (the enrolment for a learner), so the order is the same on each visit
 * @param assetUrl  where an image named in the text ({@code assets/x.png}) is served from
 */
record ScenarioScreens(CourseText courseText, Map<String, String> values, long orderSeed,
                       UnaryOperator<String> assetUrl) {

    ScenarioScreen screen(long enrolmentId, CourseDefinition course, ModuleDefinition module,
                          ScenarioDefinition scenario, List<Integer> path, Consequence last, IntSupplier plays) {
        ScenarioGraph graph = new ScenarioGraph(scenario);
        ScenarioGraph.Walk walk = graph.walk(path);
        Situation situation = null;
        Summary summary = null;
        if (walk.ended()) {
            List<PathStep> good = graph.goodPath().map(this::steps).orElse(List.of());
            summary = new Summary(walk.ending().kind(), html(walk.ending().text()), plain(walk.ending().feedback()),
                    graph.percent(walk.score()), steps(walk), good, plays.getAsInt());
        } else {
            ScenarioNode at = walk.at();
            situation = new Situation(walk.steps().size() + 1, at.id(), html(at.text()),
                    order(scenario, at).optionOrder().stream().map(i -> plain(at.choices().get(i).text())).toList());
        }
        List<SourceDefinition> sources = scenario.sourceIds().stream().flatMap(id -> course.source(id).stream())
                .toList();
        boolean hasCheck = course.knowledgeChecks().stream().anyMatch(q -> q.moduleId().equals(module.id()));
        return new ScenarioScreen(enrolmentId, course.title(), course.moduleIndex(module.id()) + 1,
                course.modules().size(), module.title(), module.scenarioIds().indexOf(scenario.id()) + 1,
                module.scenarioIds().size(), plain(scenario.title()), sources, last, situation, summary,
                course.scenarioSettings().goodEndingRequired(), hasCheck);
    }

    /** The choice and, unless in an assessment, its consequence. */
    Consequence consequence(ScenarioGraph.Step step, boolean withFeedback) {
        return new Consequence(plain(step.choice().text()), withFeedback ? plain(step.choice().feedback()) : null);
    }

    /** The last step of a path, for the screen shown to a choice that came too late; null before the first. */
    Consequence lastConsequence(ScenarioDefinition scenario, List<Integer> path, boolean withFeedback) {
        ScenarioGraph.Walk walk = new ScenarioGraph(scenario).walk(path);
        return walk.steps().isEmpty() ? null : consequence(walk.steps().getLast(), withFeedback);
    }

    /**
     * Choices are shown in an order of their own per learner and node (as knowledge-check options are), so "the first
     * choice is the right one" cannot be learnt; the order is the same on every visit.
     */
    DrawnQuestion order(ScenarioDefinition scenario, ScenarioNode node) {
        return OptionOrder.forLearner(orderSeed, "scenario:" + scenario.id() + ":" + node.id(), node.choices().size());
    }

    /** The choice's position in the file, from its position as shown. */
    int original(ScenarioDefinition scenario, ScenarioNode node, int shownPosition) {
        if (shownPosition < 0 || shownPosition >= node.choices().size()) {
            throw new IllegalArgumentException("There is no such choice");
        }
        Set<Integer> original = Grading.toOriginal(order(scenario, node), Set.of(shownPosition));
        return original.iterator().next();
    }

    /** Whether a choice was made on the screen the path is at now: the same step of the same node. */
    static boolean current(ScenarioGraph.Walk walk, ScenarioScreen.Choice choice) {
        return !walk.ended() && choice.step() == walk.steps().size() + 1 && walk.at().id().equals(choice.nodeId());
    }

    private List<PathStep> steps(ScenarioGraph.Walk walk) {
        return walk.steps().stream().map(s -> new PathStep(plain(s.choice().text()), plain(s.choice().feedback())))
                .toList();
    }

    private String plain(String text) {
        return courseText.plainText(text, values);
    }

    private String html(String markdown) {
        return courseText.toSafeHtml(markdown, values, assetUrl);
    }
}
