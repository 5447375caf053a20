package uk.safeguarding.training.authoring.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import uk.safeguarding.training.authoring.DraftProblem;
import uk.safeguarding.training.content.CoursePart;

/** Shows the validator's messages where the trainer is looking: on the field, or in a list beside an editor. */
final class ProblemMarks {

    private ProblemMarks() {
    }

    /** Marks the field invalid with every message about it, or clears it. */
    static void mark(HasValidation field, List<DraftProblem> problems, Predicate<CoursePart> about) {
        List<String> messages = problems.stream().filter(p -> p.part() != null && about.test(p.part()))
                .map(DraftProblem::message).distinct().toList();
        field.setErrorMessage(messages.isEmpty() ? null : capitalised(String.join("; ", messages)));
        field.setInvalid(!messages.isEmpty());
    }

    static Predicate<CoursePart> field(CoursePart.Kind kind, int index, int subIndex, String name) {
        return part -> part.kind() == kind && part.index() == index && part.subIndex() == subIndex
                && Objects.equals(part.field(), name);
    }

    /** Fills {@code box} with one line per problem; {@code where} says what it is about, when that helps. */
    static void list(Div box, List<DraftProblem> problems, java.util.function.Function<DraftProblem, String> where) {
        box.removeAll();
        for (DraftProblem problem : problems) {
            String place = where.apply(problem);
            box.add(new Paragraph((place == null || place.isEmpty() ? "" : place + ": ") + capitalised(problem.message())));
        }
        box.setVisible(!problems.isEmpty());
    }

    static Div box() {
        Div box = new Div();
        box.addClassName("form-problems");
        box.setVisible(false);
        return box;
    }

    static String capitalised(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
