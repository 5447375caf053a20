package uk.safeguarding.training.course;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One course as read from its folder (see docs/course-format.md). Immutable, and a published version is stored
 * as this record serialised to JSON, so every component must survive a Jackson round trip.
 */
public record CourseDefinition(
        String id,
        String title,
        String summary,
        String audience,
        int estimatedMinutes,
        int passMark,
        int questionsPerAttempt,
        int validityMonths,
        AttemptPolicy attemptPolicy,
        List<SourceDefinition> sources,
        List<ModuleDefinition> modules,
        List<QuestionDefinition> questions,
        List<QuestionDefinition> knowledgeChecks,
        List<AssetDefinition> assets,
        LocalDate contentChecked,
        List<ScenarioDefinition> scenarios,
        ScenarioSettings scenarioSettings) {

    public CourseDefinition {
        attemptPolicy = attemptPolicy == null ? AttemptPolicy.UNLIMITED : attemptPolicy;
        sources = List.copyOf(sources);
        modules = List.copyOf(modules);
        questions = List.copyOf(questions);
        knowledgeChecks = List.copyOf(knowledgeChecks);
        assets = assets == null ? List.of() : List.copyOf(assets);
        // Versions published before scenarios existed have neither field in their JSON.
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
        scenarioSettings = scenarioSettings == null ? ScenarioSettings.NONE : scenarioSettings;
    }

    /** A course without scenarios. */
    public CourseDefinition(String id, String title, String summary, String audience, int estimatedMinutes,
                            int passMark, int questionsPerAttempt, int validityMonths, AttemptPolicy attemptPolicy,
                            List<SourceDefinition> sources, List<ModuleDefinition> modules,
                            List<QuestionDefinition> questions, List<QuestionDefinition> knowledgeChecks,
                            List<AssetDefinition> assets, LocalDate contentChecked) {
        this(id, title, summary, audience, estimatedMinutes, passMark, questionsPerAttempt, validityMonths,
                attemptPolicy, sources, modules, questions, knowledgeChecks, assets, contentChecked, List.of(), null);
    }

    /** A course without a "content checked" date (versions published before the field existed, new drafts). */
    public CourseDefinition(String id, String title, String summary, String audience, int estimatedMinutes,
                            int passMark, int questionsPerAttempt, int validityMonths, AttemptPolicy attemptPolicy,
                            List<SourceDefinition> sources, List<ModuleDefinition> modules,
                            List<QuestionDefinition> questions, List<QuestionDefinition> knowledgeChecks,
                            List<AssetDefinition> assets) {
        this(id, title, summary, audience, estimatedMinutes, passMark, questionsPerAttempt, validityMonths,
                attemptPolicy, sources, modules, questions, knowledgeChecks, assets, null);
    }

    public Optional<ModuleDefinition> module(String id) {
        return modules.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<SourceDefinition> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Position of the module in learning order, or -1 when the course has no such module. */
    public int moduleIndex(String id) {
        for (int i = 0; i < modules.size(); i++) {
            if (modules.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The last day a certificate for a completion on the given UK day is valid: the course's validity in months after
     * it ({@link CertificateValidity}), for certificates and for what learners are shown.
     */
    public LocalDate validUntil(LocalDate completedOn) {
        return CertificateValidity.lastValidDay(completedOn, validityMonths);
    }

    public Optional<ScenarioDefinition> scenario(String id) {
        return scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The same course with other scenarios and settings (authoring edits one part at a time). */
    public CourseDefinition withScenarios(List<ScenarioDefinition> newScenarios, ScenarioSettings settings) {
        return new CourseDefinition(id, title, summary, audience, estimatedMinutes, passMark, questionsPerAttempt,
                validityMonths, attemptPolicy, sources, modules, questions, knowledgeChecks, assets, contentChecked,
                newScenarios, settings);
    }

    public int totalPages() {
        return modules.stream().mapToInt(m -> m.pages().size()).sum();
    }
}
