package uk.safeguarding.training.authoring;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.OptionDefinition;
import uk.safeguarding.training.course.QuestionDefinition;
import uk.safeguarding.training.course.QuestionType;
import uk.safeguarding.training.quiz.DrawnQuestion;
import uk.safeguarding.training.quiz.Grading;
import uk.safeguarding.training.quiz.QuestionDraw;

/**
 * The final assessment of a draft, for the trainer's preview: drawn and graded by the learners' own rules
 * ({@link QuestionDraw}, {@link Grading}), kept only in memory, so previewing leaves no learner record.
 */
public final class PreviewAttempt {

    private final CourseDefinition course;
    private final List<DrawnQuestion> draw;

    public PreviewAttempt(CourseDefinition course, RandomGenerator random) {
        this.course = course;
        this.draw = QuestionDraw.draw(course, random);
    }

    /** A question as shown: options in drawn order, with nothing that says which are correct. */
    public record Shown(String id, QuestionType type, String scenario, String prompt, List<String> options) {
    }

    /** One option after grading, in the order shown. */
    public record Marked(String text, boolean chosen, boolean correct, String feedback) {
    }

    public record QuestionResult(String id, String moduleTitle, String scenario, String prompt, boolean correct,
                                 List<Marked> options) {
    }

    public record Result(int correct, int total, int scorePercent, int passMark, boolean passed,
                         List<QuestionResult> questions) {
    }

    public List<Shown> questions() {
        return draw.stream().map(d -> {
            QuestionDefinition q = question(d.questionId());
            return new Shown(q.id(), q.type(), q.scenario(), q.prompt(),
                    d.optionOrder().stream().map(i -> q.options().get(i).text()).toList());
        }).toList();
    }

    /** @param chosenPositions per question id, the positions (as shown) that were ticked */
    public Result grade(Map<String, Set<Integer>> chosenPositions) {
        int right = 0;
        List<QuestionResult> results = new java.util.ArrayList<>();
        for (DrawnQuestion drawn : draw) {
            QuestionDefinition q = question(drawn.questionId());
            Set<Integer> chosen = Grading.toOriginal(drawn, chosenPositions.getOrDefault(q.id(), Set.of()));
            boolean correct = Grading.isCorrect(q, chosen);
            right += correct ? 1 : 0;
            List<Marked> options = drawn.optionOrder().stream().map(i -> {
                OptionDefinition o = q.options().get(i);
                return new Marked(o.text(), chosen.contains(i), o.correct(), o.feedback());
            }).toList();
            String module = course.module(q.moduleId()).map(m -> m.title()).orElse(q.moduleId());
            results.add(new QuestionResult(q.id(), module, q.scenario(), q.prompt(), correct, options));
        }
        int percent = Grading.percent(right, draw.size());
        return new Result(right, draw.size(), percent, course.passMark(), Grading.passed(percent, course.passMark()),
                results);
    }

    /** Feedback on a knowledge-check answer, options in their written order, as the learner's check gives it. */
    public static List<Marked> check(QuestionDefinition question, Set<Integer> chosen) {
        return IntStream.range(0, question.options().size()).mapToObj(i -> {
            OptionDefinition o = question.options().get(i);
            return new Marked(o.text(), chosen.contains(i), o.correct(), o.feedback());
        }).toList();
    }

    public static boolean checkCorrect(QuestionDefinition question, Set<Integer> chosen) {
        return Grading.isCorrect(question, new HashSet<>(chosen));
    }

    private QuestionDefinition question(String id) {
        return course.questions().stream().filter(q -> q.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Question " + id + " is not in the draft"));
    }
}
