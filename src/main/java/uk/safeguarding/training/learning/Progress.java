package uk.safeguarding.training.learning;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.course.QuestionDefinition;

/**
 * How far a learner has got: a module is complete when every page was seen and every knowledge-check question
 * answered (and, when the course requires it, each of its scenarios played to a good ending); the course percentage
 * counts pages, check questions and required scenarios alike.
 */
public final class Progress {

    private final CourseDefinition course;
    private final Map<String, ModuleProgress> byModule;

    public Progress(CourseDefinition course, Collection<ModuleProgress> progress) {
        this.course = course;
        this.byModule = progress.stream().collect(Collectors.toMap(ModuleProgress::getModuleId, Function.identity()));
    }

    public Set<Integer> seenPages(String moduleId) {
        ModuleProgress p = byModule.get(moduleId);
        return p == null ? Set.of() : p.seenPages();
    }

    public Set<String> checksAnswered(String moduleId) {
        ModuleProgress p = byModule.get(moduleId);
        return p == null ? Set.of() : p.checksAnswered();
    }

    public boolean allPagesSeen(ModuleDefinition module) {
        return seenPages(module.id()).size() >= module.pages().size();
    }

    public boolean checkDone(ModuleDefinition module) {
        return checksAnswered(module.id()).containsAll(checkIds(module));
    }

    public boolean moduleComplete(ModuleDefinition module) {
        return allPagesSeen(module) && checkDone(module) && scenariosDone(module);
    }

    /** Scenarios are practice unless the course requires each to be played to a good ending. */
    public boolean scenariosDone(ModuleDefinition module) {
        return !course.scenarioSettings().goodEndingRequired()
                || scenariosGood(module.id()).containsAll(module.scenarioIds());
    }

    public Set<String> scenariosGood(String moduleId) {
        ModuleProgress p = byModule.get(moduleId);
        return p == null ? Set.of() : p.scenariosGood();
    }

    public Set<String> scenariosEnded(String moduleId) {
        ModuleProgress p = byModule.get(moduleId);
        return p == null ? Set.of() : p.scenariosEnded();
    }

    public boolean allModulesComplete() {
        return course.modules().stream().allMatch(this::moduleComplete);
    }

    public int modulePercent(ModuleDefinition module) {
        int total = module.pages().size() + checkIds(module).size() + requiredScenarios(module);
        int done = Math.min(seenPages(module.id()).size(), module.pages().size())
                + (int) checkIds(module).stream().filter(checksAnswered(module.id())::contains).count()
                + requiredScenariosDone(module);
        return total == 0 ? 100 : done * 100 / total;
    }

    /** Whole-course progress; the assessment is the last step, so 100% only on completion. */
    public int coursePercent(boolean completed) {
        if (completed) {
            return 100;
        }
        int total = 1;
        int done = 0;
        for (ModuleDefinition module : course.modules()) {
            total += module.pages().size() + checkIds(module).size() + requiredScenarios(module);
            done += Math.min(seenPages(module.id()).size(), module.pages().size())
                    + (int) checkIds(module).stream().filter(checksAnswered(module.id())::contains).count()
                    + requiredScenariosDone(module);
        }
        return done * 100 / total;
    }

    private int requiredScenarios(ModuleDefinition module) {
        return course.scenarioSettings().goodEndingRequired() ? module.scenarioIds().size() : 0;
    }

    private int requiredScenariosDone(ModuleDefinition module) {
        return course.scenarioSettings().goodEndingRequired()
                ? (int) module.scenarioIds().stream().filter(scenariosGood(module.id())::contains).count() : 0;
    }

    public Set<String> checkIds(ModuleDefinition module) {
        return course.knowledgeChecks().stream().filter(q -> q.moduleId().equals(module.id()))
                .map(QuestionDefinition::id).collect(Collectors.toSet());
    }
}
