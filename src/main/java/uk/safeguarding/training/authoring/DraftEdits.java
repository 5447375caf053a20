package uk.safeguarding.training.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import uk.safeguarding.training.course.AssetDefinition;
import uk.safeguarding.training.course.AttemptPolicy;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.course.OptionDefinition;
import uk.safeguarding.training.course.PageDefinition;
import uk.safeguarding.training.course.QuestionDefinition;
import uk.safeguarding.training.course.QuestionType;
import uk.safeguarding.training.course.ScenarioDefinition;
import uk.safeguarding.training.course.ScenarioDefinition.EndingKind;
import uk.safeguarding.training.course.ScenarioDefinition.ScenarioChoice;
import uk.safeguarding.training.course.ScenarioDefinition.ScenarioEnding;
import uk.safeguarding.training.course.ScenarioDefinition.ScenarioNode;
import uk.safeguarding.training.course.SourceDefinition;

/**
 * The edits an editor makes to a draft, each returning a new course (the model is immutable). Pure, so the rules
 * (deleting a module takes its questions with it, renaming a module id keeps its questions attached) are tested
 * without a browser.
 */
public final class DraftEdits {

    private DraftEdits() {
    }

    /** The course-level settings edited together in one form. */
    public record Settings(String title, String summary, String audience, int estimatedMinutes, int passMark,
                           int questionsPerAttempt, int validityMonths, int maxAttempts, int waitMinutes) {

        public static Settings of(CourseDefinition c) {
            return new Settings(c.title(), c.summary(), c.audience(), c.estimatedMinutes(), c.passMark(),
                    c.questionsPerAttempt(), c.validityMonths(), c.attemptPolicy().maxAttempts(),
                    c.attemptPolicy().waitMinutes());
        }
    }

    /** Which list of questions an edit is about. */
    public enum Bank { QUESTIONS, KNOWLEDGE_CHECKS }

    public static CourseDefinition skeleton(String id, String title) {
        ModuleDefinition first = new ModuleDefinition("01-introduction", "Introduction", List.of(), List.of(),
                List.of(new PageDefinition("Introduction", List.of(), "")));
        return new CourseDefinition(id, title, "", "", 30, 80, 1, 12, AttemptPolicy.UNLIMITED, List.of(),
                List.of(first), List.of(), List.of(), List.of());
    }

    public static CourseDefinition copy(CourseDefinition c, String id, String title) {
        return new CourseDefinition(id, title, c.summary(), c.audience(), c.estimatedMinutes(), c.passMark(),
                c.questionsPerAttempt(), c.validityMonths(), c.attemptPolicy(), c.sources(), c.modules(),
                c.questions(), c.knowledgeChecks(), c.assets(), c.contentChecked(), c.scenarios(), c.scenarioSettings());
    }

    public static CourseDefinition settings(CourseDefinition c, Settings s) {
        return new CourseDefinition(c.id(), s.title(), s.summary(), s.audience(), s.estimatedMinutes(), s.passMark(),
                s.questionsPerAttempt(), s.validityMonths(), new AttemptPolicy(s.maxAttempts(), s.waitMinutes()),
                c.sources(), c.modules(), c.questions(), c.knowledgeChecks(), c.assets(), c.contentChecked(), c.scenarios(),
                c.scenarioSettings());
    }

    public static CourseDefinition sources(CourseDefinition c, List<SourceDefinition> sources) {
        return with(c, sources, c.modules(), c.questions(), c.knowledgeChecks(), c.assets());
    }

    public static CourseDefinition module(CourseDefinition c, int index, UnaryOperator<ModuleDefinition> edit) {
        List<ModuleDefinition> modules = new ArrayList<>(c.modules());
        modules.set(index, edit.apply(modules.get(index)));
        return with(c, c.sources(), modules, c.questions(), c.knowledgeChecks(), c.assets());
    }

    /** A new module at the end, with one empty page, named so its file sorts after the others. */
    public static CourseDefinition addModule(CourseDefinition c, String title) {
        List<ModuleDefinition> modules = new ArrayList<>(c.modules());
        String id = freeModuleId(c, title);
        modules.add(new ModuleDefinition(id, title, List.of(), List.of(), List.of(new PageDefinition(title, List.of(), ""))));
        return with(c, c.sources(), modules, c.questions(), c.knowledgeChecks(), c.assets());
    }

    public static CourseDefinition moveModule(CourseDefinition c, int from, int to) {
        if (to < 0 || to >= c.modules().size()) {
            return c;
        }
        List<ModuleDefinition> modules = new ArrayList<>(c.modules());
        modules.add(to, modules.remove(from));
        return with(c, c.sources(), modules, c.questions(), c.knowledgeChecks(), c.assets());
    }

    /**
     * Removes the module and its questions, knowledge checks and scenarios, which would otherwise point at nothing
     * (a scenario file no module lists is an error).
     */
    public static CourseDefinition removeModule(CourseDefinition c, int index) {
        String id = c.modules().get(index).id();
        List<String> scenarioIds = c.modules().get(index).scenarioIds();
        List<ModuleDefinition> modules = new ArrayList<>(c.modules());
        modules.remove(index);
        CourseDefinition without = with(c, c.sources(), modules,
                c.questions().stream().filter(q -> !id.equals(q.moduleId())).toList(),
                c.knowledgeChecks().stream().filter(q -> !id.equals(q.moduleId())).toList(), c.assets());
        return without.withScenarios(without.scenarios().stream().filter(s -> !scenarioIds.contains(s.id())).toList(),
                without.scenarioSettings());
    }

    /** Changes a module's id (its file name) and every question and knowledge check that names it. */
    public static CourseDefinition renameModuleId(CourseDefinition c, int index, String newId) {
        ModuleDefinition old = c.modules().get(index);
        CourseDefinition renamed = module(c, index, m -> new ModuleDefinition(newId, m.title(), m.objectives(),
                m.sourceIds(), m.pages(), m.scenarioIds()));
        UnaryOperator<QuestionDefinition> move = q -> old.id().equals(q.moduleId()) ? new QuestionDefinition(q.id(),
                newId, q.sourceId(), q.type(), q.scenario(), q.prompt(), q.options()) : q;
        return with(renamed, renamed.sources(), renamed.modules(), renamed.questions().stream().map(move).toList(),
                renamed.knowledgeChecks().stream().map(move).toList(), renamed.assets());
    }

    public static List<QuestionDefinition> bank(CourseDefinition c, Bank bank) {
        return bank == Bank.QUESTIONS ? c.questions() : c.knowledgeChecks();
    }

    public static CourseDefinition question(CourseDefinition c, Bank bank, int index, QuestionDefinition question) {
        List<QuestionDefinition> list = new ArrayList<>(bank(c, bank));
        list.set(index, question);
        return withBank(c, bank, list);
    }

    /** A new single-answer question for the module, with two options to fill in and an id not yet used. */
    public static CourseDefinition addQuestion(CourseDefinition c, Bank bank, String moduleId) {
        List<QuestionDefinition> list = new ArrayList<>(bank(c, bank));
        String source = c.module(moduleId).filter(m -> !m.sourceIds().isEmpty()).map(m -> m.sourceIds().getFirst())
                .orElse(c.sources().isEmpty() ? "" : c.sources().getFirst().id());
        list.add(new QuestionDefinition(freeQuestionId(c, bank == Bank.QUESTIONS ? moduleId : "kc-" + moduleId),
                moduleId, source, QuestionType.SINGLE, "", "", List.of(new OptionDefinition("", true, ""),
                new OptionDefinition("", false, ""))));
        return withBank(c, bank, list);
    }

    public static CourseDefinition removeQuestion(CourseDefinition c, Bank bank, int index) {
        List<QuestionDefinition> list = new ArrayList<>(bank(c, bank));
        list.remove(index);
        return withBank(c, bank, list);
    }

    /** Adds or replaces the image at {@code asset.path()}. */
    public static CourseDefinition putAsset(CourseDefinition c, AssetDefinition asset) {
        List<AssetDefinition> assets = new ArrayList<>(c.assets().stream().filter(a -> !a.path().equals(asset.path()))
                .toList());
        assets.add(asset);
        assets.sort(java.util.Comparator.comparing(AssetDefinition::path));
        return with(c, c.sources(), c.modules(), c.questions(), c.knowledgeChecks(), assets);
    }

    public static CourseDefinition removeAsset(CourseDefinition c, String path) {
        return with(c, c.sources(), c.modules(), c.questions(), c.knowledgeChecks(),
                c.assets().stream().filter(a -> !a.path().equals(path)).toList());
    }

    /** Replaces the scenario at {@code index} with what {@code edit} makes of it. */
    public static CourseDefinition scenario(CourseDefinition c, int index, UnaryOperator<ScenarioDefinition> edit) {
        List<ScenarioDefinition> scenarios = new ArrayList<>(c.scenarios());
        scenarios.set(index, edit.apply(scenarios.get(index)));
        return c.withScenarios(scenarios, c.scenarioSettings());
    }

    public static ScenarioDefinition scenarioTitle(ScenarioDefinition s, String title) {
        return new ScenarioDefinition(s.id(), title, s.sourceIds(), s.nodes(), s.endings());
    }

    public static ScenarioDefinition scenarioNode(ScenarioDefinition s, int n, UnaryOperator<ScenarioNode> edit) {
        List<ScenarioNode> nodes = new ArrayList<>(s.nodes());
        nodes.set(n, edit.apply(nodes.get(n)));
        return new ScenarioDefinition(s.id(), s.title(), s.sourceIds(), nodes, s.endings());
    }

    public static ScenarioDefinition scenarioChoice(ScenarioDefinition s, int n, int choice,
                                                    UnaryOperator<ScenarioChoice> edit) {
        return scenarioNode(s, n, node -> {
            List<ScenarioChoice> choices = new ArrayList<>(node.choices());
            choices.set(choice, edit.apply(choices.get(choice)));
            return new ScenarioNode(node.id(), node.text(), choices);
        });
    }

    public static ScenarioDefinition scenarioEnding(ScenarioDefinition s, int e, UnaryOperator<ScenarioEnding> edit) {
        List<ScenarioEnding> endings = new ArrayList<>(s.endings());
        endings.set(e, edit.apply(endings.get(e)));
        return new ScenarioDefinition(s.id(), s.title(), s.sourceIds(), s.nodes(), endings);
    }

    /**
     * A new node at the end with an unused id and two empty choices (the fewest allowed). Nothing leads to it yet, so
     * the validator says it is never reached until the trainer points a choice at it.
     */
    public static ScenarioDefinition addScenarioNode(ScenarioDefinition s) {
        List<ScenarioNode> nodes = new ArrayList<>(s.nodes());
        nodes.add(new ScenarioNode(freeScenarioId(s, "situation"), "", List.of(emptyChoice(s), emptyChoice(s))));
        return new ScenarioDefinition(s.id(), s.title(), s.sourceIds(), nodes, s.endings());
    }

    /**
     * Removes the node; choices that led to it keep its id, so the validator names each one that now leads nowhere
     * rather than the edit silently re-pointing them.
     */
    public static ScenarioDefinition removeScenarioNode(ScenarioDefinition s, int n) {
        List<ScenarioNode> nodes = new ArrayList<>(s.nodes());
        nodes.remove(n);
        return new ScenarioDefinition(s.id(), s.title(), s.sourceIds(), nodes, s.endings());
    }

    /** One more empty choice, unless the node already has the most allowed. */
    public static ScenarioDefinition addScenarioChoice(ScenarioDefinition s, int n) {
        if (s.nodes().get(n).choices().size() >= ScenarioDefinition.MAX_CHOICES) {
            return s;
        }
        return scenarioNode(s, n, node -> {
            List<ScenarioChoice> choices = new ArrayList<>(node.choices());
            choices.add(emptyChoice(s));
            return new ScenarioNode(node.id(), node.text(), choices);
        });
    }

    /** Removes the choice, unless the node has only the fewest allowed. */
    public static ScenarioDefinition removeScenarioChoice(ScenarioDefinition s, int n, int choice) {
        if (s.nodes().get(n).choices().size() <= ScenarioDefinition.MIN_CHOICES) {
            return s;
        }
        return scenarioNode(s, n, node -> {
            List<ScenarioChoice> choices = new ArrayList<>(node.choices());
            choices.remove(choice);
            return new ScenarioNode(node.id(), node.text(), choices);
        });
    }

    /** A new acceptable ending with an unused id; like a new node, nothing leads to it yet. */
    public static ScenarioDefinition addScenarioEnding(ScenarioDefinition s) {
        List<ScenarioEnding> endings = new ArrayList<>(s.endings());
        endings.add(new ScenarioEnding(freeScenarioId(s, "ending"), EndingKind.ACCEPTABLE, "", 0, ""));
        return new ScenarioDefinition(s.id(), s.title(), s.sourceIds(), s.nodes(), endings);
    }

    /** Removes the ending; as with a node, choices that led to it are left for the validator to name. */
    public static ScenarioDefinition removeScenarioEnding(ScenarioDefinition s, int e) {
        List<ScenarioEnding> endings = new ArrayList<>(s.endings());
        endings.remove(e);
        return new ScenarioDefinition(s.id(), s.title(), s.sourceIds(), s.nodes(), endings);
    }

    // A new choice leads to the first ending, so it never points nowhere; the trainer picks the real target.
    private static ScenarioChoice emptyChoice(ScenarioDefinition s) {
        return new ScenarioChoice("", s.endings().isEmpty() ? "" : s.endings().getFirst().id(), 0, "");
    }

    /** Ids are unique across a scenario's nodes and endings, since a choice's {@code next} may name either. */
    static String freeScenarioId(ScenarioDefinition s, String stem) {
        for (int n = 1; ; n++) {
            String id = stem + "-" + n;
            if (s.node(id).isEmpty() && s.ending(id).isEmpty()) {
                return id;
            }
        }
    }

    private static CourseDefinition withBank(CourseDefinition c, Bank bank, List<QuestionDefinition> list) {
        return bank == Bank.QUESTIONS ? with(c, c.sources(), c.modules(), list, c.knowledgeChecks(), c.assets())
                : with(c, c.sources(), c.modules(), c.questions(), list, c.assets());
    }

    private static CourseDefinition with(CourseDefinition c, List<SourceDefinition> sources,
                                         List<ModuleDefinition> modules, List<QuestionDefinition> questions,
                                         List<QuestionDefinition> checks, List<AssetDefinition> assets) {
        return new CourseDefinition(c.id(), c.title(), c.summary(), c.audience(), c.estimatedMinutes(), c.passMark(),
                c.questionsPerAttempt(), c.validityMonths(), c.attemptPolicy(), sources, modules, questions, checks,
                assets, c.contentChecked(), c.scenarios(), c.scenarioSettings());
    }

    /** "NN-slug": the number after the highest in use, the slug from the title, as the shipped modules are named. */
    static String freeModuleId(CourseDefinition c, String title) {
        int highest = c.modules().stream().map(ModuleDefinition::id).filter(id -> id != null && id.matches("\\d+-.*"))
                .mapToInt(id -> Integer.parseInt(id.substring(0, id.indexOf('-')))).max().orElse(0);
        String slug = title == null ? "" : title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        slug = slug.length() > 40 ? slug.substring(0, 40).replaceAll("-+$", "") : slug;
        String id = String.format("%02d-%s", highest + 1, slug.isEmpty() ? "module" : slug);
        return c.module(id).isPresent() ? id + "-" + (c.modules().size() + 1) : id;
    }

    static String freeQuestionId(CourseDefinition c, String stem) {
        String base = stem == null || stem.isBlank() ? "question" : stem;
        for (int n = 1; ; n++) {
            String id = base + "-q" + n;
            boolean used = c.questions().stream().anyMatch(q -> id.equals(q.id()))
                    || c.knowledgeChecks().stream().anyMatch(q -> id.equals(q.id()));
            if (!used) {
                return id;
            }
        }
    }
}
