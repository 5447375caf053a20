package uk.safeguarding.training.authoring.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import uk.safeguarding.training.authoring.PreviewAttempt;
import uk.safeguarding.training.authoring.PreviewService.PreviewText;
import uk.safeguarding.training.course.QuestionType;

/**
 * A question in the preview, shaped like the learner's: a radio group for one answer, checkboxes for several, the
 * prompt as the group's label. Every text is set as text, never as HTML.
 */
final class PreviewQuestion extends Div {

    private final RadioButtonGroup<Integer> single;
    private final CheckboxGroup<Integer> multiple;

    PreviewQuestion(PreviewText text, QuestionType type, String scenario, String prompt, List<String> options,
                    int number, int of) {
        addClassName("question");
        Paragraph counter = new Paragraph("Question " + number + " of " + of);
        counter.addClassName("question-counter");
        Paragraph shownScenario = new Paragraph(text.plain(scenario));
        shownScenario.addClassName("question-scenario");
        List<Integer> positions = IntStream.range(0, options.size()).boxed().toList();
        String label = text.plain(prompt).isBlank() ? "Question " + number : text.plain(prompt);
        if (type == QuestionType.MULTIPLE) {
            single = null;
            multiple = new CheckboxGroup<>(label + " (choose all that apply)");
            multiple.setItems(positions);
            multiple.setItemLabelGenerator(i -> text.plain(options.get(i)));
            multiple.addClassName("question-options");
            add(counter, shownScenario, multiple);
        } else {
            multiple = null;
            single = new RadioButtonGroup<>(label);
            single.setItems(positions);
            single.setItemLabelGenerator(i -> text.plain(options.get(i)));
            single.addClassName("question-options");
            add(counter, shownScenario, single);
        }
    }

    Set<Integer> chosen() {
        if (single != null) {
            return single.getValue() == null ? Set.of() : Set.of(single.getValue());
        }
        return new HashSet<>(multiple.getValue());
    }

    static void showFeedback(Div feedback, PreviewText text, boolean correct, List<PreviewAttempt.Marked> options) {
        feedback.removeAll();
        feedback.removeClassNames("feedback-right", "feedback-wrong");
        feedback.addClassName(correct ? "feedback-right" : "feedback-wrong");
        Paragraph verdict = new Paragraph(correct ? "That answer is right." : "That answer is not right.");
        verdict.addClassName("feedback-verdict");
        feedback.add(verdict);
        for (PreviewAttempt.Marked option : options) {
            if (option.chosen() || option.correct()) {
                feedback.add(new Paragraph((option.correct() ? "Correct: " : "Your choice: ") + text.plain(option.text())
                        + ". " + text.plain(option.feedback())));
            }
        }
    }
}
