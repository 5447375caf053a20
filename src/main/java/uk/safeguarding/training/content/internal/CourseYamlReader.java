package uk.safeguarding.training.content.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.safeguarding.training.course.AttemptPolicy;
import uk.safeguarding.training.course.ScenarioSettings;
import uk.safeguarding.training.course.SourceDefinition;

/** Reads and checks course.yaml, the course descriptor. */
final class CourseYamlReader {

    static final String FILE = "course.yaml";

    private static final List<String> FIELDS = List.of("id", "title", "summary", "audience", "estimatedMinutes",
            "passMark", "questionsPerAttempt", "validityMonths", "attemptPolicy", "contentChecked", "modules", "sources", "scenarios");
    private static final List<String> POLICY_FIELDS = List.of("maxAttempts", "waitMinutes");
    private static final List<String> SCENARIO_FIELDS = List.of("goodEndingRequired", "inAssessment");
    private static final List<String> SOURCE_FIELDS = List.of("id", "title", "publisher", "url", "checked");

    private CourseYamlReader() {
    }

    /** Empty when the file is missing or not readable YAML at all; otherwise a header with what could be read. */
    static Optional<CourseHeader> read(CourseFiles files, Problems problems) {
        if (!files.exists(FILE)) {
            problems.add(FILE, 0, "missing file course.yaml: every course folder needs a course descriptor");
            return Optional.empty();
        }
        return files.text(FILE, problems)
                .flatMap(text -> YamlTree.parse(FILE, text, 1, 0, problems))
                .flatMap(YamlObject::root)
                .map(CourseYamlReader::header);
    }

    private static CourseHeader header(YamlObject course) {
        course.rejectUnknown(FIELDS);
        Integer questionsPerAttempt = course.integer("questionsPerAttempt", 1, Integer.MAX_VALUE);
        return new CourseHeader(
                course.id("id"),
                course.text("title"),
                course.text("summary"),
                course.text("audience"),
                course.integer("estimatedMinutes", 1, 600),
                course.integer("passMark", 1, 100),
                questionsPerAttempt == null ? null
                        : new Located<>(questionsPerAttempt, course.line("questionsPerAttempt")),
                course.integer("validityMonths", 1, 120),
                course.optionalObject("attemptPolicy").map(CourseYamlReader::attemptPolicy)
                        .orElse(AttemptPolicy.UNLIMITED),
                sources(course),
                moduleIds(course),
                course.optionalDate("contentChecked"),
                course.optionalObject("scenarios").map(CourseYamlReader::scenarioSettings).orElse(ScenarioSettings.NONE));
    }

    private static ScenarioSettings scenarioSettings(YamlObject settings) {
        settings.rejectUnknown(SCENARIO_FIELDS);
        return new ScenarioSettings(settings.optionalBoolean("goodEndingRequired", false),
                settings.optionalBoolean("inAssessment", false));
    }

    private static AttemptPolicy attemptPolicy(YamlObject policy) {
        policy.rejectUnknown(POLICY_FIELDS);
        // 0 means unlimited / no wait, so only negative numbers are wrong.
        return new AttemptPolicy(
                policy.optionalInteger("maxAttempts", 0, Integer.MAX_VALUE, 0),
                policy.optionalInteger("waitMinutes", 0, Integer.MAX_VALUE, 0));
    }

    private static List<SourceDefinition> sources(YamlObject course) {
        List<SourceDefinition> sources = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (YamlObject source : course.objects("sources", true, true)) {
            source.rejectUnknown(SOURCE_FIELDS);
            String id = source.id("id");
            String url = source.optionalText("url");
            if (url != null && !url.matches("(?i)https?://\\S+")) {
                source.problem(source.line("url"), "source url must start with https:// or http:// (found '"
                        + url + "')");
            }
            if (id != null && firstLine.putIfAbsent(id, source.line("id")) != null) {
                source.problem(source.line("id"), "duplicate source id '" + id + "' (first on line "
                        + firstLine.get(id) + ")");
                continue;
            }
            sources.add(new SourceDefinition(id, source.text("title"), source.text("publisher"), url,
                    source.optionalDate("checked")));
        }
        return sources;
    }

    private static List<Located<String>> moduleIds(YamlObject course) {
        List<Located<String>> modules = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (Located<String> module : course.texts("modules", true, true)) {
            if (!YamlObject.ID.matcher(module.value()).matches()) {
                course.problem(module.line(), "module '" + module.value() + "' must be a file name without .md,"
                        + " using only lower-case letters, digits and hyphens");
            } else if (firstLine.putIfAbsent(module.value(), module.line()) != null) {
                course.problem(module.line(), "module '" + module.value() + "' is listed twice (first on line "
                        + firstLine.get(module.value()) + ")");
            } else {
                modules.add(module);
            }
        }
        return modules;
    }
}
