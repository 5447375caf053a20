package uk.safeguarding.training.authoring.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.safeguarding.training.authoring.DraftEdits;
import uk.safeguarding.training.authoring.DraftEdits.Settings;
import uk.safeguarding.training.content.CoursePart;

/** The course's own settings, named as in course.yaml so each validator message lands on its field. */
final class SettingsForm extends FormLayout {

    private final EditorContext editor;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final TextField title = text("Title", "title");
    private final TextArea summary = area("Summary", "summary");
    private final TextArea audience = area("Audience", "audience");
    private final IntegerField minutes = number("Estimated minutes", "estimatedMinutes");
    private final IntegerField passMark = number("Pass mark (%)", "passMark");
    private final IntegerField perAttempt = number("Questions per attempt", "questionsPerAttempt");
    private final IntegerField validity = number("Valid for (months)", "validityMonths");
    private final IntegerField maxAttempts = number("Maximum attempts (0 = unlimited)", "maxAttempts");
    private final IntegerField wait = number("Wait after a failed attempt (minutes)", "waitMinutes");

    SettingsForm(EditorContext editor) {
        this.editor = editor;
        TextField id = new TextField("Course id");
        id.setValue(editor.course().id());
        id.setReadOnly(true);
        id.setHelperText("Fixed when the course was created; it names the course folder.");
        fields.put("id", id);
        Settings s = Settings.of(editor.course());
        title.setValue(nonNull(s.title()));
        summary.setValue(nonNull(s.summary()));
        audience.setValue(nonNull(s.audience()));
        minutes.setValue(s.estimatedMinutes());
        passMark.setValue(s.passMark());
        perAttempt.setValue(s.questionsPerAttempt());
        validity.setValue(s.validityMonths());
        maxAttempts.setValue(s.maxAttempts());
        wait.setValue(s.waitMinutes());
        add(title, id, summary, audience, minutes, passMark, perAttempt, validity, maxAttempts, wait);
        setColspan(title, 1);
        setColspan(summary, 2);
        setColspan(audience, 2);
        fields.values().forEach(f -> {
            if (f instanceof AbstractField<?, ?> field) {
                field.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        editor.apply(c -> DraftEdits.settings(c, read()));
                    }
                });
            }
        });
    }

    private Settings read() {
        return new Settings(title.getValue(), summary.getValue(), audience.getValue(), number(minutes),
                number(passMark), number(perAttempt), number(validity), number(maxAttempts), number(wait));
    }

    void showProblems() {
        fields.forEach((name, field) -> ProblemMarks.mark(field, editor.problems(),
                part -> part.kind() == CoursePart.Kind.COURSE && name.equals(part.field())));
    }

    private TextField text(String label, String name) {
        TextField field = new TextField(label);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setWidthFull();
        fields.put(name, field);
        return field;
    }

    private TextArea area(String label, String name) {
        TextArea field = new TextArea(label);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setWidthFull();
        fields.put(name, field);
        return field;
    }

    private IntegerField number(String label, String name) {
        IntegerField field = new IntegerField(label);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        fields.put(name, field);
        return field;
    }

    // An empty number field is written as 0, which the validator then names as out of range.
    private static int number(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
