package uk.safeguarding.training.authoring.ui;

import java.util.Map;
import uk.safeguarding.training.authoring.DraftProblem;
import uk.safeguarding.training.content.CoursePart;

/** Says in the editor's words where a problem is: "Settings, pass mark", "Module 2, page 3, line 4", "Question 5". */
final class ProblemPlace {

    private static final Map<String, String> SETTINGS = Map.ofEntries(Map.entry("id", "course id"),
            Map.entry("title", "title"), Map.entry("summary", "summary"), Map.entry("audience", "audience"),
            Map.entry("estimatedMinutes", "estimated minutes"), Map.entry("passMark", "pass mark"),
            Map.entry("questionsPerAttempt", "questions per attempt"), Map.entry("validityMonths", "validity"),
            Map.entry("maxAttempts", "maximum attempts"), Map.entry("waitMinutes", "wait after a failed attempt"));

    private ProblemPlace() {
    }

    static String of(DraftProblem problem) {
        CoursePart part = problem.part();
        if (part == null) {
            return problem.file() + (problem.line() > 0 ? " line " + problem.line() : "");
        }
        return switch (part.kind()) {
            case COURSE -> "sources".equals(part.field()) ? "Sources" : "modules".equals(part.field()) ? "Modules"
                    : "Settings" + (part.field() == null ? "" : ", " + SETTINGS.getOrDefault(part.field(), part.field()));
            case SOURCE -> "Source " + (part.index() + 1);
            case MODULE -> "Module " + (part.index() + 1);
            case PAGE -> "Module " + (part.index() + 1) + ", page " + (part.subIndex() + 1)
                    + (problem.lineInPart() > 0 && "markdown".equals(part.field()) ? ", line " + problem.lineInPart() : "");
            case QUESTIONS -> "knowledgeChecks".equals(part.field()) ? "Knowledge checks" : "Questions";
            case QUESTION -> "Question " + (part.index() + 1);
            case KNOWLEDGE_CHECK -> "Knowledge check " + (part.index() + 1);
            case ASSETS -> "Images, " + problem.file();
            case SCENARIO -> "Scenario " + (part.index() + 1);
            case SCENARIO_NODE -> "Scenario " + (part.index() + 1) + ", node " + (part.subIndex() + 1);
            case SCENARIO_ENDING -> "Scenario " + (part.index() + 1) + ", ending " + (part.subIndex() + 1);
        };
    }
}
