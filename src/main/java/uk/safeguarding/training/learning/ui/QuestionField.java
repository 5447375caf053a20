package uk.safeguarding.training.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import uk.safeguarding.training.course.QuestionType;
import uk.safeguarding.training.learning.LearnerViews.CheckQuestion;

/**
 * A scenario question as a real form control: a radio group for one answer, a checkbox group for several, with
 * the prompt as the group's label. Items are the option positions as shown; the text is only a label.
 */
final class QuestionField extends Div {

    private final RadioButtonGroup<Integer> single;
    private final CheckboxGroup<Integer> multiple;

    QuestionField(CheckQuestion question, int number, int of) {
        addClassName("question");
        Paragraph counter = new Paragraph("Question " + number + " of " + of);
        counter.addClassName("question-counter");
        Paragraph scenario = new Paragraph(question.scenario());
        scenario.addClassName("question-scenario");
        List<Integer> positions = IntStream.range(0, question.options().size()).boxed().toList();
        if (question.type() == QuestionType.MULTIPLE) {
            single = null;
            multiple = new CheckboxGroup<>(question.prompt() + " (choose all that apply)");
            multiple.setItems(positions);
            multiple.setItemLabelGenerator(question.options()::get);
            multiple.addClassName("question-options");
            add(counter, scenario, multiple);
        } else {
            multiple = null;
            single = new RadioButtonGroup<>(question.prompt());
            single.setItems(positions);
            single.setItemLabelGenerator(question.options()::get);
            single.addClassName("question-options");
            add(counter, scenario, single);
        }
    }

    Set<Integer> chosen() {
        if (single != null) {
            return single.getValue() == null ? Set.of() : Set.of(single.getValue());
        }
        return new HashSet<>(multiple.getValue());
    }

    boolean answered() {
        return !chosen().isEmpty();
    }

    Component control() {
        return single != null ? single : multiple;
    }

    void setReadOnly(boolean readOnly) {
        if (single != null) {
            single.setReadOnly(readOnly);
        } else {
            multiple.setReadOnly(readOnly);
        }
    }

    void focus() {
        control().getElement().executeJs("this.focus()");
    }
}
