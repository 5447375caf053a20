package uk.safeguarding.training.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.course.ScenarioDefinition;
import uk.safeguarding.training.course.ScenarioDefinition.EndingKind;
import uk.safeguarding.training.course.ScenarioDefinition.ScenarioChoice;
import uk.safeguarding.training.course.ScenarioDefinition.ScenarioEnding;
import uk.safeguarding.training.course.ScenarioDefinition.ScenarioNode;
import uk.safeguarding.training.course.ScenarioSettings;

/**
 * Edits to whole scenarios of a draft (the parts inside one scenario are {@link DraftEdits}): adding one to a module,
 * removing one, its sources, and the course's scenario settings. Pure, like DraftEdits. The course keeps its scenarios
 * in learning order (module by module, as each module lists them), which is the order reading the course files gives
 * back, so a scenario added here exports and re-imports as the same course.
 */
public final class WholeScenarioEdits {

    private WholeScenarioEdits() {
    }

    /**
     * A new scenario at the end of the module's list: one situation whose two choices lead to a good and to a harmful
     * ending, every text filled in so the draft stays valid, citing the module's first source (or the course's). The
     * trainer then rewrites it. Its id is "NN-slug" after the highest number in use, as the shipped files are named.
     */
    public static CourseDefinition addScenario(CourseDefinition c, int moduleIndex, String title) {
        ModuleDefinition module = c.modules().get(moduleIndex);
        String id = freeScenarioId(c, title);
        List<String> sources = !module.sourceIds().isEmpty() ? List.of(module.sourceIds().getFirst())
                : c.sources().isEmpty() ? List.of() : List.of(c.sources().getFirst().id());
        ScenarioDefinition skeleton = new ScenarioDefinition(id, title == null || title.isBlank() ? "New scenario"
                : title.strip(), sources, List.of(new ScenarioNode("situation-1",
                "Describe the situation the learner is in.", List.of(
                        new ScenarioChoice("The right thing to do.", "ending-1", 10,
                                "Say why this is right, from the guidance the scenario cites."),
                        new ScenarioChoice("A harmful thing to do.", "ending-2", 0,
                                "Say why this puts the child at risk.")))),
                List.of(new ScenarioEnding("ending-1", EndingKind.GOOD, "What happens after the right choice.", 10,
                                "Why this ending is good."),
                        new ScenarioEnding("ending-2", EndingKind.HARMFUL, "What happens after the harmful choice.", 0,
                                "Why this ending is harmful.")));
        List<ModuleDefinition> modules = new ArrayList<>(c.modules());
        List<String> listed = new ArrayList<>(module.scenarioIds());
        listed.add(id);
        modules.set(moduleIndex, new ModuleDefinition(module.id(), module.title(), module.objectives(),
                module.sourceIds(), module.pages(), listed));
        List<ScenarioDefinition> scenarios = new ArrayList<>(c.scenarios());
        scenarios.add(skeleton);
        return inLearningOrder(withModules(c, modules), scenarios, c.scenarioSettings());
    }

    /** Removes the scenario and the module's mention of it (a listed scenario without a file is an error). */
    public static CourseDefinition removeScenario(CourseDefinition c, int index) {
        String id = c.scenarios().get(index).id();
        List<ModuleDefinition> modules = c.modules().stream().map(m -> m.scenarioIds().contains(id)
                ? new ModuleDefinition(m.id(), m.title(), m.objectives(), m.sourceIds(), m.pages(),
                m.scenarioIds().stream().filter(s -> !s.equals(id)).toList()) : m).toList();
        List<ScenarioDefinition> scenarios = new ArrayList<>(c.scenarios());
        scenarios.remove(index);
        return withModules(c, modules).withScenarios(scenarios, c.scenarioSettings());
    }

    /** The sources the scenario cites, in the order given; unknown ids are left for the validator to name. */
    public static ScenarioDefinition sources(ScenarioDefinition s, List<String> sourceIds) {
        return new ScenarioDefinition(s.id(), s.title(), sourceIds, s.nodes(), s.endings());
    }

    public static CourseDefinition settings(CourseDefinition c, ScenarioSettings settings) {
        return c.withScenarios(c.scenarios(), settings);
    }

    /** "NN-slug": the number after the highest in use, the slug from the title. */
    static String freeScenarioId(CourseDefinition c, String title) {
        int highest = c.scenarios().stream().map(ScenarioDefinition::id)
                .filter(id -> id != null && id.matches("\\d+-.*"))
                .mapToInt(id -> Integer.parseInt(id.substring(0, id.indexOf('-')))).max().orElse(0);
        String slug = title == null ? "" : title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        slug = slug.length() > 40 ? slug.substring(0, 40).replaceAll("-+$", "") : slug;
        String id = String.format("%02d-%s", highest + 1, slug.isEmpty() ? "scenario" : slug);
        return c.scenario(id).isPresent() ? id + "-" + (c.scenarios().size() + 1) : id;
    }

    /** Scenarios sorted as the course files give them back: module by module, in each module's listed order. */
    private static CourseDefinition inLearningOrder(CourseDefinition c, List<ScenarioDefinition> scenarios,
                                                   ScenarioSettings settings) {
        List<ScenarioDefinition> ordered = new ArrayList<>();
        for (ModuleDefinition m : c.modules()) {
            for (String id : m.scenarioIds()) {
                scenarios.stream().filter(s -> id.equals(s.id()) && !ordered.contains(s)).findFirst()
                        .ifPresent(ordered::add);
            }
        }
        scenarios.stream().filter(s -> !ordered.contains(s)).forEach(ordered::add);
        return c.withScenarios(ordered, settings);
    }

    private static CourseDefinition withModules(CourseDefinition c, List<ModuleDefinition> modules) {
        return new CourseDefinition(c.id(), c.title(), c.summary(), c.audience(), c.estimatedMinutes(), c.passMark(),
                c.questionsPerAttempt(), c.validityMonths(), c.attemptPolicy(), c.sources(), modules, c.questions(),
                c.knowledgeChecks(), c.assets(), c.contentChecked(), c.scenarios(), c.scenarioSettings());
    }
}
