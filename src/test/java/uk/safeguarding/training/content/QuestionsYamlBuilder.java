package uk.safeguarding.training.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a questions.yaml for a copy of the minimal course (modules 01-first-module and 02-second-module, sources
 * source-a and source-b), so each quality-warning test states the bank it is about instead of keeping a folder of
 * near-identical fixtures.
 */
final class QuestionsYamlBuilder {

    record Option(String text, boolean correct, String feedback) {
    }

    private final List<String> questions = new ArrayList<>();
    private final List<String> checks = new ArrayList<>();

    static Option right(String text) {
        return new Option(text, true, "Right.");
    }

    static Option wrong(String text) {
        return new Option(text, false, "Not this one.");
    }

    static Option option(String text, boolean correct, String feedback) {
        return new Option(text, correct, feedback);
    }

    QuestionsYamlBuilder question(String scenario, String prompt, Option... options) {
        questions.add(item("q", questions.size(), scenario, prompt, options));
        return this;
    }

    QuestionsYamlBuilder check(String scenario, String prompt, Option... options) {
        checks.add(item("kc", checks.size(), scenario, prompt, options));
        return this;
    }

    /** Writes the bank into a copy of the minimal course under {@code dir} and returns the course folder. */
    Path writeCourse(Path dir) {
        Path course = CourseFixtures.copyOfMinimal(dir.resolve("course"));
        try {
            Files.writeString(course.resolve("questions.yaml"), yaml());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return course;
    }

    String yaml() {
        return "questions:\n" + String.join("", questions) + "knowledgeChecks:\n" + String.join("", checks);
    }

    private static String item(String prefix, int index, String scenario, String prompt, Option... options) {
        // Alternate modules so that two items in each list cover both modules, as the course rules require.
        String module = index % 2 == 0 ? "01-first-module" : "02-second-module";
        long correct = List.of(options).stream().filter(Option::correct).count();
        StringBuilder yaml = new StringBuilder()
                .append("  - id: ").append(prefix).append("-").append(index + 1).append('\n')
                .append("    module: ").append(module).append('\n')
                .append("    source: source-a\n")
                .append("    type: ").append(correct == 1 ? "single" : "multiple").append('\n')
                .append("    scenario: ").append(quoted(scenario)).append('\n')
                .append("    prompt: ").append(quoted(prompt)).append('\n')
                .append("    options:\n");
        for (Option option : options) {
            yaml.append("      - text: ").append(quoted(option.text())).append('\n')
                    .append("        correct: ").append(option.correct()).append('\n')
                    .append("        feedback: ").append(quoted(option.feedback())).append('\n');
        }
        return yaml.toString();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** 1-based line of the first line containing {@code snippet}, as the quality report should point at it. */
    static int lineOf(String yaml, String snippet) {
        List<String> lines = yaml.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(snippet)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not in the bank: " + snippet);
    }
}
