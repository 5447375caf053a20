package uk.safeguarding.training.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import uk.safeguarding.training.content.CoursePart.Kind;
import uk.safeguarding.training.course.ScenarioDefinition;

/** The draft's branching scenarios, each listed with its problem count, one open in a {@link ScenarioForm}. */
final class ScenariosEditor extends Div {

    private final EditorContext editor;
    private final OrderedList list = new OrderedList();
    private final Div detail = new Div();
    private ScenarioForm form;
    private int selected = -1;

    ScenariosEditor(EditorContext editor) {
        this.editor = editor;
        add(new Paragraph(editor.course().scenarios().isEmpty()
                ? "This course has no branching scenarios. Scenarios are added as files (scenarios/NN-name.yaml) in"
                  + " a course folder uploaded on the Versions and files page."
                : "Each scenario is a set of situations (nodes) whose choices lead to another node or to an ending."
                  + " The graph below the form follows your edits; the validator's problems show beside it."),
                list, detail);
        select(-1);
    }

    void select(int index) {
        selected = index;
        rebuildList();
        detail.removeAll();
        form = null;
        if (index >= 0 && index < editor.course().scenarios().size()) {
            form = new ScenarioForm(editor, index, () -> select(index));
            detail.add(form);
        }
    }

    private void rebuildList() {
        list.removeAll();
        List<ScenarioDefinition> scenarios = editor.course().scenarios();
        for (int i = 0; i < scenarios.size(); i++) {
            int index = i;
            long problems = editor.problems().stream().filter(p -> ScenarioForm.concerns(p, index)).count();
            Span label = new Span(SettingsForm.nonNull(scenarios.get(i).title()) + " (" + scenarios.get(i).id() + ")"
                    + (problems > 0 ? " [" + problems + " problem" + (problems == 1 ? "" : "s") + "]" : "") + " ");
            String shown = i == selected ? "Editing" : "Edit";
            Button edit = new Button(shown, e -> select(index));
            // The accessible name starts with the visible word (WCAG 2.5.3 label in name).
            edit.setAriaLabel(shown + " scenario " + (i + 1));
            edit.setEnabled(i != selected);
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            list.add(new ListItem(label, edit));
        }
    }

    /** Problem counts change as the trainer types; the open form keeps its fields and focus. */
    void refresh() {
        rebuildList();
        if (form != null) {
            form.showProblems();
        }
    }

    static boolean isScenarioKind(Kind kind) {
        return kind == Kind.SCENARIO || kind == Kind.SCENARIO_NODE || kind == Kind.SCENARIO_ENDING;
    }
}
