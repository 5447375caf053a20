package uk.safeguarding.training.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import uk.safeguarding.training.authoring.AuthoredCourse;
import uk.safeguarding.training.authoring.AuthoringService;
import uk.safeguarding.training.shared.Refusal;

/** Starts a draft of a new course, empty or as a copy of a published one. */
final class NewCourseDialog extends Dialog {

    private static final String EMPTY = "";

    NewCourseDialog(AuthoringService authoring, List<AuthoredCourse> existing, Consumer<String> started) {
        setHeaderTitle("New course");
        TextField title = new TextField("Title");
        title.setWidthFull();
        TextField id = new TextField("Course id");
        id.setHelperText("Lower-case letters, digits and hyphens, like online-safety. It cannot change later.");
        id.setWidthFull();
        Select<String> copy = new Select<>();
        copy.setLabel("Start from");
        copy.setItems(java.util.stream.Stream.concat(java.util.stream.Stream.of(EMPTY),
                existing.stream().filter(c -> c.publishedVersion() != null).map(AuthoredCourse::key)).toList());
        copy.setItemLabelGenerator(k -> k.isEmpty() ? "An empty course" : "A copy of " + existing.stream()
                .filter(c -> c.key().equals(k)).findFirst().map(AuthoredCourse::title).orElse(k));
        copy.setValue(EMPTY);
        Button create = new Button("Start the draft", e -> {
            try {
                authoring.startCourse(id.getValue(), title.getValue(), copy.getValue());
                close();
                started.accept(id.getValue().strip());
            } catch (Refusal ex) {
                id.setErrorMessage(ex.getMessage());
                id.setInvalid(true);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(title, id, copy);
        getFooter().add(new Button("Cancel", e -> close()), create);
    }
}
