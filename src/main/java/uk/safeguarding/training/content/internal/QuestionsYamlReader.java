package uk.safeguarding.training.content.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.safeguarding.training.course.OptionDefinition;
import uk.safeguarding.training.course.QuestionDefinition;
import uk.safeguarding.training.course.QuestionType;

/** Reads questions.yaml: the assessment bank and the knowledge checks, which share one shape. */
final class QuestionsYamlReader {

    static final String FILE = "questions.yaml";

    private static final List<String> FIELDS = List.of("questions", "knowledgeChecks");
    private static final List<String> QUESTION_FIELDS =
            List.of("id", "module", "source", "type", "scenario", "prompt", "options");
    private static final List<String> OPTION_FIELDS = List.of("text", "correct", "feedback");

    private final List<String> moduleIds;
    private final Set<String> sourceIds;
    private final Problems problems;
    // Ids are unique across both lists, because answers and statistics are stored by question id.
    private final Map<String, Integer> firstUse = new HashMap<>();
    // Where each question and option was written, for the assessment-quality warnings (same order as the lists).
    private final List<QuestionLines> lines = new ArrayList<>();

    /** {@code moduleIds} and {@code sourceIds} are null when course.yaml could not be read: then not checked. */
    QuestionsYamlReader(List<String> moduleIds, Set<String> sourceIds, Problems problems) {
        this.moduleIds = moduleIds;
        this.sourceIds = sourceIds;
        this.problems = problems;
    }

    QuestionBank read(CourseFiles files) {
        if (!files.exists(FILE)) {
            problems.add(FILE, 0, "missing file questions.yaml: the course needs an assessment question bank");
            return QuestionBank.UNREADABLE;
        }
        Optional<String> text = files.text(FILE, problems);
        text.ifPresent(t -> PlaceholderCheck.check(FILE, t, 1, problems));
        Optional<YamlObject> root = text.flatMap(t -> YamlTree.parse(FILE, t, 1, 0, problems))
                .flatMap(YamlObject::root);
        if (root.isEmpty()) {
            return QuestionBank.UNREADABLE;
        }
        YamlObject bank = root.get();
        bank.rejectUnknown(FIELDS);
        List<QuestionDefinition> questions = list(bank, "questions", "question");
        List<QuestionLines> questionLines = List.copyOf(lines);
        lines.clear();
        List<QuestionDefinition> checks = list(bank, "knowledgeChecks", "knowledge check");
        return new QuestionBank(questions, checks, lineOrZero(bank, "questions"), lineOrZero(bank, "knowledgeChecks"),
                questionLines, List.copyOf(lines));
    }

    private List<QuestionDefinition> list(YamlObject bank, String field, String kind) {
        List<YamlObject> items = bank.objects(field, true, true);
        List<QuestionDefinition> questions = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            questions.add(question(items.get(i), kind, i + 1));
        }
        return questions;
    }

    private QuestionDefinition question(YamlObject unlabelled, String kind, int number) {
        // Messages name the question by its id when it has one, by its position otherwise.
        String rawId = unlabelled.peekText("id");
        YamlObject q = unlabelled.labelled(rawId == null ? kind + " " + number : kind + " '" + rawId + "'");
        q.rejectUnknown(QUESTION_FIELDS);
        String id = q.id("id");
        if (id != null && firstUse.putIfAbsent(id, q.line("id")) != null) {
            q.problem(q.line("id"), "duplicate question id '" + id + "' (already used on line " + firstUse.get(id)
                    + "); ids must be unique across questions and knowledge checks");
        }
        String module = q.text("module");
        if (module != null && moduleIds != null && !moduleIds.contains(module)) {
            q.fact(q.line("module"), "names module '" + module + "', which is not listed in course.yaml modules"
                    + " (known: " + String.join(", ", moduleIds) + ")");
        }
        String source = q.text("source");
        if (source != null && sourceIds != null && !sourceIds.contains(source)) {
            q.fact(q.line("source"), "names source '" + source + "', which is not in course.yaml sources"
                    + " (known: " + String.join(", ", sourceIds.stream().sorted().toList()) + ")");
        }
        QuestionType type = type(q);
        String scenario = q.text("scenario");
        String prompt = q.text("prompt");
        List<OptionDefinition> options = options(q, type);
        lines.add(linesOf(q));
        return new QuestionDefinition(id, module, source, type, scenario, prompt, options);
    }

    private static QuestionType type(YamlObject q) {
        String type = q.text("type");
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "single" -> QuestionType.SINGLE;
            case "multiple" -> QuestionType.MULTIPLE;
            default -> {
                q.problem(q.line("type"), "'type' must be 'single' or 'multiple' (found '" + type + "')");
                yield null;
            }
        };
    }

    private static List<OptionDefinition> options(YamlObject q, QuestionType type) {
        List<YamlObject> items = q.objects("options", true, false);
        List<OptionDefinition> options = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            YamlObject option = items.get(i).labelled(q.label() + ", option " + (i + 1));
            option.rejectUnknown(OPTION_FIELDS);
            // Wrong options may leave out 'correct'; a misspelt 'correct' is still caught as an unknown field.
            options.add(new OptionDefinition(option.text("text"), option.optionalBoolean("correct", false),
                    option.text("feedback")));
        }
        if (!q.has("options")) {
            return options;
        }
        int line = q.line("options");
        long correct = options.stream().filter(OptionDefinition::correct).count();
        if (options.size() < 2 || options.size() > 6) {
            q.fact(line, "has " + options.size() + " option" + (options.size() == 1 ? "" : "s")
                    + "; give it 2 to 6 options");
        }
        if (correct == 0) {
            q.fact(line, "has no correct option: mark at least one with 'correct: true'");
        } else if (correct == options.size() && options.size() >= 2) {
            q.fact(line, "has every option marked correct: add at least one wrong option");
        } else if (type == QuestionType.SINGLE && correct > 1) {
            q.fact(line, "is type 'single' but has " + correct + " correct options: make it 'multiple' or"
                    + " leave exactly one correct");
        }
        return options;
    }

    private static QuestionLines linesOf(YamlObject q) {
        List<Integer> texts = new ArrayList<>();
        List<Integer> feedback = new ArrayList<>();
        for (YamlObject option : q.has("options") ? q.objects("options", false, false) : List.<YamlObject>of()) {
            texts.add(option.has("text") ? option.line("text") : option.line());
            feedback.add(option.has("feedback") ? option.line("feedback") : option.line());
        }
        return new QuestionLines(q.line(), q.has("scenario") ? q.line("scenario") : q.line(),
                q.has("prompt") ? q.line("prompt") : q.line(), texts, feedback);
    }

    private static int lineOrZero(YamlObject bank, String field) {
        return bank.has(field) ? bank.line(field) : 0;
    }
}
