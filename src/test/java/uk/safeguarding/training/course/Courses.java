package uk.safeguarding.training.course;

import java.util.ArrayList;
import java.util.List;

/** Small course definitions for tests: {@code modules} modules with {@code perModule} questions each. */
public final class Courses {

    private Courses() {
    }

    public static CourseDefinition withQuestions(int modules, int perModule, int questionsPerAttempt) {
        return withPolicy(modules, perModule, questionsPerAttempt, AttemptPolicy.UNLIMITED);
    }

    public static CourseDefinition withPolicy(int modules, int perModule, int questionsPerAttempt, AttemptPolicy policy) {
        List<ModuleDefinition> moduleList = new ArrayList<>();
        List<QuestionDefinition> questions = new ArrayList<>();
        List<QuestionDefinition> checks = new ArrayList<>();
        for (int m = 1; m <= modules; m++) {
            String moduleId = "m" + m;
            moduleList.add(new ModuleDefinition(moduleId, "Module " + m, List.of("Objective"), List.of("src"),
                    List.of(new PageDefinition("Page 1", List.of("src"), "Text one"),
                            new PageDefinition("Page 2", List.of("src"), "Text two"))));
            for (int q = 1; q <= perModule; q++) {
                questions.add(single(moduleId + "-q" + q, moduleId, 1));
            }
            checks.add(single("kc-" + moduleId, moduleId, 0));
        }
        return new CourseDefinition("test-course", "Test course", "Summary", "Everyone", 30, 80, questionsPerAttempt, 12,
                policy, List.of(new SourceDefinition("src", "Source", "Publisher", null)), moduleList, questions, checks, List.of());
    }

    /** A single-answer question with three options; {@code correctIndex} is the right one. */
    public static QuestionDefinition single(String id, String moduleId, int correctIndex) {
        List<OptionDefinition> options = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            options.add(new OptionDefinition("Option " + i, i == correctIndex, "Feedback " + i));
        }
        return new QuestionDefinition(id, moduleId, "src", QuestionType.SINGLE, "Scenario " + id, "Prompt " + id, options);
    }

    public static QuestionDefinition multiple(String id, String moduleId, boolean... correct) {
        List<OptionDefinition> options = new ArrayList<>();
        for (int i = 0; i < correct.length; i++) {
            options.add(new OptionDefinition("Option " + i, correct[i], "Feedback " + i));
        }
        return new QuestionDefinition(id, moduleId, "src", QuestionType.MULTIPLE, "Scenario", "Prompt", options);
    }
}
