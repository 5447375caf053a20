package uk.safeguarding.training.content.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import uk.safeguarding.training.course.QuestionDefinition;

/** Rules that need more than one file: the assessment draw and the knowledge checks per module. */
final class CourseRules {

    static final int MAX_KNOWLEDGE_CHECKS = 4;

    private CourseRules() {
    }

    static void check(CourseHeader header, QuestionBank bank, Problems problems) {
        List<String> modules = header.moduleIdList();
        Map<String, Long> questionsPerModule = countByModule(bank.questions());
        Map<String, Long> checksPerModule = countByModule(bank.knowledgeChecks());
        for (String module : modules) {
            if (questionsPerModule.getOrDefault(module, 0L) == 0 && !bank.questions().isEmpty()) {
                problems.add(QuestionsYamlReader.FILE, bank.questionsLine(), "module '" + module + "' has no"
                        + " assessment question: each attempt draws at least one question from every module");
            }
            long checks = checksPerModule.getOrDefault(module, 0L);
            if (checks == 0 && !bank.knowledgeChecks().isEmpty()) {
                problems.add(QuestionsYamlReader.FILE, bank.knowledgeChecksLine(), "module '" + module + "' has no"
                        + " knowledge check: give each module 1 to " + MAX_KNOWLEDGE_CHECKS + " (2 to 4 is best)");
            } else if (checks > MAX_KNOWLEDGE_CHECKS) {
                problems.add(QuestionsYamlReader.FILE, bank.knowledgeChecksLine(), "module '" + module + "' has "
                        + checks + " knowledge checks: give each module at most " + MAX_KNOWLEDGE_CHECKS);
            }
        }
        checkDraw(header, bank, modules.size(), problems);
    }

    private static void checkDraw(CourseHeader header, QuestionBank bank, int moduleCount, Problems problems) {
        if (header.questionsPerAttempt() == null) {
            return;
        }
        int perAttempt = header.questionsPerAttempt().value();
        int line = header.questionsPerAttempt().line();
        if (perAttempt < moduleCount) {
            problems.add(CourseYamlReader.FILE, line, "questionsPerAttempt is " + perAttempt + " but there are "
                    + moduleCount + " modules: each attempt must include a question from every module");
        }
        if (!bank.questions().isEmpty() && perAttempt > bank.questions().size()) {
            problems.add(CourseYamlReader.FILE, line, "questionsPerAttempt is " + perAttempt + " but questions.yaml"
                    + " has only " + bank.questions().size() + " questions in the bank");
        }
    }

    private static Map<String, Long> countByModule(List<QuestionDefinition> questions) {
        return questions.stream().map(QuestionDefinition::moduleId).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
