package uk.safeguarding.training.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import uk.safeguarding.training.authoring.CourseChange.Kind;
import uk.safeguarding.training.course.AssetDefinition;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.course.PageDefinition;
import uk.safeguarding.training.course.QuestionDefinition;
import uk.safeguarding.training.course.SourceDefinition;

/**
 * What changed between two versions of a course, in the terms a trainer uses: settings, sources, modules and their
 * pages, questions, knowledge checks and images. Modules, sources and questions are matched by id; pages, which
 * have no id, by title within their module. Pure; no Spring.
 */
public final class CourseDiff {

    private static final String SETTINGS = "Course settings";

    private final List<CourseChange> changes = new ArrayList<>();

    private CourseDiff() {
    }

    public static List<CourseChange> between(CourseDefinition from, CourseDefinition to) {
        CourseDiff diff = new CourseDiff();
        diff.settings(from, to);
        diff.byId("Sources", "Source", from.sources(), to.sources(), SourceDefinition::id, SourceDefinition::title);
        diff.modules(from, to);
        diff.byId("Questions", "Question", from.questions(), to.questions(), QuestionDefinition::id,
                QuestionDefinition::prompt);
        diff.byId("Knowledge checks", "Knowledge check", from.knowledgeChecks(), to.knowledgeChecks(),
                QuestionDefinition::id, QuestionDefinition::prompt);
        diff.byId("Images", "Image", from.assets(), to.assets(), AssetDefinition::path, AssetDefinition::path);
        // Without these a scenario-only edit would look like no change, so the draft would not be saved.
        diff.byId("Scenarios", "Scenario", from.scenarios(), to.scenarios(),
                uk.safeguarding.training.course.ScenarioDefinition::id,
                uk.safeguarding.training.course.ScenarioDefinition::title);
        diff.setting("Scenario settings", from.scenarioSettings(), to.scenarioSettings());
        return List.copyOf(diff.changes);
    }

    private void settings(CourseDefinition from, CourseDefinition to) {
        setting("Title", from.title(), to.title());
        setting("Summary", from.summary(), to.summary());
        setting("Audience", from.audience(), to.audience());
        setting("Estimated minutes", from.estimatedMinutes(), to.estimatedMinutes());
        setting("Pass mark", from.passMark(), to.passMark());
        setting("Questions per attempt", from.questionsPerAttempt(), to.questionsPerAttempt());
        setting("Validity in months", from.validityMonths(), to.validityMonths());
        setting("Content checked", from.contentChecked(), to.contentChecked());
        setting("Maximum attempts", from.attemptPolicy().maxAttempts(), to.attemptPolicy().maxAttempts());
        setting("Wait after a failed attempt (minutes)", from.attemptPolicy().waitMinutes(),
                to.attemptPolicy().waitMinutes());
    }

    private void setting(String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new CourseChange(SETTINGS, Kind.CHANGED, name + " changed from " + quoted(before) + " to "
                    + quoted(after)));
        }
    }

    private void modules(CourseDefinition from, CourseDefinition to) {
        Map<String, ModuleDefinition> before = index(from.modules(), ModuleDefinition::id);
        Map<String, ModuleDefinition> after = index(to.modules(), ModuleDefinition::id);
        for (ModuleDefinition module : to.modules()) {
            String area = "Module " + (to.moduleIndex(module.id()) + 1) + ": " + module.title();
            ModuleDefinition old = before.get(module.id());
            if (old == null) {
                changes.add(new CourseChange(area, Kind.ADDED, "Module added with " + module.pages().size()
                        + " page" + (module.pages().size() == 1 ? "" : "s")));
                continue;
            }
            int oldPosition = from.moduleIndex(module.id());
            if (oldPosition != to.moduleIndex(module.id())) {
                changes.add(new CourseChange(area, Kind.MOVED, "Module moved from position " + (oldPosition + 1)
                        + " to " + (to.moduleIndex(module.id()) + 1)));
            }
            if (!Objects.equals(old.title(), module.title())) {
                changes.add(new CourseChange(area, Kind.CHANGED, "Module renamed from " + quoted(old.title())));
            }
            if (!old.objectives().equals(module.objectives())) {
                changes.add(new CourseChange(area, Kind.CHANGED, "Objectives changed"));
            }
            if (!old.sourceIds().equals(module.sourceIds())) {
                changes.add(new CourseChange(area, Kind.CHANGED, "Module sources changed"));
            }
            pages(area, old.pages(), module.pages());
        }
        for (ModuleDefinition old : from.modules()) {
            if (!after.containsKey(old.id())) {
                changes.add(new CourseChange("Module " + (from.moduleIndex(old.id()) + 1) + ": " + old.title(),
                        Kind.REMOVED, "Module removed"));
            }
        }
    }

    private void pages(String area, List<PageDefinition> before, List<PageDefinition> after) {
        List<PageDefinition> unmatched = new ArrayList<>(before);
        for (int i = 0; i < after.size(); i++) {
            PageDefinition page = after.get(i);
            PageDefinition old = unmatched.stream().filter(p -> Objects.equals(p.title(), page.title())).findFirst()
                    .orElse(null);
            String name = "Page " + (i + 1) + " " + quoted(page.title());
            if (old == null) {
                changes.add(new CourseChange(area, Kind.ADDED, name + " added"));
                continue;
            }
            unmatched.remove(old);
            if (!Objects.equals(old.markdown(), page.markdown())) {
                changes.add(new CourseChange(area, Kind.CHANGED, name + ": text changed"));
            }
            if (!old.sourceIds().equals(page.sourceIds())) {
                changes.add(new CourseChange(area, Kind.CHANGED, name + ": sources changed"));
            }
            if (before.indexOf(old) != i) {
                changes.add(new CourseChange(area, Kind.MOVED, name + " moved from page " + (before.indexOf(old) + 1)));
            }
        }
        unmatched.forEach(old -> changes.add(new CourseChange(area, Kind.REMOVED, "Page " + quoted(old.title())
                + " removed")));
    }

    private <T> void byId(String area, String noun, List<T> before, List<T> after, Function<T, String> id,
                          Function<T, String> label) {
        Map<String, T> old = index(before, id);
        Map<String, T> now = index(after, id);
        for (T item : after) {
            T previous = old.get(String.valueOf(id.apply(item)));
            String name = noun + " " + quoted(id.apply(item));
            if (previous == null) {
                changes.add(new CourseChange(area, Kind.ADDED, name + " added: " + label.apply(item)));
            } else if (!previous.equals(item)) {
                changes.add(new CourseChange(area, Kind.CHANGED, name + " edited" + fields(previous, item)));
            }
        }
        for (T item : before) {
            if (!now.containsKey(String.valueOf(id.apply(item)))) {
                changes.add(new CourseChange(area, Kind.REMOVED, noun + " " + quoted(id.apply(item)) + " removed"));
            }
        }
    }

    /** For questions, which parts changed, so a reviewer knows whether to reread the options or only the prompt. */
    private static String fields(Object before, Object after) {
        if (!(before instanceof QuestionDefinition a) || !(after instanceof QuestionDefinition b)) {
            return "";
        }
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(a.scenario(), b.scenario())) {
            changed.add("scenario");
        }
        if (!Objects.equals(a.prompt(), b.prompt())) {
            changed.add("prompt");
        }
        if (!a.options().equals(b.options())) {
            changed.add("options");
        }
        if (a.type() != b.type()) {
            changed.add("type");
        }
        if (!Objects.equals(a.moduleId(), b.moduleId())) {
            changed.add("module");
        }
        if (!Objects.equals(a.sourceId(), b.sourceId())) {
            changed.add("source");
        }
        return changed.isEmpty() ? "" : " (" + String.join(", ", changed) + ")";
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.putIfAbsent(String.valueOf(id.apply(item)), item));
        return map;
    }

    private static String quoted(Object value) {
        return value instanceof String text ? "'" + (text.length() > 80 ? text.substring(0, 77) + "..." : text) + "'"
                : String.valueOf(value);
    }
}
